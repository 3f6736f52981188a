package org.swbulletin.content;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deeply a Markdown body nests block quotes and lists, measured in one pass over its characters.
 *
 * <p>Flexmark parses and renders nested blocks by recursion: about a thousand levels (a kilobyte of {@code >}
 * or {@code - }) overflow its stack. No report nests more than a few levels, so content deeper than {@link #LIMIT} is
 * refused before it reaches the renderer. The measure is a conservative estimate, not a Markdown parser: it counts
 * the quote and list markers that open a line and the list items a line is indented under.
 */
public final class BodyNesting {
    /** The deepest nesting of block quotes and lists a body may have. */
    public static final int LIMIT = 16;

    private BodyNesting() {}

    /**
     * The deepest line of a body.
     *
     * @param depth the nesting depth of that line
     * @param line  its 0-based index in the body
     */
    public record Deepest(int depth, int line) {}

    /** The line of a body that nests deepest (the first of equals), or depth 0 at line 0 for a flat body. */
    public static Deepest deepest(String body) {
        // Content columns of the list items still open, innermost last: each is pushed and popped once.
        Deque<Integer> open = new ArrayDeque<>();
        int best = 0;
        int bestLine = 0;
        int line = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            int column = 0;
            while (i < n && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                column = body.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                i++;
            }
            boolean blank = i >= n || body.charAt(i) == '\n' || body.charAt(i) == '\r';
            if (!blank) {
                while (!open.isEmpty() && open.peekLast() > column) {
                    open.pollLast();
                }
            }
            int depth = open.size();
            boolean quoted = false;
            while (i < n) {
                char c = body.charAt(i);
                int width = 0;
                if (c == '>') {
                    quoted = true;
                    width = 1;
                } else if ((c == '-' || c == '*' || c == '+') && spaceAt(body, i + 1)) {
                    width = 1;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < n && j - i < 9 && body.charAt(j) >= '0' && body.charAt(j) <= '9') {
                        j++;
                    }
                    if (j < n && (body.charAt(j) == '.' || body.charAt(j) == ')') && spaceAt(body, j + 1)) {
                        width = j + 1 - i;
                    }
                }
                if (width == 0) {
                    break;
                }
                depth++;
                i += width;
                column += width;
                while (i < n && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                    i++;
                    column++;
                }
                if (c != '>' && !quoted) {
                    open.addLast(column);
                }
            }
            if (depth > best) {
                best = depth;
                bestLine = line;
            }
            // Only a line's start can open a quote or a list: the rest of it is skipped in one search, which costs
            // far less than reading a Chinese body a character at a time on every build.
            int end = body.indexOf('\n', i);
            i = end < 0 ? n + 1 : end + 1;
            line++;
        }
        return new Deepest(best, bestLine);
    }

    /** True when a body nests no deeper than {@link #LIMIT}. */
    public static boolean withinLimit(String body) {
        return deepest(body).depth() <= LIMIT;
    }

    private static boolean spaceAt(String s, int i) {
        return i >= s.length() || s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
                || s.charAt(i) == '\r';
    }
}

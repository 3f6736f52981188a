package org.swbulletin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The plain text of a Markdown body, block by block, for enrichment to read: markers, links and tags removed. */
public final class MarkdownText {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n+");
    private static final Pattern LINE_MARKERS = Pattern.compile("(?m)^[ \\t]*(#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d+[.)][ \\t]+)");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");

    private MarkdownText() {}

    /** The body's paragraphs and headings as plain text, in order; empty blocks left out. */
    public static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        for (String block : BLANK_LINES.split(markdown.replace("\r\n", "\n").strip())) {
            String t = LINE_MARKERS.matcher(block).replaceAll("");
            t = IMAGE_OR_LINK.matcher(t).replaceAll("$1");
            t = TAG.matcher(t).replaceAll("");
            t = EMPHASIS.matcher(t).replaceAll("");
            t = joinLines(t).strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String joinLines(String t) {
        String[] lines = t.split("\n");
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (s.length() > 0 && isAsciiWordChar(s.charAt(s.length() - 1)) && isAsciiWordChar(l.charAt(0))) {
                s.append(' ');
            }
            s.append(l);
        }
        return s.toString();
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}

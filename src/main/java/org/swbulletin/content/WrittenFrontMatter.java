package org.swbulletin.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads front matter laid out as {@link FrontMatter#write} lays it out, without a YAML parser: known keys, one per
 * line, with plain or double-quoted scalars, numbers, flow lists, and the block lists of figures and captions.
 *
 * <p>The values are those SnakeYAML builds (same types, same strings); anything the reader is not certain of (an
 * unknown key, a comment, a tab, an unusual escape, a scalar YAML could read as a number, a date or a boolean) makes
 * it give up, and the caller parses the text with SnakeYAML, which also reports errors. A build reads thousands of
 * front matters, and SnakeYAML's events and nodes were most of the loading time and the allocation that makes the
 * heap grow.
 */
final class WrittenFrontMatter {
    private static final Set<String> KEYS = Set.copyOf(FrontMatter.KEYS);
    private static final Set<String> FIGURE_KEYS = Set.of("label", "value", "unit", "qualifier", "text");
    /** Words a YAML 1.1 resolver may read as booleans or null, compared in lower case. */
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    /** Scalars this long or shorter are interned, as the SnakeYAML path does: they repeat across articles. */
    private static final int SHARED_SCALAR = 16;

    private final String text;
    private int at;

    private WrittenFrontMatter(String text) {
        this.text = text;
    }

    /**
     * The front matter's keys and values, or null when the text is not in the written layout.
     *
     * @param yaml     the text between the {@code ---} lines, each line ending with a newline
     * @param keyLines filled with each key's line in the file (the front matter starting on line 2), only on success
     */
    static Map<String, Object> read(String yaml, Map<String, Integer> keyLines) {
        if (!printable(yaml)) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = yaml.split("\n", -1);
        if (rows.length < 2 || !rows[rows.length - 1].isEmpty()) {
            return null;
        }
        int i = 0;
        while (i < rows.length - 1) {
            String row = rows[i];
            int colon = row.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            String key = row.substring(0, colon);
            if (!KEYS.contains(key) || map.containsKey(key)) {
                return null;
            }
            lines.put(key, i + 2);
            Object value;
            if (colon == row.length() - 1) {
                List<Object> items = new ArrayList<>();
                i++;
                while (i < rows.length - 1 && rows[i].startsWith("  - ") && rows[i].length() > 4) {
                    WrittenFrontMatter r = new WrittenFrontMatter(rows[i]);
                    r.at = 4;
                    Object item = r.text.charAt(4) == '{' ? r.figure() : r.scalar(r.text.length());
                    if (item == null || r.at != r.text.length()) {
                        return null;
                    }
                    items.add(item);
                    i++;
                }
                if (items.isEmpty()) {
                    return null;
                }
                value = items;
            } else {
                if (row.charAt(colon + 1) != ' ') {
                    return null;
                }
                WrittenFrontMatter r = new WrittenFrontMatter(row);
                r.at = colon + 2;
                value = r.at < row.length() && row.charAt(r.at) == '[' ? r.flowList() : r.scalar(row.length());
                if (value == null || r.at != row.length()) {
                    return null;
                }
                i++;
            }
            map.put(key, value);
        }
        keyLines.putAll(lines);
        return map;
    }

    /** A flow list of scalars, {@code [a, "b"]}; null when it is anything else. */
    private List<Object> flowList() {
        at++;
        List<Object> items = new ArrayList<>();
        if (at < text.length() && text.charAt(at) == ']') {
            at++;
            return items;
        }
        while (true) {
            int end = at;
            if (at < text.length() && text.charAt(at) != '"') {
                end = until(",]");
            }
            Object item = scalar(end < 0 ? text.length() : end);
            if (item == null || at >= text.length()) {
                return null;
            }
            items.add(item);
            char c = text.charAt(at++);
            if (c == ']') {
                return items;
            }
            if (c != ',' || at >= text.length() || text.charAt(at++) != ' ') {
                return null;
            }
        }
    }

    /** A figure, {@code {label: x, value: 1, unit: y, text: z}}, as SnakeYAML maps it; null for anything else. */
    private Map<String, Object> figure() {
        at++;
        Map<String, Object> m = new LinkedHashMap<>();
        while (true) {
            int colon = text.indexOf(": ", at);
            if (colon < 0) {
                return null;
            }
            String key = text.substring(at, colon);
            if (!FIGURE_KEYS.contains(key) || m.containsKey(key)) {
                return null;
            }
            at = colon + 2;
            int end = at < text.length() && text.charAt(at) == '"' ? at : until(",}");
            Object value = scalar(end < 0 ? text.length() : end);
            if (value == null || at >= text.length()) {
                return null;
            }
            m.put(key, value);
            char c = text.charAt(at++);
            if (c == '}') {
                return m;
            }
            if (c != ',' || at >= text.length() || text.charAt(at++) != ' ') {
                return null;
            }
        }
    }

    /** The index of the first of the given characters from here, or -1. */
    private int until(String stops) {
        for (int i = at; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A double-quoted scalar starting here, or a plain one ending at {@code end}: a string, or a number as SnakeYAML
     * types it; null when unsure.
     */
    private Object scalar(int end) {
        if (at >= text.length()) {
            return null;
        }
        if (text.charAt(at) == '"') {
            return quoted();
        }
        String v = text.substring(at, end);
        at = end;
        Object number = number(v);
        if (number != null) {
            return number;
        }
        return plainString(v) ? shared(v) : null;
    }

    /** A double-quoted scalar with the escapes the writer uses; null for any other escape or an unclosed quote. */
    private String quoted() {
        StringBuilder out = new StringBuilder();
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                at = i + 1;
                return shared(out.toString());
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= text.length()) {
                return null;
            }
            switch (text.charAt(i)) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> {
                    if (i + 2 >= text.length()) {
                        return null;
                    }
                    int hi = hex(text.charAt(i + 1));
                    int lo = hex(text.charAt(i + 2));
                    if (hi < 0 || lo < 0) {
                        return null;
                    }
                    out.append((char) (hi * 16 + lo));
                    i += 2;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** The value of an ASCII hexadecimal digit (YAML allows no other), or -1. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** A whole number or a decimal in the forms the writer uses, typed as SnakeYAML types them; else null. */
    private static Object number(String v) {
        int dot = v.indexOf('.');
        String whole = dot < 0 ? v : v.substring(0, dot);
        if (!digits(whole) || whole.length() > 15 || (whole.length() > 1 && whole.charAt(0) == '0')) {
            return null;
        }
        if (dot >= 0) {
            String fraction = v.substring(dot + 1);
            return digits(fraction) && fraction.length() <= 15 ? Double.valueOf(v) : null;
        }
        long n = Long.parseLong(whole);
        return n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain scalar YAML reads as this very string: it starts with a letter, a digit or a character beyond ASCII (not
     * an indicator), holds no character with a meaning in YAML (nor {@code ?}, which ends a plain scalar in a list),
     * does not end in a space, is not a word YAML 1.1 reads as a boolean or null, and, starting with a digit (a report
     * id), is not what SnakeYAML's resolver takes for a number or a date.
     */
    private static boolean plainString(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char first = v.charAt(0);
        boolean letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        boolean digit = first >= '0' && first <= '9';
        if (!letter && !digit && first < 0x80 || first == '\u00a0' || Character.isWhitespace(first)
                || Character.isWhitespace(v.charAt(v.length() - 1))) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || ":#,[]{}\"'\\?".indexOf(c) >= 0) {
                return false;
            }
        }
        if (digit) {
            return !Resolver.INT.matcher(v).matches() && !Resolver.FLOAT.matcher(v).matches()
                    && !Resolver.TIMESTAMP.matcher(v).matches();
        }
        return v.length() > 5 || !WORDS.contains(v.toLowerCase(java.util.Locale.ROOT));
    }

    /** False when the text holds a character SnakeYAML refuses or reads as a line break. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    || c == '\ufeff' || c == '\ufffe' || c == '\uffff') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String shared(String v) {
        return v.length() <= SHARED_SCALAR ? v.intern() : v;
    }
}

package org.swbulletin.render;

import java.util.List;
import java.util.Map;

/**
 * Writes the JSON-LD blocks of article pages. Strings are escaped so that the JSON is safe inside a
 * {@code <script>} element: {@code <}, {@code >} and {@code &} never appear raw.
 */
public final class JsonLd {
    private JsonLd() {}

    /** An ordered map of alternating keys and values, so that the JSON's bytes never depend on hashing. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return m;
    }

    /** A JSON object of the map (values: strings, numbers, maps, lists, null), keys in the map's order. */
    public static String write(Map<String, ?> map) {
        StringBuilder s = new StringBuilder(512);
        value(s, map);
        return s.toString();
    }

    /** Appends the JSON object of the map to {@code s}, as {@link #write(Map)} makes it. */
    public static void write(StringBuilder s, Map<String, ?> map) {
        value(s, map);
    }

    private static void value(StringBuilder s, Object v) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof Map<?, ?> m) {
            s.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (!first) {
                    s.append(',');
                }
                first = false;
                quote(s, String.valueOf(e.getKey()));
                s.append(':');
                value(s, e.getValue());
            }
            s.append('}');
        } else if (v instanceof List<?> l) {
            s.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                value(s, l.get(i));
            }
            s.append(']');
        } else if (v instanceof Number n) {
            s.append(n);
        } else {
            quote(s, String.valueOf(v));
        }
    }

    /** Appends a JSON string literal, escaped as above: for the other JSON files the site writes, too. */
    public static void quote(StringBuilder s, String v) {
        s.append('"');
        int plain = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028'
                    && c != '\u2029') {
                continue;
            }
            // The characters before this one need no escape: appended at once.
            s.append(v, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                case '&' -> s.append("\\u0026");
                case '\u2028' -> s.append("\\u2028");
                case '\u2029' -> s.append("\\u2029");
                default -> {
                    s.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        s.append(v, plain, v.length());
        s.append('"');
    }
}

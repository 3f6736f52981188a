package org.swbulletin.content;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an editor's own front-matter keys may hold: text, whole and decimal numbers, true or false, and lists
 * and maps (with text keys) of them, nested at most {@link #MAX_DEPTH} deep. Articles keep such values as they were
 * written, cache them and digest them for rebuilds; anything else YAML can build (a set, binary data, a number too
 * large for a long, a value that contains itself through an alias) is refused where it is written.
 */
final class PlainData {
    /** Deeper than any editor's notes; shallow enough that walking a value never exhausts the stack. */
    static final int MAX_DEPTH = 32;

    private PlainData() {}

    /** What is wrong with a value, as the end of a sentence that starts with its key; null when it is plain data. */
    static String problem(Object value) {
        return problem(value, 0, new IdentityHashMap<>());
    }

    private static String problem(Object v, int depth, IdentityHashMap<Object, Boolean> open) {
        if (v == null || v instanceof String || v instanceof Integer || v instanceof Long || v instanceof Double
                || v instanceof Boolean) {
            return null;
        }
        if (depth >= MAX_DEPTH) {
            return "nests lists or maps more than " + MAX_DEPTH + " deep";
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            if (open.put(v, Boolean.TRUE) != null) {
                return "contains itself (an alias to a value around it): write the value out";
            }
            try {
                if (v instanceof List<?> list) {
                    for (Object o : list) {
                        String p = problem(o, depth + 1, open);
                        if (p != null) return p;
                    }
                } else {
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                        if (!(e.getKey() instanceof String)) {
                            return "has a map key that is not text ('" + e.getKey() + "'): quote it";
                        }
                        String p = problem(e.getValue(), depth + 1, open);
                        if (p != null) return p;
                    }
                }
            } finally {
                open.remove(v);
            }
            return null;
        }
        return "holds a " + kind(v) + ", which the site cannot keep: write it as text, a number, a list or a map";
    }

    private static String kind(Object v) {
        if (v instanceof java.util.Set<?>) return "set (!!set)";
        if (v instanceof byte[]) return "binary value (!!binary)";
        if (v instanceof java.math.BigInteger) return "number too large";
        return "value of type " + v.getClass().getSimpleName();
    }
}

package org.swbulletin.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.swbulletin.enrich.Figure;

/**
 * A kind of value an article field holds, and everything the tool does with such a value: read it from loaded YAML
 * with errors an editor can act on, write it as front matter, store it in the binary article cache, and reduce it to
 * the canonical text import fingerprints.
 *
 * <p>Every field of {@link ArticleSchema} has one of these types, so a new field of an existing type needs no code
 * here; a new type is one subclass, and the schema test fails until it is covered.
 *
 * @param <T> the Java type of the value, as {@link Article} returns it
 */
public abstract class FieldType<T> {
    /** A single line of text; null when absent. Written as a scalar when not empty. */
    public static final FieldType<String> TEXT = new Text();
    /** A whole number; 0 when absent. Written only when positive. */
    public static final FieldType<Integer> NUMBER = new Number();
    /** Short names (places, themes, report ids), written as a flow list {@code [a, b]}. */
    public static final FieldType<List<String>> NAMES = new Names(false);
    /** Longer lines (photo captions), written as a block list, one {@code - item} a line. */
    public static final FieldType<List<String>> LINES = new Names(true);
    /** Yes or no; false when absent. Written only when true. */
    public static final FieldType<Boolean> FLAG = new Flag();
    /** Key figures, written as a block list of {@code {label, value, unit, qualifier, text}} maps. */
    public static final FieldType<List<Figure>> FIGURES = new Figures();

    private final String name;

    private FieldType(String name) {
        this.name = name;
    }

    /** The type's name, for messages and the schema's signature. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The value of an absent field. */
    abstract T empty();

    /** The value as an article keeps it: immutable, {@link #empty()} for null. */
    abstract T normalise(Object value);

    /** True when the value writes nothing (absent, empty or zero). */
    abstract boolean isEmpty(T value);

    /**
     * The value of a key as SnakeYAML loaded it.
     *
     * @param raw   the loaded value, or null when the key is absent
     * @param error makes the exception for a wrong value, naming the key's line
     */
    abstract T read(Object raw, Errors error);

    /** Appends {@code key: value} lines to front matter; appends nothing for an empty value. */
    abstract void write(StringBuilder s, String key, T value);

    /** Writes the value to the binary article cache. */
    abstract void encode(DataOutputStream out, T value) throws IOException;

    /** Reads a value {@link #encode} wrote. */
    abstract T decode(ByteBuffer in);

    /**
     * Text equal for values that write the same front matter (absent and empty alike, a number's trailing zeros and
     * surrounding whitespace ignored): what import fingerprints to tell an editor's change from its own.
     */
    abstract String canonical(T value);

    /** Makes the error for a wrong value of the key being read. */
    @FunctionalInterface
    interface Errors {
        ContentException wrong(String message);
    }

    private static final class Text extends FieldType<String> {
        Text() {
            super("text");
        }

        @Override
        String empty() {
            return null;
        }

        @Override
        String normalise(Object value) {
            return (String) value;
        }

        @Override
        boolean isEmpty(String value) {
            return value == null || value.isEmpty();
        }

        @Override
        String read(Object v, Errors error) {
            if (v == null) return null;
            if (v instanceof Date d) {
                SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
                f.setTimeZone(TimeZone.getTimeZone("UTC"));
                return f.format(d);
            }
            if (v instanceof Map || v instanceof List || v instanceof Set) {
                throw error.wrong("must be a single value, not a " + kind(v));
            }
            if (v instanceof byte[]) {
                throw error.wrong("must be text, not binary data");
            }
            return String.valueOf(v);
        }

        @Override
        void write(StringBuilder s, String key, String value) {
            if (!isEmpty(value)) {
                s.append(key).append(": ").append(FrontMatter.scalar(value)).append('\n');
            }
        }

        @Override
        void encode(DataOutputStream out, String value) throws IOException {
            string(out, value);
        }

        @Override
        String decode(ByteBuffer in) {
            return string(in);
        }

        @Override
        String canonical(String value) {
            return value == null ? "" : value.strip();
        }
    }

    private static final class Number extends FieldType<Integer> {
        Number() {
            super("number");
        }

        @Override
        Integer empty() {
            return 0;
        }

        @Override
        Integer normalise(Object value) {
            return value == null ? 0 : (Integer) value;
        }

        @Override
        boolean isEmpty(Integer value) {
            return value <= 0;
        }

        @Override
        Integer read(Object v, Errors error) {
            if (v == null) return 0;
            if (v instanceof Integer i) return i;
            throw error.wrong("must be a whole number, not '" + v + "'");
        }

        @Override
        void write(StringBuilder s, String key, Integer value) {
            if (!isEmpty(value)) {
                s.append(key).append(": ").append(value).append('\n');
            }
        }

        @Override
        void encode(DataOutputStream out, Integer value) throws IOException {
            out.writeInt(value);
        }

        @Override
        Integer decode(ByteBuffer in) {
            return in.getInt();
        }

        @Override
        String canonical(Integer value) {
            return value == 0 ? "" : value.toString();
        }
    }

    private static final class Flag extends FieldType<Boolean> {
        Flag() {
            super("flag");
        }

        @Override
        Boolean empty() {
            return false;
        }

        @Override
        Boolean normalise(Object value) {
            return value != null && (Boolean) value;
        }

        @Override
        boolean isEmpty(Boolean value) {
            return !value;
        }

        @Override
        Boolean read(Object v, Errors error) {
            if (v == null) return false;
            if (v instanceof Boolean b) return b;
            throw error.wrong("must be true or false, not '" + v + "'");
        }

        @Override
        void write(StringBuilder s, String key, Boolean value) {
            if (value) {
                s.append(key).append(": true\n");
            }
        }

        @Override
        void encode(DataOutputStream out, Boolean value) throws IOException {
            out.writeBoolean(value);
        }

        @Override
        Boolean decode(ByteBuffer in) {
            return in.get() != 0;
        }

        @Override
        String canonical(Boolean value) {
            return value ? "true" : "";
        }
    }

    private static final class Names extends FieldType<List<String>> {
        private final boolean block;

        Names(boolean block) {
            super(block ? "lines" : "names");
            this.block = block;
        }

        @Override
        List<String> empty() {
            return List.of();
        }

        @Override
        @SuppressWarnings("unchecked")
        List<String> normalise(Object value) {
            return value == null ? List.of() : List.copyOf((List<String>) value);
        }

        @Override
        boolean isEmpty(List<String> value) {
            return value.isEmpty();
        }

        @Override
        List<String> read(Object v, Errors error) {
            if (v == null) return List.of();
            if (v instanceof List<?> list) {
                List<String> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    if (o == null || o instanceof Map || o instanceof List || o instanceof Set) {
                        throw error.wrong("must be a list of names, found '" + o + "'");
                    }
                    out.add(String.valueOf(o));
                }
                return out;
            }
            if (v instanceof Map || v instanceof Set) {
                throw error.wrong("must be a list, not a " + kind(v));
            }
            return List.of(String.valueOf(v));
        }

        @Override
        void write(StringBuilder s, String key, List<String> values) {
            if (block) {
                if (values.isEmpty()) return;
                s.append(key).append(":\n");
                values.forEach(c -> s.append("  - ").append(FrontMatter.scalar(c)).append('\n'));
                return;
            }
            s.append(key).append(": [");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) s.append(", ");
                s.append(FrontMatter.scalar(values.get(i)));
            }
            s.append("]\n");
        }

        @Override
        void encode(DataOutputStream out, List<String> value) throws IOException {
            out.writeInt(value.size());
            for (String s : value) {
                string(out, s);
            }
        }

        @Override
        List<String> decode(ByteBuffer in) {
            int n = count(in);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string(in));
            }
            return out;
        }

        @Override
        String canonical(List<String> value) {
            StringBuilder s = new StringBuilder();
            for (String o : value) {
                s.append(o).append('\u001e');
            }
            return s.toString();
        }
    }

    private static final class Figures extends FieldType<List<Figure>> {
        private static final Set<String> KEYS = Set.of("label", "value", "unit", "qualifier", "text", "kind");

        Figures() {
            super("figures");
        }

        @Override
        List<Figure> empty() {
            return List.of();
        }

        @Override
        @SuppressWarnings("unchecked")
        List<Figure> normalise(Object value) {
            return value == null ? List.of() : List.copyOf((List<Figure>) value);
        }

        @Override
        boolean isEmpty(List<Figure> value) {
            return value.isEmpty();
        }

        @Override
        List<Figure> read(Object v, Errors error) {
            if (v == null) return List.of();
            if (!(v instanceof List<?> list)) {
                throw error.wrong("must be a list of {label, value, unit, text}");
            }
            List<Figure> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw error.wrong("must list maps {label, value, unit, text}, found '" + o + "'");
                }
                for (Object k : m.keySet()) {
                    if (!KEYS.contains(String.valueOf(k))) {
                        throw error.wrong("has an unknown figure key '" + k + "' (known: label, value, unit, qualifier, text, kind)");
                    }
                }
                Object label = m.get("label");
                Object value = m.get("value");
                if (label == null || value == null) {
                    throw error.wrong("needs a label and a value in each figure: " + m);
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(String.valueOf(value));
                } catch (NumberFormatException e) {
                    throw error.wrong("needs numbers as values, not '" + value + "'");
                }
                Object text = m.get("text");
                Object kind = m.get("kind");
                if (kind != null && !Figure.KINDS.contains(String.valueOf(kind))) {
                    throw error.wrong("has an unknown figure kind '" + kind + "' (known: "
                            + String.join(", ", Figure.KINDS) + ")");
                }
                // Files written before kinds existed mean the usual kind of the unit.
                out.add(new Figure(String.valueOf(label), number,
                        m.get("unit") == null ? "" : String.valueOf(m.get("unit")),
                        m.get("qualifier") == null ? null : String.valueOf(m.get("qualifier")),
                        text == null ? String.valueOf(label) : String.valueOf(text),
                        kind == null ? null : String.valueOf(kind)));
            }
            return out;
        }

        @Override
        void write(StringBuilder s, String key, List<Figure> figures) {
            if (figures.isEmpty()) return;
            s.append(key).append(":\n");
            for (Figure f : figures) {
                s.append("  - {label: ").append(FrontMatter.scalar(f.label()))
                        .append(", value: ").append(f.value().stripTrailingZeros().toPlainString());
                if (!f.unit().isEmpty()) s.append(", unit: ").append(FrontMatter.scalar(f.unit()));
                if (f.qualifier() != null) s.append(", qualifier: ").append(FrontMatter.scalar(f.qualifier()));
                if (!f.kind().equals(Figure.usualKind(f.unit()))) s.append(", kind: ").append(f.kind());
                s.append(", text: ").append(FrontMatter.scalar(f.text())).append("}\n");
            }
        }

        @Override
        void encode(DataOutputStream out, List<Figure> value) throws IOException {
            out.writeInt(value.size());
            for (Figure f : value) {
                string(out, f.label());
                string(out, f.value().toString());
                string(out, f.unit());
                string(out, f.qualifier());
                string(out, f.text());
                string(out, f.kind());
            }
        }

        @Override
        List<Figure> decode(ByteBuffer in) {
            int n = count(in);
            List<Figure> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String label = string(in);
                BigDecimal value = new BigDecimal(string(in));
                list.add(new Figure(label, value, string(in), string(in), string(in), string(in)));
            }
            return list;
        }

        @Override
        String canonical(List<Figure> value) {
            StringBuilder s = new StringBuilder();
            for (Figure f : value) {
                s.append(f.label()).append('\u001f').append(f.value().stripTrailingZeros().toPlainString())
                        .append('\u001f').append(f.unit()).append('\u001f')
                        .append(f.qualifier() == null ? "" : f.qualifier()).append('\u001f').append(f.text());
                // The usual kind is left out, so that a file written before kinds existed reads as unchanged.
                if (!f.kind().equals(Figure.usualKind(f.unit()))) s.append('\u001f').append(f.kind());
                s.append('\u001e');
            }
            return s.toString();
        }
    }

    private static String kind(Object v) {
        return v instanceof Map ? "map" : v instanceof Set ? "set" : "list";
    }

    /** A string of any length (writeUTF stops at 64 KB), or null. */
    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A count of elements a cache holds: never more than the bytes left, so a damaged one allocates nothing large. */
    static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("damaged cache: a count of " + n + " where " + in.remaining()
                    + " bytes are left");
        }
        return n;
    }

    /** A string {@link #string(DataOutputStream, String)} wrote. */
    static String string(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0) {
            return null;
        }
        if (n > in.remaining()) {
            throw new IllegalStateException("damaged cache: a string runs past the end");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}

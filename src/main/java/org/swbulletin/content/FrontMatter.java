package org.swbulletin.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.swbulletin.enrich.Figure;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and writes the YAML front matter + Markdown body form of an {@link Article}.
 *
 * <p>Writing is deterministic: keys in a fixed order, lists of tags in flow style, strings quoted only when YAML needs
 * it. Reading uses SnakeYAML's safe constructor only and reports a bad value with the file and line it stands on.
 */
public final class FrontMatter {
    /** The keys the schema knows, in the order they are written. */
    public static final List<String> KEYS = ArticleSchema.KEYS;

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|[:#,\\[\\]{}\"'\\\\?]|\\s$|[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]");
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)~|null|true|false|yes|no|on|off|y|n|[-+]?(\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)|\\d{4}-\\d\\d?-\\d\\d?.*");

    /** Numbers in forms NOT_A_STRING misses (0x1F, 0o17, 0b101, 017) that SnakeYAML's resolver reads as integers. */
    private static final Pattern READ_AS_OTHER = org.yaml.snakeyaml.resolver.Resolver.INT;

    private FrontMatter() {}

    /**
     * Parses a front-matter Markdown file.
     *
     * @param text the whole file, BOM and CRLF line ends allowed
     * @param file the file's path, for messages and {@link Article#file()}
     * @return the article
     * @throws ContentException naming the file and line when the front matter is missing, not YAML, or of a wrong type
     */
    public static Article parse(String text, Path file) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (!t.startsWith("---\n")) {
            throw new ContentException(file, 1, "front matter missing: the file must start with a line '---'");
        }
        int end = t.indexOf("\n---\n", 3);
        if (end < 0 && t.endsWith("\n---")) {
            end = t.length() - 4;
        }
        if (end < 0) {
            throw new ContentException(file, 1, "front matter not closed: no line '---' after the opening one");
        }
        String yamlText = t.substring(4, end + 1);
        int bodyStart = Math.min(t.length(), end + 5);
        String rest = t.substring(bodyStart);
        int bodyLine = countLines(t, bodyStart) + 1;
        while (rest.startsWith("\n")) {
            rest = rest.substring(1);
            bodyLine++;
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, Object> map = loadMap(yamlText, file, keyLines);
        return fromMap(map, keyLines, rest.stripTrailing(), file, bodyLine);
    }

    private static int countLines(String s, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo && i < s.length(); i++) {
            if (s.charAt(i) == '\n') n++;
        }
        return n;
    }

    /**
     * A safe constructor that builds values from a node already composed, so the front matter is parsed once for both
     * its key lines and its values (as {@code Yaml.load} would build them).
     */
    private static final class NodeConstructor extends SafeConstructor {
        private static final int SHARED_SCALAR = 16;

        NodeConstructor(LoaderOptions options) {
            super(options);
            // A date stays the text the editor wrote: SnakeYAML's timestamps roll 2023-02-30 over to March and
            // accept 2023-6-9, and validation must see and name what was written.
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }

        Object construct(Node node) {
            return node == null || Tag.NULL.equals(node.getTag()) ? null : constructDocument(node);
        }

        /**
         * Short scalars (provinces, themes, units, labels) repeat across thousands of articles: one shared copy each
         * keeps the loaded archive smaller and cheaper for the garbage collector to move.
         */
        @Override
        protected String constructScalar(ScalarNode node) {
            String v = super.constructScalar(node);
            return v.length() <= SHARED_SCALAR ? v.intern() : v;
        }
    }

    /** One YAML loader per thread: building one (resolver, constructors) costs more than a small front matter. */
    private record Loader(Yaml yaml, NodeConstructor constructor) {}

    private static final ThreadLocal<Loader> LOADER = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        NodeConstructor c = new NodeConstructor(options);
        DumperOptions dump = new DumperOptions();
        return new Loader(new Yaml(c, new Representer(dump), dump, options, new RememberingResolver()), c);
    });

    /**
     * The standard resolver, remembering the tag of short plain scalars: front matters repeat the same keys and many
     * of the same values, and resolving one runs regular expressions. One per loader, so per thread.
     */
    private static final class RememberingResolver extends Resolver {
        private static final int LONGEST = 40;
        private static final int REMEMBERED = 8192;
        private final Map<String, Tag> plain = new java.util.HashMap<>();

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind != NodeId.scalar || !implicit || value.length() > LONGEST) {
                return super.resolve(kind, value, implicit);
            }
            Tag tag = plain.get(value);
            if (tag == null) {
                if (plain.size() >= REMEMBERED) {
                    plain.clear();
                }
                tag = super.resolve(kind, value, implicit);
                plain.put(value, tag);
            }
            return tag;
        }
    }

    private static Map<String, Object> loadMap(String yamlText, Path file, Map<String, Integer> keyLines) {
        Map<String, Object> written = WrittenFrontMatter.read(yamlText, keyLines);
        return written != null ? written : yamlMap(yamlText, file, keyLines);
    }

    /** The front matter's keys and values as SnakeYAML reads them, whatever their layout. */
    static Map<String, Object> yamlMap(String yamlText, Path file, Map<String, Integer> keyLines) {
        Loader loader = LOADER.get();
        Object loaded;
        try {
            Node node = loader.yaml.compose(new java.io.StringReader(yamlText));
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        keyLines.put(key.getValue(), key.getStartMark().getLine() + 2);
                    }
                }
            }
            loaded = loader.constructor.construct(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            throw new ContentException(file, line, "front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentException(file, 1, "front matter is not valid YAML: " + e.getMessage());
        } catch (RuntimeException e) {
            // An explicit tag on the wrong kind of node (!!int {}) fails inside SnakeYAML's constructors with a
            // ClassCastException or the like: still the editor's YAML, not a bug.
            throw new ContentException(file, 1, "front matter holds a value YAML cannot build (a tag such as !!int "
                    + "on the wrong kind of value?): " + e.getClass().getSimpleName());
        }
        if (loaded == null) {
            throw new ContentException(file, 2, "front matter is empty: it needs at least id and title");
        }
        if (!(loaded instanceof Map<?, ?> raw)) {
            throw new ContentException(file, 2, "front matter must be a map of keys to values");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        raw.forEach((k, v) -> map.put(String.valueOf(k), v));
        return map;
    }

    private static Article fromMap(Map<String, Object> map, Map<String, Integer> lines, String body, Path file,
                                   int bodyLine) {
        Article.Builder b = Article.builder().file(file).bodyLine(bodyLine);
        for (ArticleField<?> f : ArticleSchema.FRONT_MATTER) {
            read(f, map, lines, file, b);
        }
        b.body(body);
        Map<String, Object> extra = new LinkedHashMap<>(map);
        KEYS.forEach(extra::remove);
        extra.forEach((key, value) -> {
            String wrong = PlainData.problem(value);
            if (wrong != null) {
                throw new ContentException(file, lineOf(lines, key), "'" + key + "' " + wrong);
            }
        });
        b.extra(extra);
        return b.build();
    }

    private static <T> void read(ArticleField<T> f, Map<String, Object> map, Map<String, Integer> lines, Path file,
                                 Article.Builder b) {
        b.set(f, f.read(map, (key, message) -> new ContentException(file, lineOf(lines, key), message)));
    }

    /** The line of a key in a parsed file's front matter, for messages about its value; 1 when unknown. */
    static int lineOf(Map<String, Integer> lines, String key) {
        return lines.getOrDefault(key, 1);
    }

    /**
     * Writes an article as front matter and body, in the form {@link #parse} reads back to an equal article.
     *
     * @param a the article
     * @return the file's text, ending with a newline
     */
    public static String write(Article a) {
        StringBuilder s = new StringBuilder("---\n");
        for (ArticleField<?> f : ArticleSchema.FRONT_MATTER) {
            f.write(s, a);
        }
        if (!a.extra().isEmpty()) {
            // Escaped, not !!binary, for a character YAML cannot hold as it is: the reader refuses binary values.
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
            s.append(new Yaml(options).dump(a.extra()));
        }
        s.append("---\n\n").append(bodyAsWritten(a.body())).append('\n');
        return s.toString();
    }

    /**
     * A body as {@link #parse} reads it back: without the line breaks before it and the white space after it. Spaces
     * that start its first line stay: four of them make a code block.
     */
    private static String bodyAsWritten(String body) {
        int start = 0;
        while (start < body.length() && (body.charAt(start) == '\n' || body.charAt(start) == '\r')) {
            start++;
        }
        String rest = body.substring(start).stripTrailing();
        return rest.isBlank() ? "" : rest;
    }

    /** A string as a YAML scalar: plain where that reads back as the same string, double-quoted otherwise. */
    static String scalar(String v) {
        if (!needsEscape(v) && (plainAtSight(v) || !v.isEmpty() && !PLAIN_UNSAFE.matcher(v).find() && !NOT_A_STRING.matcher(v).matches()
                && !READ_AS_OTHER.matcher(v).matches())) {
            return v;
        }
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                // YAML reads NEL, LS and PS as line breaks and refuses C1 controls unescaped.
                case '\u2028' -> q.append("\\L");
                case '\u2029' -> q.append("\\P");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f) q.append(String.format("\\x%02x", (int) c));
                    else if (!yamlPrintable(v, i)) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }

    /**
     * Whether YAML lets the character at {@code i} stand in a file as it is: U+FFFE, U+FFFF and a lone surrogate may
     * not (SnakeYAML refuses the whole file), so they are written escaped.
     */
    private static boolean yamlPrintable(String v, int i) {
        char c = v.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(v.charAt(i - 1));
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    /** True when a value holds a character only an escape can write. */
    private static boolean needsEscape(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c >= '\uD800' && c <= '\uDFFF' || c >= '\uFFFE') && !yamlPrintable(v, i)) {
                return true;
            }
        }
        return false;
    }

    // Most values are Chinese text. One that starts with a non-ASCII character and holds none of the characters
    // PLAIN_UNSAFE looks for is plain: all three patterns would say so (they begin with ASCII), only slower.
    private static boolean plainAtSight(String v) {
        if (v.isEmpty() || v.charAt(0) < 0x80) return false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80 ? c < 0x20 || c == 0x7f || ":#,[]{}\"'\\?".indexOf(c) >= 0
                    : c <= 0x9f || c == '\u2028' || c == '\u2029') return false;
        }
        return v.charAt(v.length() - 1) != ' ';
    }

    /**
     * Where each top-level key of a file's front matter stands, with its raw scalar text, for checks that need the
     * value as written (a date SnakeYAML would silently roll over) or a line to point at.
     *
     * @param text the whole file
     * @return keys in file order; empty when the front matter is missing or not YAML (parse reports that)
     */
    public static Map<String, Key> keys(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        Map<String, Key> out = new LinkedHashMap<>();
        if (!t.startsWith("---\n")) {
            return out;
        }
        int end = t.indexOf("\n---\n", 3);
        if (end < 0 && t.endsWith("\n---")) {
            end = t.length() - 4;
        }
        if (end < 0) {
            return out;
        }
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new java.io.StringReader(t.substring(4, end + 1)));
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        String raw = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : null;
                        out.put(key.getValue(), new Key(key.getValue(), key.getStartMark().getLine() + 2, raw));
                    }
                }
            }
        } catch (YAMLException e) {
            out.clear();
        }
        return out;
    }

    /**
     * A top-level front-matter key as written.
     *
     * @param name   the key
     * @param line   its 1-based line in the file
     * @param scalar the value's text when it is a single value, else null
     */
    public record Key(String name, int line, String scalar) {}
}

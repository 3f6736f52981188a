package org.swbulletin.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Loads an editors' YAML data file with SnakeYAML's safe constructor, turning failures into located errors. */
public final class YamlData {
    private YamlData() {}

    /**
     * The file's top-level value, or null for an empty file.
     *
     * @throws DataFileException naming the file (and line) when it cannot be read or is not YAML
     */
    public static Object load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot read: " + e.getMessage());
        }
        return parse(text, file);
    }

    /**
     * The top-level mapping of a YAML resource bundled beside {@code owner}: reference data the jar carries, so a
     * missing or malformed one is a fault of the build, not of the editor's input.
     */
    public static Map<?, ?> bundledMap(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            Object data = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(resource));
            if (!(data instanceof Map<?, ?> m)) {
                throw new IllegalStateException(resource + " is not a mapping");
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The top-level value of YAML text read from {@code file} (named in messages only), or null when empty. */
    public static Object parse(String text, Path file) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new DataFileException(file, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new DataFileException(file, 0, "not valid YAML: " + e.getMessage());
        }
    }
}

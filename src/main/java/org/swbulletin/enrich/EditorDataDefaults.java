package org.swbulletin.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The theme taxonomy and glossary bundled with the tool, which a fresh content directory starts from; editors then
 * own the copies in {@code content/_data/}.
 */
public final class EditorDataDefaults {
    static final String THEMES = "default-themes.yaml";
    static final String GLOSSARY = "default-glossary.yaml";

    private EditorDataDefaults() {}

    /**
     * Copies the bundled {@code themes.yaml} and {@code glossary.yaml} into the content directory's {@code _data/}
     * where they are missing; never overwrites an editor's file.
     *
     * @return the files written
     */
    public static List<Path> install(Path contentDir) throws IOException {
        List<Path> written = new ArrayList<>();
        copyIfMissing(THEMES, contentDir.resolve(ThemeTaxonomy.FILE), written);
        copyIfMissing(GLOSSARY, contentDir.resolve(Glossary.FILE), written);
        return written;
    }

    private static void copyIfMissing(String resource, Path target, List<Path> written) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes(resource));
        written.add(target);
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = EditorDataDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    /** The taxonomy of a content directory, or the bundled one when the directory has none. */
    static ThemeTaxonomy taxonomy(Path contentDir) {
        if (Files.isRegularFile(contentDir.resolve(ThemeTaxonomy.FILE))) {
            return ThemeTaxonomy.load(contentDir);
        }
        return ThemeTaxonomy.parse(text(THEMES), Path.of("(bundled) " + THEMES));
    }

    /** The glossary of a content directory, or the bundled one when the directory has none. */
    static Glossary glossary(Path contentDir) {
        if (Files.isRegularFile(contentDir.resolve(Glossary.FILE))) {
            return Glossary.load(contentDir);
        }
        return Glossary.parse(text(GLOSSARY), Path.of("(bundled) " + GLOSSARY));
    }

    private static String text(String resource) {
        try {
            return new String(bytes(resource), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read bundled " + resource, e);
        }
    }
}

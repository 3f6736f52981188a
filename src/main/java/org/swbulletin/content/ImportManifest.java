package org.swbulletin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What import last wrote, kept in {@code content/_import/manifest.yaml}: for each report the ids of its articles in
 * order, for each article its file, its title key and a fingerprint of every field import wrote, and the reports that
 * were converted from Traditional script.
 *
 * <p>A field whose value in the file still has the recorded fingerprint is import's to update; any other value is an
 * editor's and is kept. The file is written in a fixed order so that the same import gives the same bytes.
 */
public final class ImportManifest {
    /** Where the manifest lives, relative to the content directory. */
    public static final Path RELATIVE = Path.of("_import", "manifest.yaml");
    /** The key listing the reports converted from Traditional script. */
    private static final String FROM_TRADITIONAL = "converted_from_traditional";

    private final TreeMap<String, List<String>> reports = new TreeMap<>();
    private final TreeMap<String, Entry> articles = new TreeMap<>();
    private final TreeSet<String> fromTraditional = new TreeSet<>();

    /** What import recorded about one article. */
    public static final class Entry {
        private String file;
        private String key;
        private final TreeMap<String, String> fields = new TreeMap<>();

        /** The article file, relative to the content directory, with {@code /} separators. */
        public String file() { return file; }

        /** The title with whitespace and punctuation removed, to find the article again in a re-imported report. */
        public String key() { return key; }

        /** The fingerprint of what import last wrote in a field, or null when import never wrote it. */
        public String fingerprint(ArticleField<?> f) { return fields.get(f.key()); }

        /** Records what import wrote in a field. */
        public void record(ArticleField<?> f, Article written) { record(f, f.fingerprint(written)); }

        /** Records the fingerprint of what import wrote in a field. */
        public void record(ArticleField<?> f, String fingerprint) { fields.put(f.key(), fingerprint); }

        /** Sets the file and title key. */
        public void place(String file, String key) {
            this.file = file;
            this.key = key;
        }
    }

    /** An empty manifest, as before the first import. */
    public ImportManifest() {}

    /**
     * Reads the manifest of a content directory; an absent manifest is empty.
     *
     * @throws ContentException when the manifest is not the YAML this class writes
     */
    public static ImportManifest load(Path contentDir) {
        ImportManifest m = new ImportManifest();
        Path file = contentDir.resolve(RELATIVE);
        if (!Files.isRegularFile(file)) {
            return m;
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | YAMLException e) {
            throw new ContentException(RELATIVE, 0, "import manifest unreadable: " + e.getMessage()
                    + " (nothing was imported. Delete it, and the next import recognises the articles already in the "
                    + "content folder by their report and title or text, adds none twice, and keeps every field of "
                    + "theirs as an editor's edit)");
        }
        if (root == null) return m;
        if (!(root instanceof Map<?, ?> map)) {
            throw new ContentException(RELATIVE, 1, "import manifest must be a map with 'reports' and 'articles'");
        }
        if (map.get("reports") instanceof Map<?, ?> reps) {
            reps.forEach((k, v) -> {
                List<String> ids = new ArrayList<>();
                if (v instanceof List<?> l) l.forEach(o -> ids.add(String.valueOf(o)));
                m.reports.put(String.valueOf(k), ids);
            });
        }
        if (map.get(FROM_TRADITIONAL) instanceof List<?> ids) {
            ids.forEach(id -> m.fromTraditional.add(String.valueOf(id)));
        }
        if (map.get("articles") instanceof Map<?, ?> arts) {
            arts.forEach((k, v) -> {
                Entry e = new Entry();
                if (v instanceof Map<?, ?> em) {
                    e.file = em.get("file") == null ? null : confined(String.valueOf(k), String.valueOf(em.get("file")));
                    e.key = em.get("key") == null ? null : String.valueOf(em.get("key"));
                    if (em.get("fields") instanceof Map<?, ?> fm) {
                        fm.forEach((fk, fv) -> e.fields.put(String.valueOf(fk), String.valueOf(fv)));
                    }
                }
                m.articles.put(String.valueOf(k), e);
            });
        }
        return m;
    }

    /**
     * An article's file as the manifest names it, checked to be a Markdown file inside the content folder: import
     * writes where the manifest says, so an entry {@code file: ../../x.md} would write outside it.
     */
    private static String confined(String id, String file) {
        Path p;
        try {
            p = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            p = null;
        }
        boolean inside = p != null && !p.isAbsolute() && !file.startsWith("/") && !file.startsWith("\\")
                && !file.contains("\\") && file.endsWith(".md") && p.getNameCount() > 0;
        for (int i = 0; inside && i < p.getNameCount(); i++) {
            String part = p.getName(i).toString();
            inside = !part.equals("..") && !part.equals(".") && !part.isEmpty();
        }
        if (!inside) {
            throw new ContentException(RELATIVE, 0, "import manifest: the file of article '" + id + "' is '" + file
                    + "', not a Markdown file inside the content folder (nothing was imported; correct or delete the "
                    + "entry)");
        }
        return file;
    }

    /** The ids of a report's articles in order, empty when the report was never imported. */
    public List<String> report(String reportId) {
        return reports.getOrDefault(reportId, List.of());
    }

    /** Every report id imported, sorted. */
    public List<String> reportIds() {
        return List.copyOf(reports.keySet());
    }

    /** Records the ids of a report's articles in order. */
    public void putReport(String reportId, List<String> ids) {
        reports.put(reportId, List.copyOf(ids));
    }

    /** Whether the report was converted from Traditional script when it was last imported. */
    public boolean convertedFromTraditional(String reportId) {
        return fromTraditional.contains(reportId);
    }

    /** Records whether the report was converted from Traditional script. */
    public void convertedFromTraditional(String reportId, boolean converted) {
        if (converted) fromTraditional.add(reportId);
        else fromTraditional.remove(reportId);
    }

    /** The entry of an article, if import wrote it. */
    public Optional<Entry> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** The entry of an article, created empty when missing. */
    public Entry articleOrNew(String id) {
        return articles.computeIfAbsent(id, k -> new Entry());
    }

    /** Every article id recorded, sorted. */
    public List<String> articleIds() {
        return List.copyOf(articles.keySet());
    }

    /** The manifest as YAML text. */
    public String write() {
        StringBuilder s = new StringBuilder();
        s.append("# Written by `bulletin import`: what import last wrote, field by field, so that a later import\n")
                .append("# updates only the fields no editor has changed. Not for editing by hand.\n");
        s.append("reports:").append(reports.isEmpty() ? " {}\n" : "\n");
        reports.forEach((id, ids) -> {
            s.append("  ").append(FrontMatter.scalar(id)).append(": [");
            for (int i = 0; i < ids.size(); i++) {
                s.append(i > 0 ? ", " : "").append(FrontMatter.scalar(ids.get(i)));
            }
            s.append("]\n");
        });
        // Only when there is one: a manifest of Simplified reports is the same as before the key existed.
        if (!fromTraditional.isEmpty()) {
            s.append(FROM_TRADITIONAL).append(": [");
            int i = 0;
            for (String id : fromTraditional) {
                s.append(i++ > 0 ? ", " : "").append(FrontMatter.scalar(id));
            }
            s.append("]\n");
        }
        s.append("articles:").append(articles.isEmpty() ? " {}\n" : "\n");
        articles.forEach((id, e) -> {
            s.append("  ").append(FrontMatter.scalar(id)).append(":\n");
            if (e.file != null) s.append("    file: ").append(FrontMatter.scalar(e.file)).append('\n');
            if (e.key != null && !e.key.isEmpty()) s.append("    key: ").append(FrontMatter.scalar(e.key)).append('\n');
            s.append("    fields:").append(e.fields.isEmpty() ? " {}\n" : "\n");
            e.fields.forEach((k, v) -> s.append("      ").append(k).append(": ").append(FrontMatter.scalar(v))
                    .append('\n'));
        });
        return s.toString();
    }

    /** Writes the manifest atomically, unless the file already holds these bytes. */
    public void save(Path contentDir) {
        Path file = contentDir.resolve(RELATIVE);
        String text = write();
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                return;
            }
        } catch (IOException e) {
            // unreadable: rewrite it
        }
        AtomicWrite.text(file, text);
    }
}

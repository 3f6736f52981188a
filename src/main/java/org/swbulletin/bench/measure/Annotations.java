package org.swbulletin.bench.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swbulletin.enrich.DataFileException;
import org.swbulletin.enrich.YamlData;

/** Reads a report's hand annotation: {@code articles:}, a list of {@link AnnotatedArticle}s in report order. */
public final class Annotations {
    private Annotations() {}

    /** The annotation file of a report in {@code dir}: the report's name with {@code .yaml} for its extension. */
    public static Path fileFor(Path report, Path dir) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dir.resolve((dot > 0 ? name.substring(0, dot) : name) + ".yaml");
    }

    /**
     * The annotated articles of a file.
     *
     * @throws DataFileException naming the file when it is missing, not YAML or not of the annotation's form
     */
    public static List<AnnotatedArticle> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file, 0, "no annotation for this report");
        }
        if (!(YamlData.load(file) instanceof Map<?, ?> root) || !(root.get("articles") instanceof List<?> list)) {
            throw new DataFileException(file, 0, "an annotation is a map with a list 'articles:'");
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || text(m.get("title")) == null) {
                throw new DataFileException(file, 0, "article " + (out.size() + 1) + " needs a title");
            }
            out.add(new AnnotatedArticle(text(m.get("title")), text(m.get("source")), texts(m.get("provinces")),
                    texts(m.get("cities")), text(m.get("date")),
                    m.containsKey("page_date") ? text(m.get("page_date")) : text(m.get("date")), texts(m.get("figures")), texts(m.get("themes")),
                    texts(m.get("captions"))));
        }
        return out;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> texts(Object o) {
        if (!(o instanceof List<?> l)) return List.of();
        return l.stream().map(String::valueOf).toList();
    }
}

package org.swbulletin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * The hostile body of issue 17 for {@code bench --definitions N}: link-reference definitions added to one article of a
 * corpus, a third in a plain run, a third in a run directly above a {@code ---} line (flexmark makes that a heading),
 * a third in a list item. Flexmark took time quadratic in their number; the build with them should take about as long
 * as the one without.
 */
final class DefinitionsBench {
    private DefinitionsBench() {}

    /**
     * Appends the definitions to the first original article of a content folder.
     *
     * @return the file changed
     */
    static Path addTo(Path content, int definitions) throws IOException {
        Path file;
        try (Stream<Path> walk = Files.walk(content)) {
            file = walk.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".en.md"))
                    .filter(p -> !content.relativize(p).toString().startsWith("_")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no article in " + content));
        }
        StringBuilder body = new StringBuilder("\n\n");
        int third = definitions / 3;
        for (int i = 0; i < definitions; i++) {
            if (i == third || i == 2 * third) {
                body.append(i == third ? "---\n\n" : "\n");
            }
            body.append(i == third ? "- " : i > third && i < 2 * third ? "  " : "").append("[定义 ").append(i).append("]: /u/").append(i)
                    .append(i % 2 == 0 ? " \"标题\"" : "").append('\n');
        }
        body.append("\n[定义 1] [定义 ").append(definitions - 1).append("]\n");
        Files.writeString(file, body, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return file;
    }
}

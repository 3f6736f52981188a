package org.swbulletin.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.swbulletin.enrich.Gazetteer;

/** The small gazetteer and valid content directory the content tests start from. */
public final class Fixtures {
    private Fixtures() {}

    /** A gazetteer of a few divisions in Gansu, Yunnan, Jiangsu and Inner Mongolia. */
    public static Gazetteer gazetteer() {
        try (InputStream in = Fixtures.class.getResourceAsStream("gazetteer-small.tsv")) {
            return Gazetteer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code content-valid/} (two articles, themes, glossary) under the given directory. */
    public static Path validContent(Path under) {
        try {
            Path source = Path.of(Fixtures.class.getResource("content-valid").toURI());
            Path target = under.resolve("content");
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

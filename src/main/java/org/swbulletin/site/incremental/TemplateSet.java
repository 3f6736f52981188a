package org.swbulletin.site.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Stream;

/**
 * The fingerprint of everything outside a page's model that decides its bytes: every file of the templates directory
 * (templates, UI strings, assets) and the version of this tool, so that changing either re-renders every page.
 */
final class TemplateSet {
    private static final String FORMAT = "bulletin page keys 1";

    private TemplateSet() {}

    /** SHA-256 over the tool's identity and the templates directory's file names and contents. */
    static byte[] fingerprint(Path templatesDir) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            md.update(toolIdentity().getBytes(StandardCharsets.UTF_8));
            feedTree(md, templatesDir);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + templatesDir, e);
        }
    }

    /** Feeds every file under a directory to a digest, names and contents, in name order. */
    static void feedTree(MessageDigest md, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
        }
    }

    /**
     * The running code's identity: the jar's size and modification time (a rebuilt tool may render differently), or
     * the version alone when running from class directories, as in tests.
     */
    static String toolIdentity() {
        String version = String.valueOf(TemplateSet.class.getPackage().getImplementationVersion());
        try {
            var source = TemplateSet.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path where = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(where)) {
                    return version + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown location: the version alone.
        }
        return version;
    }
}

package org.swbulletin.site;

import java.nio.file.Path;

/**
 * A file name relative to a site's root, resolved only when it stays below that root.
 *
 * <p>Site paths come from content (an article's {@code id} is its URL), so a crafted one must never make the output
 * writer touch a file outside the site. Validation rejects such ids earlier with the file and line; this is the last
 * line of defence, and the one place the output writer resolves a relative path.
 */
final class SitePath {
    private SitePath() {}

    /**
     * The file {@code rel} names under {@code root}.
     *
     * @param root the directory the path must stay in
     * @param rel  a path relative to it, with {@code /} separators
     * @throws IllegalArgumentException naming the path when it is absolute, empty, holds a NUL or leaves the root;
     *                                  backslashes count as separators, as Windows reads them
     */
    static Path under(Path root, String rel) {
        check(rel);
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(rel).normalize();
        // Belt and braces: the check above is on the text, this one on what the file system API made of it.
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw refused(rel, "leaves the site's folder");
        }
        return resolved;
    }

    /**
     * Checks a site path's text without resolving it: for lookups by name that must refuse what a write would.
     *
     * @throws IllegalArgumentException as {@link #under} does
     */
    static String check(String rel) {
        if (rel == null || rel.isEmpty()) {
            throw refused(rel, "is empty");
        }
        if (rel.indexOf('\0') >= 0) {
            throw refused(rel, "holds a NUL character");
        }
        String slashed = rel.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")) {
            throw refused(rel, "is absolute");
        }
        int depth = 0;
        for (String segment : slashed.split("/")) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    throw refused(rel, "leaves the site's folder");
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        if (depth == 0) {
            throw refused(rel, "names the site's folder itself, not a file in it");
        }
        return rel;
    }

    private static IllegalArgumentException refused(String rel, String why) {
        String shown = rel == null ? "null" : "'" + rel.replace("\0", "\\0") + "'";
        return new IllegalArgumentException("refusing to write the site path " + shown + ": it " + why);
    }
}

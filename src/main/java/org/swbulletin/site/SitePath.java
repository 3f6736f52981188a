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
        char first = rel.charAt(0);
        boolean drive = rel.length() >= 2 && rel.charAt(1) == ':'
                && (first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z');
        if (first == '/' || first == '\\' || drive) {
            throw refused(rel, "is absolute");
        }
        // One pass over the segments, either separator counting, without a pattern or a split: a build's manifest
        // holds tens of thousands of paths, each checked when it is read.
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= rel.length(); i++) {
            if (i < rel.length() && rel.charAt(i) != '/' && rel.charAt(i) != '\\') {
                continue;
            }
            int length = i - start;
            if (length == 2 && rel.charAt(start) == '.' && rel.charAt(start + 1) == '.') {
                depth--;
                if (depth < 0) {
                    throw refused(rel, "leaves the site's folder");
                }
            } else if (length > 0 && !(length == 1 && rel.charAt(start) == '.')) {
                depth++;
            }
            start = i + 1;
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

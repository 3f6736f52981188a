package org.swbulletin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a raw report file into a {@link ParsedReport}: decode, remove romanisation debris, convert Traditional script
 * to Simplified, write full-width digits and letters in ASCII, classify lines, split articles, mend page breaks.
 */
public final class ReportParser {

    /** The largest report read: the digest's reports are tens of KB, a year of them a few MB. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private ReportParser() {}

    /**
     * Parses a report file; its id is the file name without extension.
     *
     * @throws ReportFormatException when the file cannot be read, is empty or binary, or holds no article
     */
    public static ParsedReport parse(Path file) {
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // Read with a limit: a device or a huge file (--seeds /dev/zero) would otherwise exhaust memory.
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ReportFormatException(file, 0, "larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB: not a report (a report of the digest is a few hundred KB)");
            }
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : Files.isDirectory(file) ? "is a directory" : String.valueOf(e.getMessage());
            throw new ReportFormatException(file, 0, "cannot read report: " + why, e);
        }
        return parse(file, bytes);
    }

    /** Parses a report's bytes; {@code file} names it in messages and gives its id. */
    public static ParsedReport parse(Path file, byte[] bytes) {
        String id = reportId(file);
        if (id.isEmpty() || id.startsWith("_") || id.startsWith(".") || !id.matches("[\\p{L}\\p{N}_.-]+")) {
            throw new ReportFormatException(file, 0, "report file name '" + file.getFileName()
                    + "' cannot be a report id: use letters, digits, '_', '-' or '.', not starting with '_' or '.'");
        }
        if (bytes.length == 0) {
            throw new ReportFormatException(file, 0, "empty report");
        }
        ReportDecoder.Decoded decoded = ReportDecoder.decode(file, bytes);
        // Debris goes before anything reads the text, so that no title, source line or id keeps it; conversion before
        // classifying, so that every marker and every later stage needs only its Simplified form.
        String text = RomanisationDebris.remove(decoded.text());
        Script script = ScriptDetector.detect(text);
        if (script == Script.TRADITIONAL) {
            text = TraditionalConverter.toSimplified(text);
        } else {
            String passages = traditionalPassagesConverted(text);
            if (!passages.equals(text)) {
                text = passages;
                script = Script.MIXED;
            }
        }
        text = HalfWidthAlphanumerics.normalise(text);
        List<Line> lines = LineClassifier.classify(text);
        if (lines.stream().allMatch(l -> l.kind() == LineKind.BLANK)) {
            throw new ReportFormatException(file, 0, "empty report: only blank lines");
        }
        ArticleSplitter splitter = new ArticleSplitter(id);
        List<ParsedArticle> articles = splitter.split(lines);
        if (articles.isEmpty()) {
            int first = lines.stream().filter(l -> l.kind() != LineKind.BLANK).findFirst().map(Line::number)
                    .orElse(0);
            throw new ReportFormatException(file, first, "no recognisable article: an article needs a title line"
                    + " (a '#' heading or a short line without a full stop) followed by its paragraphs");
        }
        int[] fullWidth = {0};
        List<ParsedArticle> chinese = articles.stream().map(a -> fullWidthPunctuation(a, fullWidth)).toList();
        return new ParsedReport(id, file, decoded.charset(), script, chinese, new ParsedReport.Stats(
                splitter.captionsMoved(), splitter.mends(), splitter.strayLines(), fullWidth[0],
                warnings(decoded, splitter)));
    }

    /** The text with each line written in Traditional script ({@link ScriptDetector#isTraditionalLine}) converted. */
    private static String traditionalPassagesConverted(String text) {
        String[] lines = text.split("\n", -1);
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            if (ScriptDetector.isTraditionalLine(lines[i])) {
                lines[i] = TraditionalConverter.toSimplified(lines[i]);
                any = true;
            }
        }
        return any ? String.join("\n", lines) : text;
    }

    /**
     * The article with Chinese punctuation in every text an editor reads, counting the marks changed. It runs after
     * splitting, which reads the marks as typed.
     */
    private static ParsedArticle fullWidthPunctuation(ParsedArticle a, int[] count) {
        java.util.function.UnaryOperator<String> fix = t -> {
            ChinesePunctuation.Result r = ChinesePunctuation.normalise(t);
            count[0] += r.changed();
            return r.text();
        };
        List<ParsedArticle.Block> blocks = a.blocks().stream()
                .map(b -> new ParsedArticle.Block(b.kind(), fix.apply(b.text()))).toList();
        return new ParsedArticle(a.reportId(), a.order(), a.line(), fix.apply(a.title()), fix.apply(a.kicker()),
                fix.apply(a.section()), fix.apply(a.source()), blocks, a.captions().stream().map(fix).toList());
    }

    private static List<ParseWarning> warnings(ReportDecoder.Decoded decoded, ArticleSplitter splitter) {
        List<ParseWarning> all = new java.util.ArrayList<>(decoded.warnings());
        all.addAll(splitter.warnings());
        return all;
    }

    /** The report id of a file: its name without the last extension. */
    public static String reportId(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

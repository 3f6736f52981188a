package org.swbulletin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.swbulletin.content.Article;

/**
 * Deterministic raw reports in the style of {@code seeds/}, for the import benchmark: titles as {@code #}, {@code ##},
 * plain or two-line (kicker + headline with a trailing double space), a rubric over several articles, paragraphs cut
 * by page breaks with a caption dropped in between, {@code ###} subheadings, lone quote marks, source lines alone or
 * glued to the last paragraph, some files with CRLF line ends.
 *
 * <p>Built from {@link SyntheticCorpus} articles, so the text has the same length and register.
 */
public final class SyntheticReports {
    private final SyntheticCorpus corpus;
    private final long seed;

    /** Reports made of the given corpus's articles. */
    public SyntheticReports(SyntheticCorpus corpus, long seed) {
        this.corpus = corpus;
        this.seed = seed;
    }

    /**
     * Writes reports {@code 0, 1, …} into a directory until they hold at least {@code minBytes} bytes.
     *
     * @return the bytes written
     */
    public long write(Path dir, long minBytes) {
        long bytes = 0;
        for (int r = 0; bytes < minBytes; r++) {
            bytes += write(dir, r);
        }
        return bytes;
    }

    /**
     * Writes reports {@code 0} to {@code count - 1} into a directory: the raw reports of a corpus of
     * {@code count} × {@link SyntheticCorpus#PER_REPORT} articles.
     *
     * @return the bytes written
     */
    public long writeReports(Path dir, int count) {
        long bytes = 0;
        for (int r = 0; r < count; r++) {
            bytes += write(dir, r);
        }
        return bytes;
    }

    private long write(Path dir, int r) {
        byte[] b = report(r).getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(corpus.reportId(r) + ".txt"), b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a report under " + dir, e);
        }
        return b.length;
    }

    /** The text of report number {@code r}. */
    public String report(int r) {
        Random random = new Random(seed * 7_919L + r);
        SyntheticText text = new SyntheticText(random);
        StringBuilder s = new StringBuilder("\n\n");
        int articles = 3 + random.nextInt(3);
        if (random.nextInt(5) == 0) {
            s.append("## ").append(text.section()).append("\n\n");
        }
        for (int i = 0; i < articles; i++) {
            Article a = corpus.article(r * SyntheticCorpus.PER_REPORT + i);
            switch (random.nextInt(4)) {
                case 0 -> s.append("# ").append(a.title()).append("\n\n");
                case 1 -> s.append("## ").append(a.title()).append("\n\n");
                case 2 -> s.append(a.title()).append("\n\n");
                default -> s.append(a.kicker() == null ? text.kicker() : a.kicker()).append("  \n").append(a.title())
                        .append("\n\n");
            }
            List<String> paragraphs = new ArrayList<>();
            for (String block : a.body().split("\n\n")) {
                paragraphs.add(block.startsWith("## ") ? "#" + block : block);
            }
            for (int p = 0; p < paragraphs.size(); p++) {
                String para = paragraphs.get(p);
                boolean last = p == paragraphs.size() - 1;
                if (!para.startsWith("#") && para.length() > 60 && random.nextInt(4) == 0) {
                    // A page break in the middle of a word, sometimes with the photo caption printed in between.
                    int cut = 20 + random.nextInt(para.length() - 40);
                    s.append(para, 0, cut).append("\n\n");
                    if (random.nextBoolean()) {
                        s.append(text.caption(a.provinces().isEmpty() ? "全国" : a.provinces().get(0))).append("\n\n");
                    }
                    para = para.substring(cut);
                }
                if (last && random.nextBoolean()) {
                    s.append(para).append("(据").append(outlet(a, random)).append(")\n\n");
                } else {
                    s.append(para).append("\n\n");
                    if (last) {
                        s.append(random.nextBoolean() ? "(据" : "（据").append(outlet(a, random))
                                .append(random.nextBoolean() ? ")" : "）").append("\n\n");
                    }
                }
                if (random.nextInt(40) == 0) {
                    s.append("”\n\n");
                }
            }
            s.append("\n\n");
        }
        String out = s.toString();
        return random.nextInt(10) == 0 ? out.replace("\n", "\r\n") : out;
    }

    private static String outlet(Article a, Random random) {
        String source = a.source() == null ? "中国社会工作联合会" : a.source();
        return source.endsWith("报") && random.nextBoolean() ? "《" + source + "》" : source;
    }
}

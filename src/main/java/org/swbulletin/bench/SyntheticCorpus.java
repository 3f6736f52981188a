package org.swbulletin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.swbulletin.content.Article;
import org.swbulletin.content.Fingerprint;
import org.swbulletin.content.FrontMatter;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Theme;

/**
 * A deterministic synthetic archive in the real content schema, for the build benchmark: 6 articles per report,
 * Chinese bodies of 600 to 2,500 characters with subheadings and figures, about 30 % with an English translation,
 * places and themes spread unevenly like real news (a few provinces and themes get most articles).
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so a corpus of 1,000 is the first 1,000 articles of a
 * corpus of 10,000, and {@link #addReport} can add the next report to an existing corpus.
 */
public final class SyntheticCorpus {
    /** Articles per report, as in the printed digest. */
    public static final int PER_REPORT = 6;
    private static final LocalDate FIRST_REPORT = LocalDate.of(2010, 1, 4);
    private static final String[] OUTLETS = {"中国新闻网", "央广网", "中国社会工作联合会", "人民网", "新华网",
        "中国社会报", "中国劳动保障报"};

    private final long seed;
    private final List<Division> provinces;
    private final Map<String, List<Division>> prefectures;
    private final List<Theme> themes;

    /**
     * @param seed      the seed; the same seed gives the same bytes
     * @param gazetteer where place names come from
     * @param themes    the taxonomy's themes (at least one)
     */
    public SyntheticCorpus(long seed, Gazetteer gazetteer, List<Theme> themes) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("a synthetic corpus needs at least one theme");
        }
        this.seed = seed;
        this.themes = List.copyOf(themes);
        List<Division> p = new ArrayList<>(gazetteer.provinces());
        // Which provinces are "busy" depends on the seed, not on the gazetteer's code order.
        Collections.shuffle(p, new Random(seed));
        this.provinces = List.copyOf(p);
        Map<String, List<Division>> byProvince = new LinkedHashMap<>();
        for (Division d : gazetteer.all()) {
            if (d.level() == Division.Level.PREFECTURE) {
                byProvince.computeIfAbsent(gazetteer.provinceOf(d).code(), k -> new ArrayList<>()).add(d);
            }
        }
        this.prefectures = byProvince;
    }

    /**
     * What was written.
     *
     * @param articles     Chinese articles
     * @param translations English translations
     * @param reports      reports
     * @param bytes        bytes of all files
     */
    public record Stats(int articles, int translations, int reports, long bytes) {}

    /** The id of report number {@code r} (0-based): {@code 00042_5f0c…}, like the seed reports' file stems. */
    public String reportId(int r) {
        return String.format("%05d_%016x", r, new Random(seed ^ (r * 0x9E3779B97F4A7C15L)).nextLong());
    }

    /**
     * Writes articles {@code 0 .. count-1} under a content directory, one folder per report.
     *
     * @return what was written
     */
    public Stats write(Path contentDir, int count) {
        return writeRange(contentDir, 0, count);
    }

    /**
     * Adds the report that follows a corpus of {@code count} articles: its {@value #PER_REPORT} articles.
     *
     * @return what was written
     */
    public Stats addReport(Path contentDir, int count) {
        int first = (count + PER_REPORT - 1) / PER_REPORT * PER_REPORT;
        return writeRange(contentDir, first, first + PER_REPORT);
    }

    /**
     * Edits article {@code index} as an editor would: a sentence added to its body (the translation, if any, goes
     * stale).
     *
     * @return the file changed
     */
    public Path editArticle(Path contentDir, int index) {
        Article a = article(index);
        Path file = contentDir.resolve(a.file());
        Article edited = a.toBuilder().body(a.body() + "\n\n编辑补充:本文数据已与主办单位核实。").build();
        write(file, FrontMatter.write(edited));
        return file;
    }

    private Stats writeRange(Path contentDir, int from, int to) {
        int translations = 0;
        long bytes = 0;
        java.util.Set<String> reports = new java.util.HashSet<>();
        for (int i = from; i < to; i++) {
            Article zh = article(i);
            reports.add(zh.report());
            bytes += write(contentDir.resolve(zh.file()), FrontMatter.write(zh));
            if (translated(i)) {
                Article en = translation(i, zh);
                bytes += write(contentDir.resolve(en.file()), FrontMatter.write(en));
                translations++;
            }
        }
        return new Stats(to - from, translations, reports.size(), bytes);
    }

    private static long write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, b);
            return b.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Random random(int index, int stream) {
        return new Random(seed * 1_000_003L + index * 31L + stream);
    }

    private boolean translated(int index) {
        return random(index, 7).nextInt(100) < 30;
    }

    /** Index into a list of {@code size}, most weight on the first entries (Zipf-like, as in real news). */
    private static int skewed(Random r, int size) {
        double u = r.nextDouble();
        return Math.min(size - 1, (int) Math.floor(Math.pow(size + 1, u)) - 1);
    }

    /** The Chinese article number {@code index}, as the content store would load it. */
    public Article article(int index) {
        Random r = random(index, 0);
        SyntheticText text = new SyntheticText(r);
        int report = index / PER_REPORT;
        int order = index % PER_REPORT + 1;
        String reportId = reportId(report);

        List<String> provinceNames = new ArrayList<>();
        List<String> cityNames = new ArrayList<>();
        String slug = "national";
        String place = "全国";
        if (r.nextInt(100) >= 12) {
            Division p = provinces.get(skewed(r, provinces.size()));
            provinceNames.add(p.shortName());
            slug = p.slug();
            place = p.shortName();
            List<Division> cities = prefectures.getOrDefault(p.code(), List.of());
            if (!cities.isEmpty() && r.nextInt(100) < 70) {
                Division c = cities.get(skewed(r, cities.size()));
                cityNames.add(c.shortName());
                place = c.shortName();
            }
            if (r.nextInt(100) < 8) {
                Division other = provinces.get(skewed(r, provinces.size()));
                if (!provinceNames.contains(other.shortName())) {
                    provinceNames.add(other.shortName());
                }
            }
        }
        List<String> themeIds = new ArrayList<>();
        int themeCount = 1 + r.nextInt(Math.min(3, themes.size()));
        while (themeIds.size() < themeCount) {
            String id = themes.get(skewed(r, themes.size())).id();
            if (!themeIds.contains(id)) {
                themeIds.add(id);
            }
        }
        List<String> cues = new ArrayList<>();
        themeIds.forEach(id -> themes.stream().filter(t -> t.id().equals(id)).findFirst()
                .ifPresent(t -> cues.addAll(t.cues())));

        int target = 600 + r.nextInt(1801);
        List<Figure> figures = new ArrayList<>();
        int figureCount = 1 + r.nextInt(4);
        int subheadings = r.nextInt(100) < 60 ? 2 + r.nextInt(3) : 0;
        StringBuilder body = new StringBuilder();
        int paragraphs = 0;
        int chars = 0;
        while (chars < target) {
            if (subheadings > 0 && paragraphs > 0 && paragraphs % 3 == 0) {
                String h = text.subheading();
                body.append("## ").append(h).append("\n\n");
                chars += h.length();
                subheadings--;
            }
            StringBuilder para = new StringBuilder();
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences && chars + para.length() < target; s++) {
                if (figures.size() < figureCount && r.nextInt(3) == 0) {
                    Figure f = text.figure(place);
                    figures.add(f);
                    para.append("据统计,").append(f.text()).append("。");
                } else {
                    para.append(text.sentence(place, cues));
                }
            }
            if (para.length() == 0) {
                break;
            }
            body.append(para).append("\n\n");
            chars += para.length();
            paragraphs++;
        }
        String date = switch (r.nextInt(10)) {
            case 0 -> null;
            case 1 -> FIRST_REPORT.plusDays(report * 3L).toString().substring(0, 7);
            default -> FIRST_REPORT.plusDays(report * 3L - r.nextInt(10)).toString();
        };
        Article.Builder b = Article.builder()
                .id(String.format("%s-%05d-%d", slug, report, order))
                .title(text.title(place))
                .reports(List.of(reportId))
                .order(order)
                .source(r.nextInt(3) == 0 && !provinceNames.isEmpty() ? provinceNames.get(0) + "日报"
                        : OUTLETS[skewed(r, OUTLETS.length)])
                .date(date)
                .provinces(provinceNames)
                .cities(cityNames)
                .themes(themeIds)
                .figures(figures)
                .body(body.toString().strip());
        if (r.nextInt(4) == 0) {
            b.kicker(text.kicker());
        }
        if (r.nextInt(5) == 0) {
            b.section(text.section());
        }
        if (r.nextInt(7) == 0) {
            b.captions(List.of(text.caption(place)));
        }
        Article a = b.build();
        return a.toBuilder().file(Path.of(reportId, a.id() + ".md")).build();
    }

    private Article translation(int index, Article zh) {
        Random r = random(index, 1);
        SyntheticText text = new SyntheticText(r);
        String topic = themes.stream().filter(t -> zh.themes().contains(t.id())).findFirst().map(Theme::nameEn)
                .orElse("social work").toLowerCase(java.util.Locale.ROOT);
        StringBuilder body = new StringBuilder();
        int paragraphs = Math.max(2, zh.body().split("\n\n").length);
        for (int p = 0; p < paragraphs; p++) {
            for (int s = 0; s < 2 + r.nextInt(3); s++) {
                body.append(s == 0 ? "" : " ").append(text.englishSentence(topic));
            }
            body.append("\n\n");
        }
        Article en = Article.builder()
                .id(zh.id())
                .lang("en")
                .title("Progress in " + topic + (zh.provinces().isEmpty() ? " across China" : ""))
                .reports(zh.reports())
                .order(zh.order())
                .sourceFingerprint(Fingerprint.of(zh))
                .body(body.toString().strip())
                .build();
        return en.toBuilder().file(Path.of(zh.report(), zh.id() + ".en.md")).build();
    }
}

package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swbulletin.cli.Main;

/**
 * Issue 12, item 2: an incremental build writes exactly the bytes a full build writes, whatever the editor changed.
 *
 * <p>A case copies a small real site (two reports of {@code content/} with rubrics, kickers, captions, a date and one
 * article with its translation, the editors' data and the templates) into a temporary folder, builds it as
 * {@code bulletin build} does (through {@link Main#run}, so the test holds whatever the builder looks like inside),
 * builds again after a change to the site settings so that every page gets its fingerprint (as on an editor's site
 * from the second build on), then applies {@link Edit}s, each followed by an incremental build, and compares the site
 * with a {@code build --full} into a fresh folder, file by file and byte by byte, the file set included.
 *
 * <p>Every file of the fixture gets an old fixed modification time, and every edited file a later one, strictly
 * increasing: the article cache trusts a file's size and time, and takes files modified within the last two seconds
 * as unsettled (parsed again), so wall-clock times would make the cache paths taken depend on the machine's speed.
 *
 * <p>{@link #everyEditKindOnce} makes each kind of edit once, in order, and compares after each: a key the build forgets
 * is caught on every run, not by luck. {@link #randomEditsEqualAFullBuild} then walks through random edits from a
 * fixed seed: each step is 1 to 3 random edits (any kind, random file and value), each followed by an incremental
 * build, then the comparison. Randomised with a seeded {@link Random} under JUnit rather than jqwik: jqwik 1.10.1
 * prints a notice addressed to AI agents into every test run's output, asking not to be used; a seeded walk needs no
 * library, and a failure names the seed and every edit made, which is all it takes to replay it.
 *
 * <p>More steps on demand, and another seed:
 * {@code mvn test -Dtest=IncrementalEqualsFullPropertyTest -Dbulletin.tries=500 -Dbulletin.seed=7} (a seed of
 * {@code random} picks one and prints it in a failure).
 */
class IncrementalEqualsFullPropertyTest {
    /** Random steps in a normal test run; each is 1-3 edits, as many incremental builds and a full one. */
    static final int DEFAULT_TRIES = 12;
    /** Steps on one fixture before a fresh one: a fresh fixture costs two builds, a long walk reaches odd states. */
    static final int STEPS_PER_WALK = 6;
    static final long DEFAULT_SEED = 20261204L;

    private static final Path REPO_CONTENT = Paths.get("content");
    private static final Path REPO_TEMPLATES = Paths.get("templates");
    /** Reports of the fixture: 001 translated, with captions; 004 rubrics, kickers, a date, and untranslated. */
    private static final List<String> REPORTS = List.of("001_9f586ebb2bac4bb7", "004_946cbcfd3783f5b9");
    private static final Instant OLD = Instant.parse("2021-01-01T00:00:00Z");

    // ---------------------------------------------------------------------------------------------------------------
    // The tests

    @Test
    void everyEditKindOnce() {
        // One site for all kinds, edited one after the other: every edit is made to a site that earlier edits changed,
        // and each is compared with a full build at once, so that a failure names the edit.
        try (Fixture f = Fixture.create()) {
            for (Kind kind : Kind.values()) {
                // Seeds that are multiples of four change a value in place where the key exists (see target).
                Edit edit = new Edit(kind, 4 * kind.ordinal());
                String done = f.apply(edit);
                f.buildIncremental();
                f.assertSameAsFull("after " + done);
            }
        }
    }

    /** One walk of random steps on a fresh fixture, from its own seed. */
    @ParameterizedTest(name = "walk {0}")
    @MethodSource("walks")
    void randomEditsEqualAFullBuild(long seed, int steps) {
        Random random = new Random(seed);
        List<String> history = new ArrayList<>();
        try (Fixture f = Fixture.create()) {
            for (int step = 1; step <= steps; step++) {
                int size = 1 + random.nextInt(3);
                for (int i = 0; i < size; i++) {
                    Edit edit = new Edit(Kind.values()[random.nextInt(Kind.values().length)], random.nextInt(10_000));
                    String did;
                    try {
                        did = f.apply(edit);
                    } catch (AssertionError e) {
                        throw new AssertionError("edit " + edit + " after " + String.join("; ", history) + ": "
                                + e.getMessage(), e);
                    }
                    history.add(edit + " (" + did + ")");
                    f.buildIncremental();
                }
                f.assertSameAsFull("in the walk of seed " + seed + " (replay: -Dbulletin.seed=" + seed
                        + " -Dbulletin.tries=" + step + "), step " + step + ", after edits "
                        + String.join("; ", history));
                history.add("| compared");
            }
        }
    }

    /** The walks: {@code bulletin.tries} steps in all, from {@code bulletin.seed}. */
    static Stream<org.junit.jupiter.params.provider.Arguments> walks() {
        int tries = Integer.getInteger("bulletin.tries", DEFAULT_TRIES);
        String seedProperty = System.getProperty("bulletin.seed", "").trim();
        long base = seedProperty.isEmpty() ? DEFAULT_SEED
                : seedProperty.equals("random") ? new Random().nextLong() : Long.parseLong(seedProperty);
        List<org.junit.jupiter.params.provider.Arguments> walks = new ArrayList<>();
        for (int done = 0, walk = 0; done < tries; done += STEPS_PER_WALK, walk++) {
            // Walk w starts from seed base + w: a failing walk replays alone with -Dbulletin.seed=<its seed>.
            walks.add(org.junit.jupiter.params.provider.Arguments.of(base + walk,
                    Math.min(STEPS_PER_WALK, tries - done)));
        }
        return walks.stream();
    }

    @Test
    void everyFrontMatterKeyOfTheSchemaHasAnEditKind() {
        Set<String> kinds = new TreeSet<>();
        for (Kind k : Kind.values()) {
            kinds.add(k.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> missing = org.swbulletin.content.ArticleSchema.KEYS.stream().filter(k -> !kinds.contains(k))
                .toList();
        assertEquals(List.of(), missing, "a new front-matter key needs an edit kind here, or a rebuild could miss it");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Edits

    /** Every kind of thing an editor changes. Front-matter kinds cover every key the article format has. */
    enum Kind {
        ID, TITLE, TITLE_EN, KICKER, KICKER_EN, SECTION_EN, REPORT, REPORTS, ORDER, SECTION, SECTION_REMOVED, SOURCE, DATE, PROVINCES, CITIES,
        PLACES, THEMES, FIGURES, CAPTIONS, SOURCE_FINGERPRINT, EXTRA_KEY, LANG, AUTHOR, DRAFT, PUBLISH_AFTER,
        TRANSLATION_TITLE, REPORT_FILE,
        BODY_APPEND, BODY_START, BODY_END, TRANSLATION_BODY,
        THEME_NAME, GLOSSARY_OUTLET, GLOSSARY_TERM, GLOSSARY_RUBRIC, SITE_TITLE, SITE_DESCRIPTION,
        TEMPLATE_ARTICLE, TEMPLATE_LAYOUT, TEMPLATE_SIDEBAR, STYLESHEET, I18N_EN, I18N_ZH
    }

    /** One edit: a kind, and a number that picks the file and the new value. */
    record Edit(Kind kind, int seed) {
        @Override
        public String toString() {
            return kind + "#" + seed;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The fixture

    /** A copy of the fixture site in a temporary folder, built once and primed; closed, it is deleted. */
    static final class Fixture implements AutoCloseable {
        final Path root;
        final Path content;
        final Path templates;
        final Path site;
        /** Edits made so far, for strictly increasing modification times. */
        private int step;

        private Fixture(Path root) {
            this.root = root;
            this.content = root.resolve("content");
            this.templates = root.resolve("templates");
            this.site = root.resolve("work").resolve("site");
        }

        static Fixture create() {
            try {
                Fixture f = new Fixture(Files.createTempDirectory("bulletin-prop"));
                Files.createDirectories(f.content);
                FixtureSite.copyTree(REPO_CONTENT.resolve("_data"), f.content.resolve("_data"));
                for (String report : REPORTS) {
                    FixtureSite.copyTree(REPO_CONTENT.resolve(report), f.content.resolve(report));
                }
                FixtureSite.copyTree(REPO_TEMPLATES, f.templates);
                // The shipped bulletin is translated throughout; edits such as a changed id need untranslated
                // articles too, so 004 goes without its translations.
                try (Stream<Path> walk = Files.list(f.content.resolve(REPORTS.get(1)))) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".en.md")).toList()) {
                        Files.delete(p);
                    }
                }
                // Every key of the format present in some file, so that an edit can change a value in place: a key
                // added or removed moves the body's first line, which the keys track anyway, and would hide a field
                // the keys forget.
                Path guangzhou = f.content.resolve("001_9f586ebb2bac4bb7/guang-dong-guang-zhou-cheng-li-she-gong.md");
                Files.writeString(guangzhou, FrontMatterEdit.set(FrontMatterEdit.set(read(guangzhou), "title_en",
                        "Guangzhou sets up a social work body"), "editor_note", "待核实").replace("title_en:",
                        "author: 本报记者\ntitle_en:"));
                try (Stream<Path> walk = Files.walk(f.root)) {
                    for (Path p : walk.toList()) {
                        Files.setLastModifiedTime(p, FileTime.from(OLD));
                    }
                }
                f.buildIncremental();
                // A build into a new folder fingerprints no page; the next full plan does, as on an editor's site.
                f.rewrite(f.content.resolve("_data/site.yaml"), s -> s + "# primed\n");
                f.buildIncremental();
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void buildIncremental() {
            build(site, false);
        }

        private void build(Path out, boolean full) {
            List<String> args = new ArrayList<>(List.of("build", "--no-import", "--content", content.toString(),
                    "--templates", templates.toString(), "--out", out.toString(), "--quiet"));
            if (full) {
                args.add("--full");
            }
            StringWriter out1 = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out1, true), new PrintWriter(err, true));
            assertEquals(Main.OK, exit, () -> "build " + args + " failed: " + err + out1);
        }

        /** Builds the content with {@code --full} into a fresh folder and compares it with the incremental site. */
        void assertSameAsFull(String what) {
            Path fresh = root.resolve("full-" + step).resolve("site");
            build(fresh, true);
            try {
                Map<String, byte[]> want = FixtureSite.snapshot(fresh);
                Map<String, byte[]> got = FixtureSite.snapshot(site);
                Set<String> missing = new TreeSet<>(want.keySet());
                missing.removeAll(got.keySet());
                Set<String> extra = new TreeSet<>(got.keySet());
                extra.removeAll(want.keySet());
                List<String> differ = new ArrayList<>();
                for (Map.Entry<String, byte[]> e : want.entrySet()) {
                    byte[] g = got.get(e.getKey());
                    if (g != null && !java.util.Arrays.equals(e.getValue(), g)) {
                        differ.add(e.getKey());
                    }
                }
                if (!missing.isEmpty() || !extra.isEmpty() || !differ.isEmpty()) {
                    StringBuilder s = new StringBuilder("incremental build differs from a full build " + what + ":");
                    if (!missing.isEmpty()) s.append("\n  missing: ").append(missing);
                    if (!extra.isEmpty()) s.append("\n  extra: ").append(extra);
                    if (!differ.isEmpty()) {
                        s.append("\n  ").append(differ.size()).append(" file(s) differ: ")
                                .append(differ.subList(0, Math.min(10, differ.size())));
                        String first = differ.get(0);
                        s.append("\n  ").append(first).append(": ").append(firstDifference(want.get(first),
                                got.get(first)));
                    }
                    fail(s.toString());
                }
                deleteTree(fresh.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String firstDifference(byte[] want, byte[] got) {
            String a = new String(want, StandardCharsets.UTF_8);
            String b = new String(got, StandardCharsets.UTF_8);
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 60);
            return "full build has «" + a.substring(from, Math.min(a.length(), i + 80)) + "», incremental has «"
                    + b.substring(from, Math.min(b.length(), i + 80)) + "»";
        }

        /** Rewrites a file, with a modification time later than any before. */
        void rewrite(Path file, UnaryOperator<String> change) {
            try {
                String before = Files.readString(file);
                String after = change.apply(before);
                assertTrue(!after.equals(before), () -> "edit changed nothing in " + file);
                Files.writeString(file, after);
                step++;
                Files.setLastModifiedTime(file, FileTime.from(OLD.plusSeconds(3600L * step)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The article files of the fixture, sorted: originals, or translations. */
        List<Path> articles(boolean translations) {
            try (Stream<Path> walk = Files.walk(content)) {
                return walk.filter(p -> p.toString().endsWith(".md") && !p.startsWith(content.resolve("_data"))
                                && p.toString().endsWith(".en.md") == translations)
                        .sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Originals that have no translation: their id can change without orphaning one. */
        List<Path> untranslated() {
            List<Path> out = new ArrayList<>();
            for (Path p : articles(false)) {
                String name = p.getFileName().toString();
                if (!Files.exists(p.resolveSibling(name.substring(0, name.length() - 3) + ".en.md"))) {
                    out.add(p);
                }
            }
            return out;
        }

        static <T> T pick(List<T> list, int seed) {
            return list.get(Math.floorMod(seed, list.size()));
        }

        /** Picks the first value, from {@code seed} on, that differs from {@code current}. */
        static String other(List<String> values, int seed, String current) {
            for (int i = 0; i < values.size(); i++) {
                String v = pick(values, seed + i);
                if (!v.equals(current)) {
                    return v;
                }
            }
            throw new IllegalStateException("no value other than " + current);
        }

        /**
         * The file a front-matter edit changes: for three seeds in four an article that has the key (the value changes
         * in place), otherwise any.
         */
        Path target(String key, int seed, boolean translations) {
            List<Path> all = articles(translations);
            List<Path> with = all.stream().filter(p -> FrontMatterEdit.get(read(p), key) != null).toList();
            return with.isEmpty() || Math.floorMod(seed, 4) == 3 ? pick(all, seed) : pick(with, seed / 4);
        }

        /** Applies an edit; returns what it did, for messages. */
        String apply(Edit edit) {
            int n = edit.seed();
            String fmKey = switch (edit.kind()) {
                case TITLE_EN -> "title_en";
                case EXTRA_KEY -> "editor_note";
                case SECTION_REMOVED -> "section";
                case REPORTS -> "report";
                case SOURCE_FINGERPRINT, TRANSLATION_TITLE, TRANSLATION_BODY -> "id";
                default -> edit.kind().name().toLowerCase(java.util.Locale.ROOT);
            };
            Path article = target(fmKey, n, false);
            String rel = content.relativize(article).toString();
            String value;
            switch (edit.kind()) {
                case ID -> {
                    article = pick(untranslated(), n);
                    rel = content.relativize(article).toString();
                    String id = FrontMatterEdit.get(read(article), "id");
                    return setKey(article, "id", id + "-e" + n);
                }
                case TITLE -> {
                    return setKey(article, "title", "编辑后的标题第" + n + "号");
                }
                case TITLE_EN -> {
                    return setKey(article, "title_en", "Edited English headline " + n);
                }
                case KICKER -> {
                    return setKey(article, "kicker", "肩题" + n);
                }
                case KICKER_EN -> {
                    return setKey(article, "kicker_en", "Edited English kicker " + n);
                }
                case SECTION_EN -> {
                    return setKey(article, "section_en", "Edited English column " + n);
                }
                case REPORT -> {
                    String current = firstReport(article);
                    return setKey(article, "report", other(REPORTS, n, current), "reports");
                }
                case REPORTS -> {
                    // Reprinted in a later report: listed in both.
                    String current = firstReport(article);
                    String also = other(REPORTS, n, current);
                    return setKey(article, "reports", "[" + current + ", " + also + "]", "report");
                }
                case ORDER -> {
                    String current = FrontMatterEdit.get(read(article), "order");
                    return setKey(article, "order", other(List.of("1", "2", "3", "4", "5", "7", "9"), n, current));
                }
                case SECTION -> {
                    return setKey(article, "section", "编辑栏目" + n);
                }
                case SECTION_REMOVED -> {
                    // A rubric removed or added: 004's articles have one, the others none.
                    String current = FrontMatterEdit.get(read(article), "section");
                    return setKey(article, "section", current == null ? "新设栏目" + n : null);
                }
                case SOURCE -> {
                    String current = FrontMatterEdit.get(read(article), "source");
                    return setKey(article, "source", other(List.of("人民日报", "新华社", "某某晚报", "中国社会报",
                            "海南省民政厅", "白银日报"), n, current));
                }
                case DATE -> {
                    int month = 1 + Math.floorMod(n, 12);
                    value = Math.floorMod(n, 3) == 0 ? String.format("\"2024-%02d\"", month)
                            : String.format("\"2024-%02d-%02d\"", month, 1 + Math.floorMod(n, 28));
                    String current = FrontMatterEdit.get(read(article), "date");
                    if (value.equals(current)) {
                        value = "\"2019-11-11\"";
                    }
                    return setKey(article, "date", value);
                }
                case PROVINCES -> {
                    String current = FrontMatterEdit.get(read(article), "provinces");
                    return setKey(article, "provinces", other(List.of("[云南]", "[江苏, 浙江]", "[]", "[北京]",
                            "[海南]"), n, current));
                }
                case CITIES -> {
                    String current = FrontMatterEdit.get(read(article), "cities");
                    return setKey(article, "cities", other(List.of("[苏州]", "[昆明, 大理]", "[]", "[白银]"), n,
                            current));
                }
                case PLACES -> {
                    String current = FrontMatterEdit.get(read(article), "places");
                    return setKey(article, "places", other(List.of("[昆山]", "[晋江]", "[]", "[临高, 白银区]"), n,
                            current));
                }
                case THEMES -> {
                    List<String> ids = themeIds();
                    String current = FrontMatterEdit.get(read(article), "themes");
                    String one = pick(ids, n);
                    String two = pick(ids, n / 7 + 1);
                    value = one.equals(two) ? "[" + one + "]" : "[" + one + ", " + two + "]";
                    return setKey(article, "themes", value.equals(current) ? "[]" : value);
                }
                case FIGURES -> {
                    if (FrontMatterEdit.get(read(article), "figures") != null && n % 2 == 0) {
                        // One figure's value changed, no line added.
                        rewrite(article, s -> s.replaceFirst("(?m)^(  - \\{label: [^,]*, value: )\\d+",
                                "$1" + (n + 100_001)));
                        return "changed the first figure's value in " + rel;
                    }
                    return setKey(article, "figures", "\n  - {label: 社工站, value: " + (n + 1)
                            + ", unit: 个, text: 全省已建成社工站" + (n + 1) + "个}");
                }
                case CAPTIONS -> {
                    return setKey(article, "captions", "\n  - 图片说明第" + n + "号");
                }
                case SOURCE_FINGERPRINT -> {
                    Path t = pick(articles(true), n);
                    return setKey(t, "source_fingerprint", String.format("%016x", 0x1234_5678L * (n + 1)));
                }
                case EXTRA_KEY -> {
                    return setKey(article, "editor_note", "编辑备注" + n);
                }
                case LANG -> {
                    // The only valid change of an original's lang: zh written out, or left to the default.
                    String current = FrontMatterEdit.get(read(article), "lang");
                    return setKey(article, "lang", current == null ? "zh" : current.equals("zh") && n % 2 == 0
                            ? "\"zh\"" : null);
                }
                case AUTHOR -> {
                    String current = FrontMatterEdit.get(read(article), "author");
                    String author = n % 5 == 4 && current != null ? null : "记者" + n;
                    return setKey(article, "author", author != null && author.equals(current) ? "记者" + (n + 1) : author);
                }
                case DRAFT -> {
                    // Held, then published again: what the site shows changes both ways.
                    return setKey(article, "draft", FrontMatterEdit.get(read(article), "draft") == null ? "true" : null);
                }
                case PUBLISH_AFTER -> {
                    String current = FrontMatterEdit.get(read(article), "publish_after");
                    String day = switch (Math.floorMod(n, 3)) {
                        case 0 -> "2999-01-01";
                        case 1 -> "2000-01-01";
                        default -> null;
                    };
                    // Removing a key the file lacks, or setting the value it has, would change nothing.
                    if (day == null ? current == null : day.equals(current)) {
                        day = current == null ? "2999-01-01" : null;
                    }
                    return setKey(article, "publish_after", day);
                }
                case REPORT_FILE -> {
                    // A report's date orders its undated articles and shows on its page; its issue names it.
                    Path file = content.resolve(pick(REPORTS, n)).resolve("_report.yaml");
                    if (Files.exists(file) && Math.floorMod(n, 4) == 0) {
                        try {
                            Files.delete(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return "removed " + content.relativize(file);
                    }
                    String text = String.format("date: \"%s\"\nissue: %d\n%s", pick(List.of("2019", "2024-02",
                            "2026-11-30", "2021-06-01"), n / 4), 1 + Math.floorMod(n, 7), n % 2 == 0 ? "inferred: true\n" : "");
                    if (!Files.exists(file)) {
                        try {
                            Files.writeString(file, "# new\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    rewrite(file, s -> s.equals(text) ? text + "# again\n" : text);
                    return "wrote " + content.relativize(file) + ": " + text.replace('\n', ' ');
                }
                case TRANSLATION_TITLE -> {
                    Path t = pick(articles(true), n);
                    return setKey(t, "title", "Edited translated headline " + n);
                }
                case BODY_APPEND -> {
                    rewrite(article, s -> s + "\n编辑补充的一句话，第" + n + "号。\n");
                    return "appended a sentence to the body of " + rel;
                }
                case BODY_START -> {
                    rewrite(article, s -> {
                        int body = FrontMatterEdit.bodyStart(s);
                        int at = body;
                        while (Character.isWhitespace(s.charAt(at))) at++;
                        String word = s.startsWith("最近", at) ? "此前" : "最近";
                        return s.substring(0, at) + word + s.substring(at + 2);
                    });
                    return "changed the first word of the body of " + rel;
                }
                case BODY_END -> {
                    rewrite(article, s -> {
                        int end = s.stripTrailing().length() - 1; // the closing punctuation
                        String word = s.startsWith("工作", end - 2) ? "事业" : "工作";
                        return s.substring(0, end - 2) + word + s.substring(end);
                    });
                    return "changed the last word of the body of " + rel;
                }
                case TRANSLATION_BODY -> {
                    Path t = pick(articles(true), n);
                    rewrite(t, s -> s + "\nAn editor's added sentence, number " + n + ".\n");
                    return "appended a sentence to the body of " + content.relativize(t);
                }
                case THEME_NAME -> {
                    List<String> fields = List.of("zh", "en", "description_zh", "description_en");
                    String field = pick(fields, n);
                    String theme = pick(themeIds(), n / 4);
                    rewrite(content.resolve("_data/themes.yaml"), s -> {
                        Matcher m = Pattern.compile("(?m)^- id: " + Pattern.quote(theme) + "\n(?:  .*\n)*?  "
                                + field + ": (.*)$").matcher(s);
                        assertTrue(m.find(), "theme " + theme + " lacks " + field);
                        return s.substring(0, m.end(1)) + " (" + n + ")" + s.substring(m.end(1));
                    });
                    return "changed " + field + " of theme " + theme;
                }
                case GLOSSARY_OUTLET, GLOSSARY_TERM, GLOSSARY_RUBRIC -> {
                    boolean outlet = edit.kind() == Kind.GLOSSARY_OUTLET;
                    // Outlets, terms and rubrics the fixture's articles show, so the edit reaches pages.
                    String key = edit.kind() == Kind.GLOSSARY_RUBRIC ? "聚焦社会工作人才队伍建设"
                            : pick(outlet ? List.of("中国经济网", "海南省民政厅", "白银日报", "央广网", "乌鲁木齐晚报")
                            : List.of("社工站", "专职社会工作者", "持证社工", "社会工作人才"), n);
                    rewrite(content.resolve("_data/glossary.yaml"), s -> {
                        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(key) + ": (.*)$").matcher(s);
                        assertTrue(m.find(), "glossary lacks " + key);
                        // Rubrics hold a colon, so their English is quoted: the edit replaces it whole.
                        return edit.kind() == Kind.GLOSSARY_RUBRIC
                                ? s.substring(0, m.start(1)) + "\"Edited column " + n + "\"" + s.substring(m.end(1))
                                : s.substring(0, m.end(1)) + " " + n + s.substring(m.end(1));
                    });
                    return "changed the English name of " + (outlet ? "outlet " : "term or rubric ") + key;
                }
                case SITE_TITLE, SITE_DESCRIPTION -> {
                    String key = (edit.kind() == Kind.SITE_TITLE ? "title_" : "description_")
                            + (n % 2 == 0 ? "en" : "zh");
                    rewrite(content.resolve("_data/site.yaml"), s -> {
                        Matcher m = Pattern.compile("(?m)^" + key + ": (.*)$").matcher(s);
                        assertTrue(m.find(), "site.yaml lacks " + key);
                        // Rubrics hold a colon, so their English is quoted: the edit replaces it whole.
                        return edit.kind() == Kind.GLOSSARY_RUBRIC
                                ? s.substring(0, m.start(1)) + "\"Edited column " + n + "\"" + s.substring(m.end(1))
                                : s.substring(0, m.end(1)) + " " + n + s.substring(m.end(1));
                    });
                    return "changed " + key + " in site.yaml";
                }
                case TEMPLATE_ARTICLE -> {
                    rewrite(templates.resolve("article.ftlh"), s -> s.replaceFirst("<header>",
                            "<header><!-- edit " + n + " -->"));
                    return "added a comment to article.ftlh";
                }
                case TEMPLATE_LAYOUT -> {
                    rewrite(templates.resolve("layout.ftlh"), s -> s.replaceFirst("</body>",
                            "<p>edit " + n + "</p>\n</body>"));
                    return "added text to layout.ftlh";
                }
                case TEMPLATE_SIDEBAR -> {
                    rewrite(templates.resolve("partials/sidebar.ftlh"), s -> s + "<!-- edit " + n + " -->\n");
                    return "added a comment to partials/sidebar.ftlh";
                }
                case STYLESHEET -> {
                    rewrite(templates.resolve("assets/style.css"), s -> s + "/* edit " + n + " */\n");
                    return "added a comment to assets/style.css";
                }
                case I18N_EN, I18N_ZH -> {
                    String lang = edit.kind() == Kind.I18N_EN ? "en" : "zh";
                    Path table = templates.resolve("i18n/" + lang + ".yaml");
                    // Plain values only: appending to a quoted one or a placeholder would break it.
                    Pattern plain = Pattern.compile("(?m)^( *)([a-z_]+): ([A-Za-z\\p{IsHan}][^\"'{}#:\\[]*)$");
                    List<String> keys = new ArrayList<>();
                    Matcher all = plain.matcher(read(table));
                    while (all.find()) {
                        keys.add(all.group(0));
                    }
                    String line = pick(keys, n);
                    rewrite(table, s -> s.replace(line + "\n", line + " " + n + "\n"));
                    return "changed the string '" + line.strip() + "' in " + lang + ".yaml";
                }
                default -> throw new IllegalStateException("no edit " + edit.kind());
            }
        }

        private String setKey(Path file, String key, String value, String... alsoRemove) {
            rewrite(file, s -> FrontMatterEdit.set(s, key, value, alsoRemove));
            return (value == null ? "removed " + key : "set " + key + ": " + value.strip()) + " in "
                    + content.relativize(file);
        }

        private static String firstReport(Path article) {
            String text = read(article);
            String report = FrontMatterEdit.get(text, "report");
            if (report == null) {
                report = FrontMatterEdit.get(text, "reports").replaceAll("^\\[|\\].*$", "").split(",")[0].strip();
            }
            return report;
        }

        private List<String> themeIds() {
            Matcher m = Pattern.compile("(?m)^- id: (\\S+)$").matcher(read(content.resolve("_data/themes.yaml")));
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }

        private static String read(Path file) {
            return FixtureSite.read(file);
        }

        @Override
        public void close() {
            deleteTree(root);
        }

        private static void deleteTree(Path dir) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Edits of a front-matter block as text, keeping every other line as it was. */
    static final class FrontMatterEdit {
        private FrontMatterEdit() {}

        /** Offset of the body: just after the closing {@code ---} line. */
        static int bodyStart(String text) {
            int close = text.indexOf("\n---\n", 3);
            assertTrue(text.startsWith("---\n") && close > 0, "no front matter");
            return close + 5;
        }

        /** The raw value of a top-level key (its first line), or null when absent. */
        static String get(String text, String key) {
            String fm = text.substring(0, bodyStart(text));
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ": ?(.*)$").matcher(fm);
            return m.find() ? m.group(1) : null;
        }

        /**
         * Sets a top-level key (replacing its line and any indented lines under it), or removes it when value is null;
         * keys in {@code alsoRemove} go too. A new key goes last.
         */
        static String set(String text, String key, String value, String... alsoRemove) {
            int body = bodyStart(text);
            List<String> lines = new ArrayList<>(List.of(text.substring(4, body - 5).split("\n", -1)));
            int at = -1;
            List<String> drop = new ArrayList<>(List.of(alsoRemove));
            drop.add(key);
            for (int i = 0; i < lines.size(); ) {
                String line = lines.get(i);
                String k = line.contains(":") && !line.startsWith(" ") && !line.startsWith("-")
                        ? line.substring(0, line.indexOf(':')) : null;
                if (k != null && drop.contains(k)) {
                    if (at < 0) {
                        at = i;
                    }
                    lines.remove(i);
                    while (i < lines.size() && (lines.get(i).startsWith(" ") || lines.get(i).startsWith("-"))) {
                        lines.remove(i);
                    }
                } else {
                    i++;
                }
            }
            if (value != null) {
                lines.add(at < 0 ? lines.size() : at, key + ":" + (value.startsWith("\n") ? "" : " ") + value);
            }
            return "---\n" + String.join("\n", lines) + "\n---\n" + text.substring(body);
        }
    }
}

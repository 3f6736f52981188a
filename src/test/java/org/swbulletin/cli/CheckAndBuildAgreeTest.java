package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.swbulletin.site.FixtureSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check} and {@code build} run one validation: content that check refuses is never built, with the same
 * {@code file:line} errors, and the previous site stays as it was.
 */
class CheckAndBuildAgreeTest {
    private static final String ARTICLE = "001_fixture/kunming-anti-drug.md";

    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(Path.of("src/test/resources/render/content"), content);
        return content;
    }

    /** Runs a command as the tool does, with the bundled gazetteer the fixture's places need. */
    private static CommandRun run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Main.commandLine(org.swbulletin.enrich.Gazetteer::bundled);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int exit = Main.execute(cl, args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    private CommandRun build(Path content, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--no-import", "--content", content.toString(),
                "--out", tmp.resolve("site").toString(), "--templates", "templates"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an id that climbs out of the site | id: kunming-anti-drug | id: ../../../escaped",
        "a report that climbs out of the site | report: 001_fixture | report: ../../X",
        "a language the site has not | lang: zh | lang: fr",
        "a day not of the calendar | date: 2023-06-30 | date: \"2023-02-30\"",
        "a date without leading zeros | date: 2023-06-30 | date: 2023-6-9",
        "an unknown province | provinces: [云南] | provinces: [火星]",
        "front matter that is not YAML | title_en: Two | title_en: [Two",
        "an order that is no number | order: 2 | order: second",
        "a draft flag that is no flag | lang: zh | lang: zh\\ndraft: maybe",
        "a number tag on a map | order: 2 | order: !!int {}",
        "a set under an editor's key | lang: zh | lang: zh\\nreviewers: !!set {甲, 乙}",
        "binary data under an editor's key | lang: zh | lang: zh\\nscan: !!binary aGVsbG8=",
        "a value that contains itself | lang: zh | lang: zh\\nloop: &a [1, *a]",
    })
    void contentCheckRefusesIsNotBuiltAndBothNameTheSameErrors(String what, String from, String to)
            throws IOException {
        Path content = content();
        assertEquals(Main.OK, build(content).exit(), "the fixture builds");
        Path index = tmp.resolve("site/index.html");
        String before = Files.readString(index);
        editArticle(content, from, to.replace("\\n", "\n"));

        CommandRun check = run("check", "--content", content.toString());
        CommandRun build = build(content);
        assertEquals(Main.INVALID_INPUT, check.exit(), what + ": " + check.out());
        assertEquals(Main.INVALID_INPUT, build.exit(), what + ": " + build.out() + build.err());
        List<String> errors = check.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertFalse(errors.isEmpty(), check.out());
        for (String error : errors) {
            assertTrue(build.err().contains(error), what + ": build does not report\n" + error + "\nit said:\n"
                    + build.err());
        }
        assertEquals(before, Files.readString(index), "the previous site is untouched");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no article on a page | per_page: 0",
        "a base URL without a host | base_url: /bulletin/",
        "a base URL of another scheme | base_url: javascript:alert(1)",
    })
    void settingsCheckRefusesAreNotBuilt(String what, String line) throws IOException {
        Path content = content();
        assertEquals(Main.OK, build(content).exit(), "the fixture builds");
        Path settings = content.resolve("_data/site.yaml");
        String key = line.substring(0, line.indexOf(':'));
        Files.writeString(settings, Files.readString(settings).replaceAll("(?m)^" + key + ":.*$", "")
                + line + "\n");
        CommandRun check = run("check", "--content", content.toString());
        CommandRun build = build(content);
        assertEquals(Main.INVALID_INPUT, check.exit(), what + ": " + check.out());
        assertEquals(Main.INVALID_INPUT, build.exit(), what + ": " + build.err());
        assertTrue(check.out().contains("site.yaml: error: "), check.out());
        assertTrue(build.err().contains("site.yaml"), build.err());
        for (String error : check.out().lines().filter(l -> l.contains(": error: ")).toList()) {
            assertTrue(build.err().contains(error), what + ": build does not report\n" + error + "\nit said:\n"
                    + build.err());
        }
    }

    @Test
    void aDraftIsHeldFromTheSiteListedByBuildAndShownWithABannerOnRequest() throws IOException {
        Path content = content();
        editArticle(content, "lang: zh", "lang: zh\ndraft: true");
        CommandRun build = build(content);
        assertEquals(Main.OK, build.exit(), build.err());
        assertTrue((build.out() + build.err()).contains("kunming-anti-drug.md: draft: true"), build.out() + build.err());
        assertFalse(Files.exists(tmp.resolve("site/articles/kunming-anti-drug/index.html")));
        assertFalse(Files.readString(tmp.resolve("site/index.html")).contains("kunming-anti-drug"));

        CommandRun drafts = build(content, "--drafts");
        assertEquals(Main.OK, drafts.exit(), drafts.err());
        String page = Files.readString(tmp.resolve("site/articles/kunming-anti-drug/index.html"));
        assertTrue(page.contains("class=\"draft-banner\""), "the draft carries its banner");
        assertFalse(Files.readString(tmp.resolve("site/articles/dali-training-base/index.html"))
                .contains("draft-banner"), "a published article has none");
    }

    @Test
    void anArticleDueLaterIsHeldUntilItsDay() throws IOException {
        Path content = content();
        editArticle(content, "lang: zh", "lang: zh\npublish_after: 2999-01-01");
        CommandRun build = build(content);
        assertEquals(Main.OK, build.exit(), build.err());
        assertFalse(Files.exists(tmp.resolve("site/articles/kunming-anti-drug/index.html")));
        editArticle(content, "2999-01-01", "2000-01-01");
        assertEquals(Main.OK, build(content).exit());
        assertTrue(Files.exists(tmp.resolve("site/articles/kunming-anti-drug/index.html")));
    }

    /** Replaces text in the fixture article, which must hold it. */
    private static void editArticle(Path content, String from, String to) throws IOException {
        Path file = content.resolve(ARTICLE);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }
}

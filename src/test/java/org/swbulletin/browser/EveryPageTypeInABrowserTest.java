package org.swbulletin.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Opens one page of every type, in both languages, in headless Chromium at a phone's width and a laptop's, as a reader
 * would: axe-core finds no violation, nothing overflows sideways, nothing but the page scrolls, no visible text is under
 * 12 px. A screenshot of each is saved under {@code target/screenshots/} for a person to look at.
 */
class EveryPageTypeInABrowserTest {
    static final int[] WIDTHS = {390, 1366};
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** One page of each type in the fixture site, relative to a language's root. */
    static final List<String[]> PAGE_TYPES = List.of(
            new String[] {"home", ""},
            new String[] {"article", "articles/kunming-anti-drug/"},
            new String[] {"translated-article", "articles/dali-training-base/"},
            new String[] {"archive", "archive/"},
            new String[] {"month", "archive/2023/06/"},
            new String[] {"provinces", "provinces/"},
            new String[] {"province", "provinces/yunnan/"},
            new String[] {"themes", "themes/"},
            new String[] {"theme", "themes/anti-drug/"},
            new String[] {"report", "reports/001_fixture/"},
            new String[] {"reports", "reports/"},
            new String[] {"stats", "stats/"},
            new String[] {"translations", "translations/"},
            new String[] {"about", "about/"},
            new String[] {"search", "search/?q=%E7%A6%81%E6%AF%92"},
            new String[] {"404", "404.html"});

    @TestFactory
    Stream<DynamicTest> everyPageTypeReadsWellAtEveryWidth() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] type : PAGE_TYPES) {
            for (String lang : List.of("zh", "en")) {
                for (int width : WIDTHS) {
                    String rel = (lang.equals("zh") ? "" : "en/") + type[1];
                    String name = type[0] + "-" + lang + "-" + width;
                    tests.add(DynamicTest.dynamicTest(type[0] + " page (" + lang + ") at " + width + " px",
                            () -> check(rel, width, name)));
                }
            }
        }
        return tests.stream();
    }

    static void check(String rel, int width, String name) {
        Browser browser = Browser.shared();
        browser.open(ServedSite.fixture().url(rel), width);
        PageProbe probe = new PageProbe(browser);
        List<String> axe = probe.accessibilityViolations();
        List<String> overflow = probe.horizontalOverflow();
        List<String> scrolling = probe.innerScrolling();
        List<String> small = probe.smallText();
        browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
        assertAll(
                none("axe-core violations", axe),
                none("horizontal overflow", overflow),
                none("boxes scrolling inside the page", scrolling),
                none("text under " + PageProbe.MIN_FONT_PX + " px", small));
    }

    static Executable none(String what, List<String> problems) {
        Supplier<String> message = () -> what + ":\n  " + String.join("\n  ", problems);
        return () -> assertEquals(List.of(), problems, message);
    }
}

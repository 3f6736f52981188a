package org.swbulletin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the search page in a browser, driven as a reader drives it (search.js itself runs, so this is what checks
 * that the script reads the index as {@code SearchIndexReader} does): typing, an input method composing, filters,
 * highlighting and the URL.
 */
class SearchInABrowserTest {
    /**
     * Types a query as input events would, then waits until results are on screen (not only their count); returns the
     * page's own milliseconds.
     */
    private static final String TYPE_AND_TIME = """
            var q = arguments[0], done = arguments[arguments.length - 1];
            var input = document.getElementById('site-q'), list = document.getElementById('search-results');
            var status = document.getElementById('search-status');
            list.textContent = ''; status.textContent = '';
            var t0 = performance.now();
            input.value = q;
            input.dispatchEvent(new InputEvent('input', {bubbles: true, data: q}));
            (function poll() {
              if (list.children.length) done(performance.now() - t0);
              else if (performance.now() - t0 > 5000) done(-1);
              else setTimeout(poll, 2);
            })();""";

    private static Browser open(String rel) {
        Browser b = Browser.shared();
        b.open(ServedSite.fixture().url(rel), 1366);
        b.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(10));
        return b;
    }

    private static double type(Browser b, String q) {
        return ((Number) b.driver().executeAsyncScript(TYPE_AND_TIME, q)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> results(Browser b, String selector) {
        return (List<String>) b.script("return Array.from(document.querySelectorAll('#search-results ' + arguments[0]))"
                + ".map(e => e.textContent)", selector);
    }

    private static String query(Browser b) {
        return URLDecoder.decode((String) b.script("return location.search"), StandardCharsets.UTF_8);
    }

    @Test
    void typedQueriesListTheirArticlesHighlightedWithinThreeHundredMilliseconds() {
        Browser b = open("search/");
        type(b, "站");
        double ms = type(b, "禁毒");
        assertTrue(ms >= 0 && ms <= 300, "results on screen " + ms + " ms after the last keystroke");
        List<String> titles = results(b, "h2");
        assertEquals(1, titles.size(), titles::toString);
        assertTrue(titles.get(0).contains("禁毒"));
        assertTrue(results(b, "mark").stream().allMatch("禁毒"::equals), "every mark is the query");
        assertTrue(results(b, "mark").size() >= 2, "the title's and the excerpt's");
        assertEquals("?q=禁毒", query(b));
        assertTrue(((String) b.script("return document.getElementById('search-status').textContent")).contains("1"));
    }

    @Test
    void aFirstQueryOnAFreshPageWithNothingCachedShowsItsResultsWithinThreeHundredMilliseconds() {
        Browser b = Browser.shared();
        b.driver().executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
        try {
            b.open(ServedSite.fixture().url("en/search/"), 1366);
            b.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(10));
            double ms = type(b, "社工站");
            assertTrue(ms >= 0 && ms <= 300, "first results on screen " + ms + " ms after the last keystroke");
        } finally {
            b.driver().executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", false));
        }
    }

    @Test
    void aPinyinQueryMarksTheChineseCharactersItReads() {
        Browser b = open("search/");
        type(b, "shegongzhan");
        List<String> marks = results(b, "mark");
        assertTrue(!marks.isEmpty(), "the titles' 社工站 are marked");
        assertTrue(marks.stream().allMatch("社工站"::equals), marks::toString);
        type(b, "Gansu");
        assertTrue(results(b, "p.meta mark").contains("甘肃"), () -> results(b, "p.meta mark").toString());
    }

    @Test
    void anEnglishWordMarksEveryFormOfItsStem() {
        Browser b = open("en/search/");
        type(b, "trained");
        List<String> marks = results(b, "mark");
        assertTrue(marks.stream().anyMatch(m -> m.equalsIgnoreCase("training")), marks::toString);
        assertTrue(marks.stream().allMatch(m -> org.swbulletin.enrich.SearchTokens.stem(m.toLowerCase())
                .equals(org.swbulletin.enrich.SearchTokens.stem("trained"))), marks::toString);
    }

    @Test
    void inputIsIgnoredWhileAnInputMethodComposes() {
        Browser b = open("search/");
        Object found = b.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1], input = document.getElementById('site-q');
                input.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true}));
                input.value = 'jindu';
                input.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: 'jindu'}));
                setTimeout(function () {
                  var during = location.search + '|' + document.getElementById('search-results').children.length;
                  input.value = '禁毒';
                  input.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '禁毒'}));
                  (function poll() {
                    var n = document.getElementById('search-results').children.length;
                    if (n) done(during + '|' + n + '|' + decodeURIComponent(location.search));
                    else setTimeout(poll, 5);
                  })();
                }, 300);""");
        assertEquals("|0|1|?q=禁毒", found);
    }

    @Test
    void filtersNarrowTheResultsAndStayInTheUrl() {
        Browser b = open("search/?q=%E7%A4%BE%E5%B7%A5%E7%AB%99&province=gansu");
        b.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                (function poll() {
                  if (document.getElementById('search-results').children.length) done();
                  else setTimeout(poll, 5);
                })();""");
        List<String> meta = results(b, "p.meta");
        assertTrue(!meta.isEmpty());
        assertTrue(meta.stream().allMatch(m -> m.contains("甘肃")), meta::toString);
        assertTrue((Boolean) b.script("return document.getElementById('search-filters').open"));
        assertEquals("gansu", b.script("return document.querySelector('select[name=province]').value"));
        assertTrue(query(b).contains("province=gansu"));
    }

    @Test
    void chineseExcerptsOnEnglishResultsAreMarkedAsChinese() {
        Browser b = open("en/search/");
        type(b, "禁毒");
        assertEquals(Boolean.TRUE, b.script("var p = document.querySelector('#search-results p.summary');"
                + "return p !== null && p.lang === 'zh-CN'"));
    }
}

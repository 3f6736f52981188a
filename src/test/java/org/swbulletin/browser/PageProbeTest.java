package org.swbulletin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The browser probes find what they look for, and nothing on a page without it. */
class PageProbeTest {
    static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Probe</title>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main><h1>Probe</h1>";

    static PageProbe open(String body, int width) {
        Browser browser = Browser.shared();
        browser.open(URI.create("data:text/html;charset=utf-8,"
                + URLEncoder.encode(HEAD + body + "</main></body></html>", StandardCharsets.UTF_8).replace("+", "%20")),
                width);
        return new PageProbe(browser);
    }

    @Test
    void aCleanPageHasNoProblem() {
        PageProbe probe = open("<p>Plain text at a normal size.</p>"
                + "<svg viewBox=\"0 0 100 20\" width=\"300\" role=\"img\" aria-label=\"chart\"><text x=\"0\" y=\"15\""
                + " font-size=\"5\">scaled up to 15 px</text></svg>", 390);
        assertEquals(List.of(), probe.accessibilityViolations());
        assertEquals(List.of(), probe.horizontalOverflow());
        assertEquals(List.of(), probe.innerScrolling());
        assertEquals(List.of(), probe.smallText());
    }

    @Test
    void aPageWiderThanThePhoneOverflows() {
        List<String> found = open("<div style=\"width:600px\">wide</div>", 390).horizontalOverflow();
        assertTrue(found.get(0).startsWith("page is 6"), found.toString());
    }

    @Test
    void aBoxScrollingInsideThePageIsFound() {
        List<String> found = open("<div class=\"pane\" style=\"height:50px;overflow:auto\">"
                + "<p style=\"height:300px\">tall</p></div>", 1366).innerScrolling();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("div.pane scrolls"), found.toString());
    }

    @Test
    void smallHtmlTextAndSvgTextShrunkByItsViewBoxAreFound() {
        List<String> found = open("<p style=\"font-size:11px\">small</p><span style=\"position:absolute;"
                + "clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden\">screen readers only</span>"
                + "<svg viewBox=\"0 0 400 20\" width=\"200\" role=\"img\" aria-label=\"chart\"><text x=\"0\" y=\"15\""
                + " font-size=\"16\">halved to 8 px</text></svg>", 390).smallText();
        assertEquals(List.of("p \"small\" is 11.0 px", "text \"halved to 8 px\" is 8.0 px"), found);
    }

    @Test
    void anImageWithoutATextAlternativeIsAnAccessibilityViolation() {
        List<String> found = open("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">", 390)
                .accessibilityViolations();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt")), found.toString());
    }
}

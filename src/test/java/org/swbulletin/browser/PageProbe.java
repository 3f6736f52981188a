package org.swbulletin.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader meets on the page the browser shows: accessibility rule violations (axe-core), horizontal overflow,
 * boxes that scroll inside the page, and text too small to read. Each method returns the problems found, one line
 * each, empty when there is none.
 */
public final class PageProbe {
    /** The smallest font size, in CSS pixels as rendered, that visible text may have. */
    public static final double MIN_FONT_PX = 12;

    private final Browser browser;

    public PageProbe(Browser browser) {
        this.browser = browser;
    }

    /** axe-core's violations, with the elements at fault. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().analyze(browser.driver());
        List<String> out = new ArrayList<>();
        if (results.isErrored()) {
            out.add("axe-core failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            StringBuilder line = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
            rule.getNodes().stream().limit(5).forEach(n -> line.append("\n    at ").append(n.getTarget())
                    .append(": ").append(n.getHtml().length() > 160 ? n.getHtml().substring(0, 160) + "…" : n.getHtml()));
            out.add(line.toString());
        }
        return out;
    }

    /** The page is wider than the viewport: the reader would have to scroll sideways. */
    public List<String> horizontalOverflow() {
        return lines("""
                const out = [];
                const vw = document.documentElement.clientWidth;
                const sw = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
                if (sw > vw) {
                  out.push('page is ' + sw + ' px wide in a ' + vw + ' px viewport');
                  for (const el of document.body.querySelectorAll('*')) {
                    const r = el.getBoundingClientRect();
                    if (r.right > vw + 0.5 && r.width > 0 && out.length < 8) {
                      out.push('  ' + describe(el) + ' reaches ' + Math.round(r.right) + ' px');
                    }
                  }
                }
                return out;
                """);
    }

    /** Frames, and boxes that scroll on their own: the page itself must be the only thing that scrolls. */
    public List<String> innerScrolling() {
        return lines("""
                const out = [];
                for (const f of document.querySelectorAll('iframe, frame')) out.push('a frame: ' + describe(f));
                for (const el of document.body.querySelectorAll('*')) {
                  const cs = getComputedStyle(el);
                  const scrollsY = /auto|scroll/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
                  const scrollsX = /auto|scroll/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
                  if (scrollsY || scrollsX) {
                    out.push(describe(el) + ' scrolls: content ' + el.scrollWidth + '×' + el.scrollHeight
                        + ' in a box ' + el.clientWidth + '×' + el.clientHeight);
                  }
                }
                return out;
                """);
    }

    /**
     * Visible text whose rendered size is under {@link #MIN_FONT_PX}: HTML text by its computed font size, SVG text by
     * its font size scaled by the SVG's transform to the screen (a chart drawn in a small box shrinks its labels).
     */
    public List<String> smallText() {
        return lines("""
                const min = arguments[0];
                const out = [];
                const seen = new Set();
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  if (!node.data.trim()) continue;
                  const el = node.parentElement;
                  if (!el || seen.has(el) || el.closest('title, desc, script, style, noscript, template')) continue;
                  seen.add(el);
                  const cs = getComputedStyle(el);
                  if (cs.visibility !== 'visible' || el.getClientRects().length === 0) continue;
                  const range = document.createRange();
                  range.selectNodeContents(node);
                  const r = range.getBoundingClientRect();
                  if (r.width < 2 && r.height < 2) continue; // clipped away, as for screen-reader-only text
                  let size = parseFloat(cs.fontSize);
                  if (el instanceof SVGElement && el.getScreenCTM) {
                    const m = el.getScreenCTM();
                    if (m) size *= Math.sqrt(m.a * m.a + m.b * m.b);
                  }
                  if (size < min - 0.01) {
                    out.push(describe(el) + ' "' + node.data.trim().slice(0, 30) + '" is ' + size.toFixed(1) + ' px');
                  }
                }
                return out;
                """, MIN_FONT_PX);
    }

    @SuppressWarnings("unchecked")
    private List<String> lines(String body, Object... args) {
        String describe = """
                function describe(el) {
                  let s = el.tagName.toLowerCase();
                  if (el.id) s += '#' + el.id;
                  const cls = el.getAttribute('class');
                  if (cls) s += '.' + cls.trim().split(/\\s+/).join('.');
                  const parent = el.parentElement && el.parentElement.closest('[class], [id]');
                  if (parent && parent !== document.body) {
                    s = (parent.id ? '#' + parent.id : '.' + parent.getAttribute('class').trim().split(/\\s+/)[0]) + ' ' + s;
                  }
                  return s;
                }
                """;
        return new ArrayList<>((List<String>) browser.script(describe + body, args));
    }
}

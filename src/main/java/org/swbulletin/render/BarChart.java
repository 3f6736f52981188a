package org.swbulletin.render;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts drawn at build time as an HTML list: one labelled, linked bar per row. HTML rather than SVG
 * because an SVG scales its labels with its box, which shrank them to 8 px on a phone; list text keeps the page's
 * font size at every width, wraps long labels, and reads as a list to a screen reader.
 */
public final class BarChart {
    /**
     * One bar.
     *
     * @param label the row's label
     * @param lang  the label's language tag when it differs from the page's, else null
     * @param value the bar's length in units of the chart
     * @param url   where the bar links to, or null
     */
    public record Bar(String label, String lang, int value, String url) {}

    private BarChart() {}

    /** The list's markup, with an accessible name. */
    public static String html(List<Bar> bars, String label) {
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        StringBuilder s = new StringBuilder(64 + bars.size() * 160);
        s.append("<ul class=\"bars\" aria-label=\"").append(XmlText.escape(label)).append("\">");
        for (Bar b : bars) {
            String lang = b.lang() == null ? "" : " lang=\"" + b.lang() + "\"";
            s.append("<li>");
            if (b.url() != null) {
                s.append("<a href=\"").append(XmlText.escape(b.url())).append('"').append(lang).append('>')
                        .append(XmlText.escape(b.label())).append("</a>");
            } else {
                s.append("<span").append(lang).append('>').append(XmlText.escape(b.label())).append("</span>");
            }
            // The bar is drawn, not read: the number after it says the same.
            s.append("<span class=\"bar\" aria-hidden=\"true\">");
            if (b.value() > 0) {
                s.append("<span style=\"width:").append(String.format(Locale.ROOT, "%.1f", 100.0 * b.value() / max))
                        .append("%\"></span>");
            }
            s.append("</span><span class=\"v\">").append(b.value()).append("</span></li>");
        }
        return s.append("</ul>").toString();
    }
}

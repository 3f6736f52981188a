package org.swbulletin.render;

import java.util.List;

/** Horizontal bar charts as inline SVG, drawn at build time: one labelled, linked bar per row. */
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

    private static final int ROW = 24;
    private static final int WIDTH = 560;

    private BarChart() {}

    /** The SVG markup of the bars, with an accessible name. */
    public static String svg(List<Bar> bars, String label) {
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        int labelWidth = 40;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, textWidth(b.label()));
        }
        labelWidth = Math.min(labelWidth + 8, WIDTH / 2);
        int barSpace = WIDTH - labelWidth - 48;
        StringBuilder s = new StringBuilder(256 + bars.size() * 240);
        s.append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(Math.max(ROW, bars.size() * ROW)).append("\" aria-label=\"")
                .append(XmlText.escape(label)).append("\">");
        int y = 0;
        for (Bar b : bars) {
            int len = max == 0 ? 0 : Math.max(b.value() > 0 ? 2 : 0, (int) Math.round((double) barSpace * b.value() / max));
            if (b.url() != null) {
                s.append("<a href=\"").append(XmlText.escape(b.url())).append("\">");
            }
            s.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2b36\"");
            if (b.lang() != null) {
                s.append(" lang=\"").append(b.lang()).append('"');
            }
            s.append('>').append(XmlText.escape(b.label())).append("</text><rect x=\"").append(labelWidth).append("\" y=\"")
                    .append(y + 4).append("\" width=\"").append(len).append("\" height=\"").append(ROW - 8)
                    .append("\" fill=\"#3f9c94\"/><text x=\"").append(labelWidth + len + 6).append("\" y=\"")
                    .append(y + 16).append("\" font-size=\"12\" fill=\"#1d2b36\">").append(b.value()).append("</text>");
            if (b.url() != null) {
                s.append("</a>");
            }
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    /** Rough width in px at 13px: CJK characters are square, Latin ones about half as wide. */
    private static int textWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += Summary.isCjk(cp) || cp > 0x2E80 ? 13 : 7;
        }
        return w;
    }
}

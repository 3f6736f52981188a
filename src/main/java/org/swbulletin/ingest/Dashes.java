package org.swbulletin.ingest;

/**
 * The dash ({@code ——}) headlines use to join a subtitle: {@code ——全市专业社工已达4.4万人} under a headline, or a
 * kicker ending {@code 社会工作视角下的老年助餐服务——}. The dash is layout: titles and kickers keep the words only.
 */
final class Dashes {
    private static final String DASHES = "—―─-－–";

    private Dashes() {}

    /** A line opened by a dash of two or more strokes: a subtitle. */
    static boolean isSubtitle(String line) {
        return leading(line) >= 2 && leading(line) < line.length();
    }

    /** A line closed by a dash of two or more strokes: a kicker leading into its headline. */
    static boolean endsWithDash(String line) {
        return trailing(line) >= 2 && trailing(line) < line.length();
    }

    /** The line without a dash of two or more strokes at either end, nor the spaces beside it. */
    static String strip(String line) {
        String t = line;
        if (leading(t) >= 2 && leading(t) < t.length()) t = t.substring(leading(t)).strip();
        if (trailing(t) >= 2 && trailing(t) < t.length()) t = t.substring(0, t.length() - trailing(t)).strip();
        return t;
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && DASHES.indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    private static int trailing(String s) {
        int i = 0;
        while (i < s.length() && DASHES.indexOf(s.charAt(s.length() - 1 - i)) >= 0) i++;
        return i;
    }
}

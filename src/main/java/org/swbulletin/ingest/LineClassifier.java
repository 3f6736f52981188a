package org.swbulletin.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits decoded report text into classified {@link Line}s. */
public final class LineClassifier {
    private static final Pattern HEADING = Pattern.compile("^([#＃]{1,6})[ \\t\\u3000]*(.*?)[ \\t\\u3000#＃]*$");

    private LineClassifier() {}

    /** The lines of a report's text (LF line ends), numbered from 1. */
    public static List<Line> classify(String text) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(classify(i + 1, raw[i]));
        }
        return lines;
    }

    /** One line, classified. */
    public static Line classify(int number, String raw) {
        boolean hardBreak = raw.endsWith("  ") || raw.endsWith("\u3000");
        String t = trim(raw);
        if (t.isEmpty()) {
            return new Line(number, LineKind.BLANK, "", false);
        }
        Matcher h = HEADING.matcher(t);
        if (h.matches() && !h.group(2).isEmpty()) {
            LineKind kind = h.group(1).length() <= 2 ? LineKind.HEADING : LineKind.SUBHEADING;
            return new Line(number, kind, h.group(2), hardBreak);
        }
        if (SourceLine.parse(t).isPresent()) {
            return new Line(number, LineKind.SOURCE, t, hardBreak);
        }
        if (PageInfoLine.parse(t).isPresent()) {
            return new Line(number, LineKind.PAGE_INFO, t, hardBreak);
        }
        if (Punctuation.isLonePunctuation(t) || ProductionCredit.is(t)) {
            return new Line(number, LineKind.STRAY, t, hardBreak);
        }
        return new Line(number, LineKind.TEXT, t, hardBreak);
    }

    /** The text without leading and trailing whitespace, full-width spaces and stray byte-order marks included. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
    }
}

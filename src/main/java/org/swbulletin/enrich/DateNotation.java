package org.swbulletin.enrich;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the other ways a report writes a date into the {@code 2023年3月20日} form the date rules read: dotted or
 * slashed digits ({@code 2023.3.20}, {@code 2023-03-20}, {@code 2023/3/20}) and Chinese numerals
 * ({@code 二〇二三年三月二十日}, {@code 三月二十日}), as official notices and signature lines write them.
 */
final class DateNotation {
    /** Year, month and day in digits joined by one kind of separator, not part of a longer number or a share. */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.．/\\-])((?:19|20)\\d{2})\\s*([.．/\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d.．%％])");
    private static final String DIGIT = "〇○零一二三四五六七八九";
    private static final String SMALL = "[一二三四五六七八九十]{1,3}";
    /** A year of four Chinese digits, its month, and perhaps its day. */
    private static final Pattern CHINESE_FULL = Pattern.compile(
            "([" + DIGIT + "]{4})\\s*年\\s*(" + SMALL + ")\\s*月(?:\\s*(" + SMALL + ")\\s*([日号]))?");
    /** A month and day in Chinese numerals, not the tail of a longer numeral. */
    private static final Pattern CHINESE_MONTH_DAY = Pattern.compile(
            "(?<![" + DIGIT + "十百千万年])(" + SMALL + ")\\s*月\\s*(" + SMALL + ")\\s*([日号])");

    private DateNotation() {}

    /** The text with every date it can read written as digits with 年, 月 and 日; other text as it was. */
    static String normalise(String text) {
        if (text == null || !mayHoldOne(text)) {
            return text;
        }
        String out = replace(DIGITS, text, m -> {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            return month >= 1 && month <= 12 && day >= 1 && day <= 31
                    ? m.group(1) + "年" + month + "月" + day + "日" : null;
        });
        if (out.indexOf('月') < 0) {
            return out;
        }
        out = replace(CHINESE_FULL, out, m -> {
            StringBuilder year = new StringBuilder(4);
            for (char c : m.group(1).toCharArray()) {
                int at = DIGIT.indexOf(c);
                year.append(at < 3 ? 0 : at - 2);
            }
            Integer month = small(m.group(2), 12);
            if (month == null) {
                return null;
            }
            String date = year + "年" + month + "月";
            if (m.group(3) == null) {
                return date;
            }
            Integer day = small(m.group(3), 31);
            return day == null ? null : date + day + m.group(4);
        });
        return replace(CHINESE_MONTH_DAY, out, m -> {
            Integer month = small(m.group(1), 12);
            Integer day = small(m.group(2), 31);
            return month == null || day == null ? null : month + "月" + day + m.group(3);
        });
    }

    /** Whether a date in another notation may stand in the text: a cheap test before any pattern runs. */
    private static boolean mayHoldOne(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '月' || ((c == '.' || c == '．' || c == '/' || c == '-') && i > 0
                    && Character.isDigit(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Integer small(String numeral, int max) {
        BigDecimal v = ChineseNumber.parse(numeral);
        return v == null || v.signum() <= 0 || v.intValue() > max ? null : v.intValue();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String replacement = with.apply(m);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}

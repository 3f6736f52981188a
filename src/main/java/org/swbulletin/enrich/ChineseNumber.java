package org.swbulletin.enrich;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals: 四, 十三, 两百 (or Traditional 兩百), 一千零五, and with 万 or 亿 inside them 三万两千 or
 * 一亿二千万 (萬, 億 in Traditional); a 万 or 亿 that ends the numeral is applied by the caller.
 */
final class ChineseNumber {
    private ChineseNumber() {}

    /** The value, or null when the characters are not a well-formed numeral. */
    static BigDecimal parse(String s) {
        int yi = Math.max(s.indexOf('亿'), s.indexOf('億'));
        if (yi >= 0) {
            return sections(s.substring(0, yi), s.substring(yi + 1), 100_000_000L);
        }
        int wan = Math.max(s.indexOf('万'), s.indexOf('萬'));
        if (wan >= 0) {
            return sections(s.substring(0, wan), s.substring(wan + 1), 10_000L);
        }
        return below10000(s);
    }

    private static BigDecimal sections(String high, String low, long magnitude) {
        BigDecimal h = parse(high);
        if (h == null) {
            return null;
        }
        BigDecimal l = low.isEmpty() ? BigDecimal.ZERO : parse(low.startsWith("零") ? low.substring(1) : low);
        return l == null || l.compareTo(BigDecimal.valueOf(magnitude)) >= 0 ? null
                : h.multiply(BigDecimal.valueOf(magnitude)).add(l);
    }

    private static BigDecimal below10000(String s) {
        long total = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零〇一二三四五六七八九".indexOf(c);
            if (c == '两' || c == '兩') {
                d = 2;
            } else if (d >= 2) {
                d -= 1;
            }
            if (d >= 0) {
                if (digit > 0) {
                    return null;
                }
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 ? null : BigDecimal.valueOf(total);
    }
}

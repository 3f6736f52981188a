package org.swbulletin.enrich;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals below ten thousand: 四, 十三, 两百 (or Traditional 兩百), 一千零五; 万 and 亿 are applied by the
 * caller.
 */
final class ChineseNumber {
    private ChineseNumber() {}

    /** The value, or null when the characters are not a well-formed numeral. */
    static BigDecimal parse(String s) {
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

package org.swbulletin.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.swbulletin.Lang;

/**
 * Writes a number the way each language's news writes it (issue #15): Chinese counts in 万 and 亿, English in
 * grouped digits, then millions and billions.
 *
 * <p>Rules, chosen so that no digit is ever lost:
 * <ul>
 * <li>Chinese: below 10,000, and any value with a fraction from 10,000 up, plain digits without grouping
 * (9999, 3.5, 12345.5). A whole number from 10,000 is written in 万 (25,000 → 2.5万, 7,000,000 → 700万,
 * 10,001 → 1.0001万, 99,990,000 → 9999万) and from 100,000,000 in 亿 (106,000,000 → 1.06亿); trailing zeros
 * go. Since a whole number divided by 10,000 has at most four decimals, 万 is always exact; 亿 is used only when
 * it is exact within four decimals (123,456,789 → 12345.6789万).</li>
 * <li>English: below a million, digits grouped by thousands (25,000; 3.5). From a million, "7 million",
 * "1.06 billion", "106 million", when the millions or billions need at most two decimals; otherwise the grouped
 * digits (12,345,678), which are exact.</li>
 * </ul>
 * A negative value (not a figure, but the method is total) keeps its sign in front.
 */
public final class Numerals {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Numerals() {}

    /** The number as a page in {@code lang} writes it. */
    public static String format(BigDecimal value, Lang lang) {
        if (value.signum() < 0) {
            return "-" + format(value.negate(), lang);
        }
        BigDecimal v = value.stripTrailingZeros();
        return lang == Lang.ZH ? chinese(v) : english(v);
    }

    /** A count (of articles, figures) as a page in {@code lang} writes it. */
    public static String format(long count, Lang lang) {
        return format(BigDecimal.valueOf(count), lang);
    }

    private static String chinese(BigDecimal v) {
        boolean whole = v.scale() <= 0;
        if (!whole || v.compareTo(WAN) < 0) {
            return v.toPlainString();
        }
        if (v.compareTo(YI) >= 0) {
            BigDecimal yi = v.divide(YI).stripTrailingZeros();
            if (yi.scale() <= 4) {
                return yi.toPlainString() + "亿";
            }
        }
        return v.divide(WAN).stripTrailingZeros().toPlainString() + "万";
    }

    private static String english(BigDecimal v) {
        if (v.compareTo(BILLION) >= 0) {
            BigDecimal b = v.divide(BILLION).stripTrailingZeros();
            if (b.scale() <= 2) {
                return grouped(b) + " billion";
            }
        }
        if (v.compareTo(MILLION) >= 0) {
            BigDecimal m = v.divide(MILLION).stripTrailingZeros();
            if (m.scale() <= 2) {
                return grouped(m) + " million";
            }
        }
        return grouped(v);
    }

    /** Grouped by thousands, without trailing zeros, the same in every locale. */
    private static String grouped(BigDecimal v) {
        return GROUPED.get().format(v);
    }

    /** One format per thread (a format is not thread-safe): parsing the pattern cost more than formatting. */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));
}

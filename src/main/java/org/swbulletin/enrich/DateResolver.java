package org.swbulletin.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an article's event took place, as far as the text says.
 *
 * <p>The first full date ({@code 2023年6月29日}) gives {@code YYYY-MM-DD}. A month and day without a year
 * ({@code 6月29日}) take the year only when a year stands in the same sentence ({@code 6月29日,2023年第三届…}
 * gives 2023-06-29); a year-month ({@code 2023年6月}) gives {@code YYYY-MM}. Otherwise, and for 近日 or 今年,
 * the date is null: an editor or the report's own date fills it in, never a guess.
 */
public final class DateResolver {
    private static final Pattern FULL = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![年\\d])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?![\\d]*\\s*[-—至])");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");

    /** The event's date, or null. */
    public String resolve(ArticleText text) {
        for (String p : text.paragraphs()) {
            // Every pattern below needs a 月: most paragraphs have none and need no regex scan.
            if (p == null || p.indexOf('月') < 0) {
                continue;
            }
            Matcher full = FULL.matcher(p);
            if (full.find()) {
                return date(full.group(1), full.group(2), full.group(3));
            }
            Matcher md = MONTH_DAY.matcher(p);
            if (md.find()) {
                Matcher y = YEAR.matcher(sentence(p, md.start()));
                return y.find() ? date(y.group(1), md.group(1), md.group(2)) : null;
            }
            Matcher ym = YEAR_MONTH.matcher(p);
            if (ym.find()) {
                return month(ym.group(1), ym.group(2));
            }
        }
        return null;
    }

    private static String sentence(String p, int at) {
        int start = Math.max(p.lastIndexOf('。', at) + 1, 0);
        int end = p.indexOf('。', at);
        return p.substring(start, end < 0 ? p.length() : end);
    }

    private static String date(String y, String m, String d) {
        int mm = Integer.parseInt(m);
        int dd = Integer.parseInt(d);
        if (mm < 1 || mm > 12 || dd < 1 || dd > 31) {
            return null;
        }
        return String.format("%s-%02d-%02d", y, mm, dd);
    }

    private static String month(String y, String m) {
        int mm = Integer.parseInt(m);
        return mm < 1 || mm > 12 ? null : String.format("%s-%02d", y, mm);
    }
}

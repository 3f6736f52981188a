package org.swbulletin.enrich;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an article's event took place, as far as the text and its report say.
 *
 * <p>The first full date ({@code 2023年6月29日}) gives {@code YYYY-MM-DD}. A month and day without a year
 * ({@code 6月29日}) take the year stated in the same sentence ({@code 6月29日,2023年第三届…} gives 2023-06-29), else
 * the report's year when the report gives one ({@link #reportYear}) and the day falls no later than the report's
 * latest dated day; a year-month ({@code 2023年6月}) gives {@code YYYY-MM}. A cut-off ({@code 截至2023年12月}), a
 * starting point ({@code 自2016年9月}), a deadline or a plan's target ({@code 到2025年}, {@code 2025年底前}) is never an
 * article's date. Otherwise, and for 近日 or 今年, the date is null: an editor fills it in, never a guess.
 */
public final class DateResolver {
    private static final Pattern FULL = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![年\\d])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?![\\d]*\\s*[-—至])");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");
    /** Words right before a date that make it a cut-off, a start or a target, not the event's day. */
    private static final List<String> NOT_EVENT_BEFORE = List.of("截至", "截止", "截止到", "到", "至", "自", "从",
            "之前");
    /** Words right after a date that make it a bound, a period or a dateline (3月11日讯), not the event's day. */
    private static final List<String> NOT_EVENT_AFTER = List.of("底", "末", "前", "以来", "起", "开始", "之前", "以前", "讯",
            "止");

    /** The event's date, or null, with no report year to fall back on. */
    public String resolve(ArticleText text) {
        return resolve(text, null);
    }

    /**
     * The event's date, or null.
     *
     * @param report the report's latest dated day ({@code YYYY-MM-DD}) or year ({@code YYYY}), or null
     */
    public String resolve(ArticleText text, String report) {
        for (String p : text.paragraphs()) {
            // Every pattern below needs a 月: most paragraphs have none and need no regex scan.
            if (p == null || p.indexOf('月') < 0) {
                continue;
            }
            Matcher full = FULL.matcher(p);
            while (full.find()) {
                if (event(p, full.start(), full.end())) {
                    return date(full.group(1), full.group(2), full.group(3));
                }
            }
            Matcher md = MONTH_DAY.matcher(p);
            while (md.find()) {
                if (!event(p, md.start(), md.end())) {
                    continue;
                }
                // The sentence's year dates the day only when it is not itself a bound (2021年以来, 从2017年).
                String s = sentence(p, md.start());
                Matcher y = YEAR.matcher(s);
                while (y.find()) {
                    if (event(s, y.start(), y.end())) {
                        return date(y.group(1), md.group(1), md.group(2));
                    }
                }
                return report == null ? null : inReportYear(report, md.group(1), md.group(2));
            }
            Matcher ym = YEAR_MONTH.matcher(p);
            while (ym.find()) {
                if (event(p, ym.start(), ym.end())) {
                    return month(ym.group(1), ym.group(2));
                }
            }
        }
        return null;
    }

    /**
     * What a report's own text dates it to: its latest full date stated as an event, or an article's own date
     * ({@code YYYY-MM-DD}), else its
     * latest event year-month's year ({@code YYYY}), else null. Cut-offs and targets are left out as in
     * {@link #resolve}.
     */
    public static String reportDate(List<ArticleText> articles) {
        String latest = null;
        String latestYear = null;
        DateResolver resolver = new DateResolver();
        for (ArticleText a : articles) {
            // An article's own date (6月29日 with the year in its sentence) dates its report too.
            String own = resolver.resolve(a);
            if (own != null && own.length() == 10 && (latest == null || own.compareTo(latest) > 0)) {
                latest = own;
            }
            for (String p : a.paragraphs()) {
                if (p == null || p.indexOf('月') < 0) {
                    continue;
                }
                Matcher full = FULL.matcher(p);
                while (full.find()) {
                    String d = date(full.group(1), full.group(2), full.group(3));
                    if (d != null && event(p, full.start(), full.end()) && (latest == null || d.compareTo(latest) > 0)) {
                        latest = d;
                    }
                }
                Matcher ym = YEAR_MONTH.matcher(p);
                while (ym.find()) {
                    if (event(p, ym.start(), ym.end()) && (latestYear == null || ym.group(1).compareTo(latestYear) > 0)) {
                        latestYear = ym.group(1);
                    }
                }
            }
        }
        if (latest != null && (latestYear == null || latest.substring(0, 4).compareTo(latestYear) >= 0)) {
            return latest;
        }
        return latestYear;
    }

    private static String inReportYear(String report, String m, String d) {
        String candidate = date(report.substring(0, 4), m, d);
        // 12月18日 in a report whose latest day is 3月21日 happened the year before, or the report does not tell.
        if (candidate == null || report.length() == 10 && candidate.compareTo(report) > 0) {
            return null;
        }
        return candidate;
    }

    /** Whether the date at [start, end) states when something happened rather than a bound or a target. */
    private static boolean event(String p, int start, int end) {
        String before = p.substring(Math.max(0, start - 3), start).stripTrailing();
        for (String w : NOT_EVENT_BEFORE) {
            if (before.endsWith(w)) {
                return false;
            }
        }
        String after = p.substring(end, Math.min(p.length(), end + 3)).stripLeading();
        for (String w : NOT_EVENT_AFTER) {
            if (after.startsWith(w)) {
                return false;
            }
        }
        return true;
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

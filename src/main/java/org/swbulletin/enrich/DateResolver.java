package org.swbulletin.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an article's event took place, as far as the text and its report say.
 *
 * <p>The first full date ({@code 2023年6月29日}) gives {@code YYYY-MM-DD}. A month and day without a year
 * ({@code 6月29日}) take the year stated in the same sentence ({@code 6月29日,2023年第三届…} gives 2023-06-29), else
 * the report's year when the report gives one ({@link #reportDate}) and the day falls no more than a season after
 * the report's latest dated day, else the year before when that puts the day within a season before it (a digest
 * spanning the new year); a year-month ({@code 2023年6月}) gives {@code YYYY-MM}. A period is dated by its
 * first day when it lasts a week at most ({@code 3月18日至24日}), by its month when longer but within one month, and
 * not at all when it spans months. A cut-off ({@code 截至2023年12月}), a starting point ({@code 自2016年9月}), a
 * deadline, a plan's target ({@code 到2025年}, {@code 将于2025年}) or a historical year ({@code 早在2007年}) is never
 * an article's date, nor is the date of a policy document cited after the lead ({@code 2023年10月,民政部印发《…》}).
 * An agency dateline ({@code 新华社南宁10月29日电}, {@code 3月20日讯}) dates the article when its lead states no other
 * day and no vague past (近日, 日前), the day before it when the dispatch says {@code 昨日}. Otherwise, and for 近日 or 今年, the date is null: an editor fills it in, never a
 * guess.
 */
public final class DateResolver {
    private static final Pattern FULL = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![年\\d])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?![\\d]*\\s*[-—至])");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");
    /** The end of a period right after its first day: 至24日, -9月6日, 到3月30日. */
    private static final Pattern PERIOD_END = Pattern.compile("^\\s*[至到\\-—–~～]\\s*(?:(\\d{1,2})\\s*月)?\\s*(\\d{1,2})\\s*[日号]");
    /** A paragraph that is only a date, as under a signature. */
    private static final Pattern DATE_ALONE = Pattern.compile("(?:(?:19|20)\\d{2}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]");
    /** Words in a lead saying the event happened some time before the dateline. */
    private static final Pattern VAGUE_PAST = Pattern.compile("近日|日前|前不久|不久前|近期|此前|上周|上月|前些天");
    /** Words in a dispatch's first sentence for the day before its dateline. */
    private static final Pattern YESTERDAY = Pattern.compile("昨日|昨天");
    /** A policy document being issued: its date, cited after the lead, is background. */
    private static final Pattern ISSUED = Pattern.compile("(?:印发|出台|颁布|发布|公布|下发|制定)了?《");
    private static final TimeWords WORDS = TimeWords.bundled();
    /** A future year scheduled in a sentence that also says 今年: this year is the one before it. */
    private static final Pattern FUTURE_YEAR = Pattern.compile(
            "(?:" + TimeWords.alternation(WORDS.scheduled()) + ")\\s*((?:19|20)\\d{2})\\s*年");
    /** Words right before a date that make it a cut-off, a start, a target or history, not the event's day. */
    private static final List<String> NOT_EVENT_BEFORE = WORDS.notEventBefore();
    /** Words right after a date that make it a bound, a period or a dateline (3月11日讯), not the event's day. */
    private static final List<String> NOT_EVENT_AFTER = WORDS.boundsAfter();
    /** Dashes that may join two dates into a range. */
    private static final String DASHES = "-—–－~～";
    /** How long after the report's latest dated day an undated-year day may still be of the report's year. */
    private static final int SEASON_DAYS = 92;
    /** The longest period dated by its first day (a week: 3月18日至24日). */
    private static final int WEEK_DAYS = 6;

    /** What a paragraph says about the date: nothing, or an event whose date is {@code date} (null: not datable). */
    private record Found(String date) {}

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
        int lead = lead(text.paragraphs());
        for (int i = 0; i < text.paragraphs().size(); i++) {
            String p = DateNotation.normalise(text.paragraphs().get(i));
            // Every pattern below needs a 月: most paragraphs have none and need no regex scan.
            if (p == null || p.indexOf('月') < 0) {
                continue;
            }
            // Past the lead and the paragraph after it (an opening quote or theme may come first), only a line that
            // is a date alone (a signature's date) dates the article: a day told further on (a training after the
            // launch the article reports) is a step of the story, not its date.
            if (i > lead + 1 && !DATE_ALONE.matcher(p.strip()).matches()) {
                continue;
            }
            Found found = i == lead ? inLead(p, report) : inParagraph(p, 0, report, i > lead);
            if (found != null) {
                return found.date();
            }
        }
        return null;
    }

    /** The lead's event date; a dateline opening it counts when the lead gives no other day nor a vague past. */
    private Found inLead(String p, String report) {
        Dateline line = Dateline.of(p);
        if (line == null) {
            return inParagraph(p, 0, report, false);
        }
        Found other = inParagraph(p, line.end(), report, false);
        if (other != null) {
            return other;
        }
        if (!line.dated()) {
            return null;
        }
        if (VAGUE_PAST.matcher(p).find()) {
            return new Found(null);
        }
        String filed = line.year() != null ? date(line.year(), line.month(), line.day())
                : dayOfUnstatedYear(p, 0, line.month(), line.day(), report);
        // 新华社南宁10月29日电 昨日,…: the dispatch tells of the day before it was filed.
        if (filed != null && YESTERDAY.matcher(sentence(p, line.end())).find()) {
            return new Found(LocalDate.parse(filed).minusDays(1).toString());
        }
        return new Found(filed);
    }

    private Found inParagraph(String whole, int from, String report, boolean afterLead) {
        String p = whole.substring(from);
        Matcher full = FULL.matcher(p);
        while (full.find()) {
            if (event(p, full.start(), full.end()) && !(afterLead && issued(p, full.end()))) {
                return period(p, full.end(), full.group(1), full.group(2), full.group(3));
            }
        }
        Matcher md = MONTH_DAY.matcher(p);
        while (md.find()) {
            if (!event(p, md.start(), md.end()) || afterLead && issued(p, md.end())) {
                continue;
            }
            String day = dayOfUnstatedYear(p, md.start(), md.group(1), md.group(2), report);
            return day == null ? new Found(null) : period(p, md.end(), day.substring(0, 4), md.group(1), md.group(2));
        }
        Matcher ym = YEAR_MONTH.matcher(p);
        while (ym.find()) {
            if (event(p, ym.start(), ym.end()) && !(afterLead && issued(p, ym.end()))) {
                return new Found(month(ym.group(1), ym.group(2)));
            }
        }
        return null;
    }

    /** A day whose year the text leaves out: the sentence's own year, else the report's, else null. */
    private static String dayOfUnstatedYear(String p, int at, String m, String d, String report) {
        // The sentence's year dates the day only when it is not itself a bound (2021年以来, 从2017年).
        String s = sentence(p, at);
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            if (event(s, y.start(), y.end())) {
                return date(y.group(1), m, d);
            }
        }
        return report == null ? null : inReportYear(report, m, d);
    }

    /** The date of an event starting on y-m-d: the day, or the month or nothing when it is a longer period. */
    private static Found period(String p, int end, String y, String m, String d) {
        String start = date(y, m, d);
        Matcher to = PERIOD_END.matcher(p.substring(end));
        if (start == null || !to.find()) {
            return new Found(start);
        }
        String last = date(y, to.group(1) == null ? m : to.group(1), to.group(2));
        if (last == null || last.compareTo(start) < 0) {
            return new Found(start);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(start), LocalDate.parse(last));
        if (days <= WEEK_DAYS) {
            return new Found(start);
        }
        // A campaign of weeks is dated by its month; one spanning months by no single day or month.
        return new Found(start.substring(0, 7).equals(last.substring(0, 7)) ? start.substring(0, 7) : null);
    }

    /**
     * What a report's own text dates it to: its latest full date stated as an event, or an article's own date
     * ({@code YYYY-MM-DD}), else its latest event year ({@code YYYY}, from a year-month or a year alone: 2018年,我区投入…),
     * else the year before a future year said with 今年 (今年…将于2025年招生 gives 2024), else null. Cut-offs,
     * targets, history and policy dates cited after a lead are left out as in {@link #resolve}.
     */
    public static String reportDate(List<ArticleText> articles) {
        String latest = null;
        String latestYear = null;
        String yearBeforeFuture = null;
        DateResolver resolver = new DateResolver();
        for (ArticleText a : articles) {
            // An article's own date (6月29日 with the year in its sentence) dates its report too.
            String own = resolver.resolve(a);
            if (own != null && own.length() == 10 && (latest == null || own.compareTo(latest) > 0)) {
                latest = own;
            }
            int lead = lead(a.paragraphs());
            for (int i = 0; i < a.paragraphs().size(); i++) {
                String p = DateNotation.normalise(a.paragraphs().get(i));
                if (p == null || p.indexOf('年') < 0) {
                    continue;
                }
                boolean afterLead = i > lead;
                Matcher full = FULL.matcher(p);
                while (full.find()) {
                    String d = date(full.group(1), full.group(2), full.group(3));
                    if (d != null && stated(p, full.start(), full.end(), afterLead)
                            && (latest == null || d.compareTo(latest) > 0)) {
                        latest = d;
                    }
                }
                Matcher y = YEAR.matcher(p);
                while (y.find()) {
                    if (stated(p, y.start(), y.end(), afterLead)
                            && (latestYear == null || y.group(1).compareTo(latestYear) > 0)) {
                        latestYear = y.group(1);
                    }
                }
                Matcher future = FUTURE_YEAR.matcher(p);
                while (future.find()) {
                    if (sentence(p, future.start()).contains("今年")) {
                        yearBeforeFuture = String.valueOf(Integer.parseInt(future.group(1)) - 1);
                    }
                }
            }
        }
        if (latest != null && (latestYear == null || latest.substring(0, 4).compareTo(latestYear) >= 0)) {
            return latest;
        }
        return latestYear != null ? latestYear : yearBeforeFuture;
    }

    private static boolean stated(String p, int start, int end, boolean afterLead) {
        return event(p, start, end) && !(afterLead && issued(p, end));
    }

    /** The index of the lead: the first paragraph that ends a sentence (a byline or a subheading does not). */
    private static int lead(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p != null && (p.contains("。") || p.contains("!") || p.contains("！"))) {
                return i;
            }
        }
        return 0;
    }

    /** Whether the clause after a date tells of a policy document issued (…,民政部等11部门印发《…》). */
    private static boolean issued(String p, int end) {
        int stop = p.length();
        for (char c : new char[] {'。', ';', '；'}) {
            int at = p.indexOf(c, end);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        return ISSUED.matcher(p.substring(end, stop)).find();
    }

    private static String inReportYear(String report, String m, String d) {
        String candidate = date(report.substring(0, 4), m, d);
        if (candidate == null || report.length() < 10) {
            return candidate;
        }
        // A digest gathers a season's news, and the report's latest stated day is only the latest its text gives:
        // 10月29日 beside a latest day of 9月24日 is of that year (a day or a dated dispatch the digest reached
        // later). A day more than a season after it is the previous year's when that puts it within the season
        // before (12月18日 in a digest whose latest day is 3月10日: the digest spans the new year); else the
        // report does not tell. No text can show that a digest mixes years (a May day beside a March one of a
        // later year): that is what an editor's report date is for.
        LocalDate latest = LocalDate.parse(report);
        if (ChronoUnit.DAYS.between(latest, LocalDate.parse(candidate)) <= SEASON_DAYS) {
            return candidate;
        }
        String yearBefore = date(String.valueOf(latest.getYear() - 1), m, d);
        return yearBefore != null
                && ChronoUnit.DAYS.between(LocalDate.parse(yearBefore), latest) <= SEASON_DAYS ? yearBefore : null;
    }

    /**
     * Whether the date at [start, end) states when something happened rather than a bound, a target or part of a
     * document's title.
     */
    private static boolean event(String p, int start, int end) {
        // A year in a document's name (《…和2035年远景目标纲要》) names the document, not a day anything happened.
        if (p.lastIndexOf('《', start) > p.lastIndexOf('》', start)) {
            return false;
        }
        String before = p.substring(Math.max(0, start - 3), start).stripTrailing();
        for (String w : NOT_EVENT_BEFORE) {
            if (before.endsWith(w) && !(DASHES.indexOf(w.charAt(0)) >= 0 && !rangeDash(p, start))) {
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

    /**
     * Whether the dashes right before a date join it to an earlier date or number (2021-2025年, 3月—5月): a range. A
     * Chinese dash after words (…赋能计划——2025年第一期培训) sets off a name, and the year is the event's.
     */
    private static boolean rangeDash(String p, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(p.charAt(i)) || DASHES.indexOf(p.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && (Character.isDigit(p.charAt(i)) || "年月日号".indexOf(p.charAt(i)) >= 0);
    }

    private static String sentence(String p, int at) {
        int start = Math.max(p.lastIndexOf('。', at) + 1, 0);
        int end = p.indexOf('。', at);
        return p.substring(start, end < 0 ? p.length() : end);
    }

    private static String date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String month(String y, String m) {
        int mm = Integer.parseInt(m);
        return mm < 1 || mm > 12 ? null : String.format("%s-%02d", y, mm);
    }
}

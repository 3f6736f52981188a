package org.swbulletin.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a lead: an outlet and the place it filed from, the day, then 电 or 讯
 * ({@code 新华社南宁10月29日电}, {@code 青岛广电·爱青岛3月20日讯}, {@code 中新社兰州电}). The place there is where the
 * reporter filed from, not what the story is about, and the day is when it was filed.
 *
 * @param year  the year written in the dateline, or null
 * @param month the month, or null when the dateline gives no day
 * @param day   the day of the month, or null
 * @param end   where the dateline ends in the paragraph
 */
record Dateline(String year, String month, String day, int end) {
    private static final Pattern DATED = Pattern.compile(
            "^\\s*[^。，,；;:：()（）]{0,16}?(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[电讯]");
    /** Outlets whose dateline may carry no day (新华社南宁电), listed in {@code time-words.yaml}. */
    private static final Pattern UNDATED = Pattern.compile("^\\s*(?:"
            + TimeWords.alternation(TimeWords.bundled().datelineOutlets()) + ")[^。，,；;:：()（）\\d]{0,6}?[电讯]");

    /** The dateline opening {@code lead}, or null. */
    static Dateline of(String lead) {
        if (lead == null) {
            return null;
        }
        Matcher dated = DATED.matcher(lead);
        if (dated.find()) {
            return new Dateline(dated.group(1), dated.group(2), dated.group(3), dated.end());
        }
        Matcher undated = UNDATED.matcher(lead);
        return undated.find() ? new Dateline(null, null, null, undated.end()) : null;
    }

    /** Whether the dateline gives the day it was filed. */
    boolean dated() {
        return day != null;
    }

    /** The lead without its dateline, for reading what the story is about. */
    static String strip(String lead) {
        Dateline d = of(lead);
        return d == null ? lead : lead.substring(d.end());
    }
}

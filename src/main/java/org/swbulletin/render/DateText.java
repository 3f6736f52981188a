package org.swbulletin.render;

/**
 * Front-matter dates ({@code YYYY-MM-DD} or {@code YYYY-MM}, and {@code YYYY} for a report dated only by its year) as
 * a reader expects them in each language.
 */
public final class DateText {
    private final Messages messages;

    /** Dates worded with the given table's {@code date.*} and {@code month.*} strings. */
    public DateText(Messages messages) {
        this.messages = messages;
    }

    /** The date for display, or the table's "undated" text when null. */
    public String format(String date) {
        if (date != null && date.length() == 4) {
            return messages.format("date.year", "y", date);
        }
        if (date == null || date.length() < 7) {
            return messages.get("date.undated");
        }
        String y = date.substring(0, 4);
        int m = Integer.parseInt(date.substring(5, 7));
        String month = messages.get("month." + m);
        if (date.length() >= 10) {
            return messages.format("date.day", "y", y, "m", m, "month", month, "d",
                    Integer.parseInt(date.substring(8, 10)));
        }
        return messages.format("date.month", "y", y, "m", m, "month", month);
    }

    /** A month key {@code YYYY-MM} for archive headings. */
    public String month(String yearMonth) {
        return format(yearMonth.substring(0, 7));
    }

    /** The date as an ISO 8601 instant at midnight UTC, for feeds and metadata; null when undated. */
    public static String instant(String date) {
        if (date == null || date.length() < 7) {
            return null;
        }
        return (date.length() >= 10 ? date.substring(0, 10) : date.substring(0, 7) + "-01") + "T00:00:00Z";
    }

    /** The date as an ISO 8601 calendar date for {@code <time datetime>}; null when undated. */
    public static String iso(String date) {
        if (date != null && date.length() == 4) {
            return date;
        }
        if (date == null || date.length() < 7) {
            return null;
        }
        return date.length() >= 10 ? date.substring(0, 10) : date.substring(0, 7);
    }
}

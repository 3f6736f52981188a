package org.swbulletin.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The date forms content may hold ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}), for articles' and report files'
 * rules alike: a form is told apart from a day or month that does not exist (2023-02-30), so messages can say which.
 */
final class CalendarDate {
    static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final Pattern YEAR = Pattern.compile("\\d{4}");

    private CalendarDate() {}

    /** Whether {@code s} is written {@code YYYY-MM-DD} and is a day of the calendar. */
    static boolean isDay(String s) {
        if (!DAY.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code s} is written {@code YYYY-MM} and is a month of the calendar. */
    static boolean isMonth(String s) {
        if (!MONTH.matcher(s).matches()) {
            return false;
        }
        try {
            YearMonth.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

package org.swbulletin.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a build publishes: articles are held while they are drafts ({@code draft: true}, or a translation still
 * holding its draft notes) or until their {@code publish_after} day; with {@link #drafts()}, held articles are shown too,
 * each marked as a draft.
 *
 * @param today  the day of the build, which {@code publish_after} is compared with
 * @param drafts true to show held articles (marked {@code draft: true}), as a preview does
 */
public record Publication(LocalDate today, boolean drafts) {
    /** The bulletin's dates are Chinese dates: an article due on a day appears when that day starts in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Checks that the day is given. */
    public Publication {
        Objects.requireNonNull(today, "today");
    }

    /** Publishing as of today in {@link #ZONE}, drafts held. */
    public static Publication asOfToday() {
        return new Publication(LocalDate.now(ZONE), false);
    }

    /** This publication, showing drafts or not. */
    public Publication withDrafts(boolean show) {
        return new Publication(today, show);
    }

    /** Why an article is held from publishing as of {@link #today()}, or null when it is published. */
    String holdReason(Article a) {
        if (a.draft()) {
            return "draft: true";
        }
        if (a.publishAfter() != null) {
            try {
                LocalDate due = LocalDate.parse(a.publishAfter());
                if (today.isBefore(due)) {
                    return "publish_after " + a.publishAfter();
                }
            } catch (java.time.format.DateTimeParseException e) {
                return "publish_after '" + a.publishAfter() + "' is not a date"; // also an error: nothing is built
            }
        }
        return null;
    }
}

package org.swbulletin.enrich;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A key statistic stated in an article: what is counted, the normalised number, its unit and the words it came from.
 *
 * <p>Example: {@code 持证社工总数1.21万余人} gives label {@code 持证社工}, value {@code 12100}, unit {@code 人},
 * qualifier {@code 余}.
 *
 * @param label     the thing counted, never the whole sentence
 * @param value     the number, magnitude words applied (1.21万 is 12100)
 * @param unit      the measure word or unit ({@code 个}, {@code 人}, {@code 元}, {@code %}); may be empty
 * @param qualifier an approximation word ({@code 余}, {@code 多}, {@code 近}, {@code 超过}, {@code 达}), or null
 * @param text      the phrase of the article the figure was read from
 */
public record Figure(String label, BigDecimal value, String unit, String qualifier, String text) {

    /** Validates that the label, value and text are present. */
    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        unit = unit == null ? "" : unit;
    }
}

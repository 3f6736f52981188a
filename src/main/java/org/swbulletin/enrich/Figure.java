package org.swbulletin.enrich;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A key statistic stated in an article: what is counted, the normalised number, its unit, what kind of figure it is
 * and the words it came from.
 *
 * <p>Example: {@code 持证社工总数1.21万余人} gives label {@code 持证社工}, value {@code 12100}, unit {@code 人},
 * qualifier {@code 余}, kind {@code total}; {@code 每万人拥有持证社工18.5名} gives value 18.5, unit {@code 名/万人},
 * kind {@code ratio}.
 *
 * @param label     the thing counted, never the whole sentence
 * @param value     the number, magnitude words applied (1.21万 is 12100)
 * @param unit      the measure word or unit ({@code 个}, {@code 人}, {@code 元}, {@code %}); for a ratio the measure
 *                  word, a slash and the base ({@code 名/万人}); may be empty
 * @param qualifier an approximation word ({@code 余}, {@code 多}, {@code 近}, {@code 超过}, {@code 达}), or null
 * @param text      the phrase of the article the figure was read from
 * @param kind      one of {@link #KINDS}: a count or stock ({@code total}), a rise over an earlier count
 *                  ({@code increase}), an amount per base ({@code ratio}), a sum of yuan ({@code money}) or a part of
 *                  a whole in per cent ({@code share})
 */
public record Figure(String label, BigDecimal value, String unit, String qualifier, String text, String kind) {
    /** A count or stock: 社工站850个. */
    public static final String TOTAL = "total";
    /** A rise over an earlier count: 比上年增加6.4万人. */
    public static final String INCREASE = "increase";
    /** An amount per base: 每万人拥有18.5名. */
    public static final String RATIO = "ratio";
    /** A sum of yuan: 投入230万元. */
    public static final String MONEY = "money";
    /** A part of a whole, in per cent: 覆盖率达83%. */
    public static final String SHARE = "share";
    /** Every kind, in the order the docs list them. */
    public static final List<String> KINDS = List.of(TOTAL, INCREASE, RATIO, MONEY, SHARE);

    /** Validates that the label, value and text are present and the kind is known; a null kind is the usual one. */
    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        unit = unit == null ? "" : unit;
        kind = kind == null ? usualKind(unit) : kind;
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown figure kind '" + kind + "' (known: " + String.join(", ", KINDS) + ")");
        }
    }

    /** A figure of the kind its unit usually has (what files written before kinds existed mean). */
    public Figure(String label, BigDecimal value, String unit, String qualifier, String text) {
        this(label, value, unit, qualifier, text, null);
    }

    /** The kind a figure of this unit has unless said otherwise: yuan are money, per cent a share, the rest totals. */
    public static String usualKind(String unit) {
        if (unit == null) {
            return TOTAL;
        }
        return unit.equals("元") ? MONEY : unit.equals("%") ? SHARE : unit.contains("/") ? RATIO : TOTAL;
    }

    /** The same figure with another label. */
    public Figure withLabel(String newLabel) {
        return new Figure(newLabel, value, unit, qualifier, text, kind);
    }
}

package org.swbulletin.render;

import org.swbulletin.Lang;
import java.util.Set;
import org.swbulletin.enrich.Figure;

/**
 * Words a key figure for a language: label from the glossary, number by {@link Numerals}, qualifier and unit from the UI
 * table. A rise reads as one ({@code 增加6.4万人}, {@code +64,000 people}) and a ratio names its base
 * ({@code 每万人18.5名}, {@code 18.5 people per 10,000 people}), through the table's {@code figures.increase},
 * {@code figures.ratio} and {@code per.*} entries.
 */
public final class FigureText {
    /** Qualifiers Chinese writes after the number (余人, 多个); the others come before it (近, 超过, 达). */
    private static final Set<String> AFTER_NUMBER = Set.of("余", "多");
    /** Qualifiers Chinese writes after the unit (80%以上). */
    private static final Set<String> AFTER_UNIT = Set.of("以上");
    /** Enrich writes a range 5-8 as value 5 with the qualifier {@code 至8}. */
    private static final String RANGE = "至";

    private final Messages messages;
    private final Names names;

    /** Figures worded with the table's {@code qualifier.*} and {@code unit.*} entries. */
    public FigureText(Messages messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    /** The figure as a page shows it; {@code articleUrl} and {@code articleTitle} may be null. */
    public FigureView view(Figure f, String articleUrl, String articleTitle) {
        int slash = f.unit().indexOf('/');
        if (!f.kind().equals(Figure.RATIO) || slash < 0) {
            FigureView v = plain(f, f.unit(), articleUrl, articleTitle);
            return f.kind().equals(Figure.INCREASE) ? withValue(v, messages.format("figures.increase", "value", v.value()))
                    : v;
        }
        String base = f.unit().substring(slash + 1);
        FigureView v = plain(f, f.unit().substring(0, slash), articleUrl, articleTitle);
        if (messages.lang() == Lang.ZH) {
            return withValue(v, messages.format("figures.ratio", "value", v.value(), "base", base));
        }
        String per = messages.getOr("per." + base, null);
        if (per == null) {
            // A base the table lacks stays Chinese after the value, marked as such like an unknown measure word.
            if (v.untranslatedUnit() != null) {
                return new FigureView(v.label(), v.value(), v.untranslatedUnit() + "/" + base,
                        v.text(), v.articleUrl(), v.articleTitle());
            }
            return new FigureView(v.label(), messages.format("figures.ratio", "value", v.value(),
                    "base", "").strip(), base, v.text(), v.articleUrl(), v.articleTitle());
        }
        return withValue(v, messages.format("figures.ratio", "value", v.value(), "base", per));
    }

    private static FigureView withValue(FigureView v, String value) {
        return new FigureView(v.label(), value, v.untranslatedUnit(), v.text(), v.articleUrl(),
                v.articleTitle());
    }

    private FigureView plain(Figure f, String figureUnit, String articleUrl, String articleTitle) {
        String number = Numerals.format(f.value(), messages.lang());
        String q = f.qualifier();
        String rangeEnd = q != null && q.startsWith(RANGE) ? q.substring(RANGE.length()) : null;
        String label;
        String value;
        String untranslatedUnit = null;
        if (messages.lang() == Lang.ZH) {
            label = f.label();
            if (rangeEnd != null) {
                value = number + RANGE + rangeEnd + figureUnit;
            } else {
                boolean before = q != null && !AFTER_NUMBER.contains(q) && !AFTER_UNIT.contains(q);
                value = (before ? q : "") + number + (q != null && AFTER_NUMBER.contains(q) ? q : "") + figureUnit
                        + (q != null && AFTER_UNIT.contains(q) ? q : "");
            }
        } else {
            // A label the glossary lacks gets a composed English rendering, never the Chinese.
            label = names.label(f.label(), Lang.EN);
            String qualifier = q == null || rangeEnd != null ? "" : messages.getOr("qualifier." + q, "");
            String unit = figureUnit.isEmpty() ? "" : messages.getOr("unit." + figureUnit, null);
            if (unit == null) {
                // A measure word the table lacks stays Chinese, marked as such by the template.
                unit = "";
                untranslatedUnit = figureUnit;
            }
            value = (qualifier.isEmpty() ? "" : qualifier + " ") + number + (rangeEnd == null ? "" : "–" + rangeEnd)
                    + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
        }
        return new FigureView(label, value, untranslatedUnit, f.text(), articleUrl, articleTitle);
    }
}

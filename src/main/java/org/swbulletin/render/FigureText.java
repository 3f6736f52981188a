package org.swbulletin.render;

import org.swbulletin.Lang;
import java.util.Set;
import org.swbulletin.enrich.Figure;

/** Words a key figure for a language: label from the glossary, number by {@link Numerals}, qualifier and unit from the UI table. */
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
        String number = Numerals.format(f.value(), messages.lang());
        String q = f.qualifier();
        String rangeEnd = q != null && q.startsWith(RANGE) ? q.substring(RANGE.length()) : null;
        String label;
        String labelLang = null;
        String value;
        String untranslatedUnit = null;
        if (messages.lang() == Lang.ZH) {
            label = f.label();
            if (rangeEnd != null) {
                value = number + RANGE + rangeEnd + f.unit();
            } else {
                boolean before = q != null && !AFTER_NUMBER.contains(q) && !AFTER_UNIT.contains(q);
                value = (before ? q : "") + number + (q != null && AFTER_NUMBER.contains(q) ? q : "") + f.unit()
                        + (q != null && AFTER_UNIT.contains(q) ? q : "");
            }
        } else {
            // A label the glossary lacks gets a composed English rendering, never the Chinese.
            label = names.label(f.label(), Lang.EN);
            String qualifier = q == null || rangeEnd != null ? "" : messages.getOr("qualifier." + q, "");
            String unit = f.unit().isEmpty() ? "" : messages.getOr("unit." + f.unit(), null);
            if (unit == null) {
                // A measure word the table lacks stays Chinese, marked as such by the template.
                unit = "";
                untranslatedUnit = f.unit();
            }
            value = (qualifier.isEmpty() ? "" : qualifier + " ") + number + (rangeEnd == null ? "" : "–" + rangeEnd)
                    + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
        }
        return new FigureView(label, labelLang, value, untranslatedUnit, f.text(), articleUrl, articleTitle);
    }
}

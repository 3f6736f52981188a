package org.swbulletin.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import org.swbulletin.enrich.Figure;

/** Words a key figure for a language: label from the glossary, number grouped, qualifier and unit from the UI table. */
public final class FigureText {
    /** Qualifiers Chinese writes after the number (余人, 多个); the others come before it (近, 超过, 达). */
    private static final Set<String> AFTER_NUMBER = Set.of("余", "多");

    private final Messages messages;
    private final Names names;

    /** Figures worded with the table's {@code qualifier.*} and {@code unit.*} entries. */
    public FigureText(Messages messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    /** The figure as a page shows it; {@code articleUrl} and {@code articleTitle} may be null. */
    public FigureView view(Figure f, String articleUrl, String articleTitle) {
        String number = number(f.value());
        String q = f.qualifier();
        String value;
        String label;
        String labelLang = null;
        if (messages.lang() == Lang.ZH) {
            label = f.label();
            value = (q != null && !AFTER_NUMBER.contains(q) ? q : "") + number
                    + (q != null && AFTER_NUMBER.contains(q) ? q : "") + f.unit();
        } else {
            var en = names.term(f.label(), Lang.EN);
            label = en.orElse(f.label());
            labelLang = en.isPresent() ? null : Lang.ZH.htmlLang();
            String qualifier = q == null ? "" : messages.getOr("qualifier." + q, "");
            String unit = f.unit().isEmpty() ? "" : messages.getOr("unit." + f.unit(), f.unit());
            value = (qualifier.isEmpty() ? "" : qualifier + " ") + number
                    + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
        }
        return new FigureView(label, labelLang, value, f.text(), articleUrl, articleTitle);
    }

    /** A number grouped by thousands, without trailing zeros, the same in every locale. */
    static String number(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}

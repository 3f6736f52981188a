package org.swbulletin.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.swbulletin.render.JsonLd;
import org.swbulletin.render.OpenData;

/**
 * Writes an {@link OpenData.Table} as {@code data/<name>.csv} and {@code data/<name>.json}, from the same columns.
 *
 * <p>CSV follows RFC 4180: comma-separated, CRLF line ends, a header row, a field quoted (with its quotes doubled) when
 * it holds a comma, a quote or a line end. It starts with a UTF-8 byte order mark: Excel, which most editors open a
 * CSV with, reads a file without one in the machine's legacy code page (GBK on a Chinese Windows), garbling every
 * Chinese name; with it, Excel, LibreOffice, pandas and R all read UTF-8 (Python's {@code csv} module needs
 * {@code encoding="utf-8-sig"}, as the README says). JSON has no mark (RFC 8259 forbids one): an array of objects,
 * one per line, each with every column as a key in the same order, {@code null} where CSV has an empty field, lists as
 * arrays and numbers and booleans as such.
 */
public final class OpenDataFiles {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private OpenDataFiles() {}

    /** The table's CSV file, relative to the site. */
    public static String csvFile(OpenData.Table<?> table) {
        return OpenData.file(table.name(), "csv");
    }

    /** The table's JSON file, relative to the site. */
    public static String jsonFile(OpenData.Table<?> table) {
        return OpenData.file(table.name(), "json");
    }

    /** The table as CSV bytes, byte order mark first. */
    public static <R> byte[] csv(OpenData.Table<R> table) {
        StringBuilder s = new StringBuilder(256 + table.rows().size() * 400);
        List<OpenData.Column<R>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            s.append(i == 0 ? "" : ",").append(columns.get(i).name());
        }
        s.append("\r\n");
        for (R row : table.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                field(s, csvText(columns.get(i).value().apply(row)));
            }
            s.append("\r\n");
        }
        byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /** The table as JSON bytes. */
    public static <R> byte[] json(OpenData.Table<R> table) {
        StringBuilder s = new StringBuilder(256 + table.rows().size() * 600);
        s.append('[');
        boolean firstRow = true;
        for (R row : table.rows()) {
            s.append(firstRow ? "\n{" : ",\n{");
            firstRow = false;
            boolean first = true;
            for (OpenData.Column<R> c : table.columns()) {
                if (!first) {
                    s.append(',');
                }
                first = false;
                JsonLd.quote(s, c.name());
                s.append(':');
                jsonValue(s, c.value().apply(row));
            }
            s.append('}');
        }
        s.append("\n]\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            StringBuilder s = new StringBuilder();
            for (Object item : l) {
                s.append(s.length() == 0 ? "" : OpenData.LIST_SEPARATOR).append(item);
            }
            return s.toString();
        }
        return number(v);
    }

    private static void field(StringBuilder s, String v) {
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            s.append(v);
            return;
        }
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            s.append(c == '"' ? "\"\"" : String.valueOf(c));
        }
        s.append('"');
    }

    private static void jsonValue(StringBuilder s, Object v) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof List<?> l) {
            s.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                JsonLd.quote(s, String.valueOf(l.get(i)));
            }
            s.append(']');
        } else if (v instanceof Number || v instanceof Boolean) {
            s.append(number(v));
        } else {
            JsonLd.quote(s, String.valueOf(v));
        }
    }

    /** A value as text; a decimal without an exponent. */
    private static String number(Object v) {
        return v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v);
    }
}

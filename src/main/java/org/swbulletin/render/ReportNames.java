package org.swbulletin.render;

/** How a report is named on pages: report ids are file stems like {@code 003_7be3d2dd}, shown by their number. */
public final class ReportNames {
    private ReportNames() {}

    /** The report's label from the {@code report.label} string, given its number ({@link SiteIndex#reportNumber}). */
    public static String label(int number, Messages messages) {
        return messages.format("report.label", "n", number);
    }
}

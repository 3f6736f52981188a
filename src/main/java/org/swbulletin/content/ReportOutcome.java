package org.swbulletin.content;

import java.util.List;
import org.swbulletin.ingest.ParsedReport;

/**
 * What importing one report did, for the summary an editor reviews.
 *
 * @param report  the parsed report
 * @param files   one outcome per article of the report, in report order
 * @param orphans ids import wrote for this report before that are no longer in it; their files are left alone
 */
public record ReportOutcome(ParsedReport report, List<FileOutcome> files, List<String> orphans) {

    /** Copies the lists. */
    public ReportOutcome {
        files = List.copyOf(files);
        orphans = List.copyOf(orphans);
    }

    /** How many files had the given status. */
    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** The files where an editor's edits were kept. */
    public List<FileOutcome> keptEdits() {
        return files.stream().filter(FileOutcome::keptEdits).toList();
    }
}

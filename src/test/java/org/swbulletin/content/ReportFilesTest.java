package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.Diagnostic;

class ReportFilesTest {
    @TempDir
    Path content;

    private Path write(String report, String text) throws IOException {
        Path file = content.resolve(report).resolve(ReportSchema.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsAnEditorsDateAndIssueInEveryAllowedForm() throws IOException {
        write("001_a", "date: 2024-12-20\nissue: 7\n");
        write("002_b", "date: \"2025-03\"\ninferred: true\n");
        write("003_c", "date: 2023\n");
        List<Diagnostic> found = new ArrayList<>();
        Map<String, ReportFile> files = ReportFiles.load(content, found);
        assertEquals(List.of(), found);
        assertEquals(new ReportFile("001_a", "2024-12-20", 7, false), files.get("001_a"));
        assertEquals(new ReportFile("002_b", "2025-03", null, true), files.get("002_b"));
        assertEquals("2023", files.get("003_c").date());
    }

    @Test
    void reportsEachBadValueAtItsLineAndLeavesTheFileOut() throws IOException {
        Path file = write("001_a", "# note\ndate: 2024-13-01\nissue: zero\ninferred: maybe\nissues: 3\n");
        List<Diagnostic> found = new ArrayList<>();
        assertFalse(ReportFiles.load(content, found).containsKey("001_a"));
        assertEquals(List.of(2, 3, 4, 5), found.stream().map(Diagnostic::line).sorted().toList());
        assertTrue(found.stream().allMatch(d -> d.file().equals(file)), found.toString());
        assertEquals(1, found.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count(),
                "an unknown key is a warning, as in front matter");
    }

    @Test
    void checkAndBuildShareTheValidationOfReportFiles() throws IOException {
        write("001_a", "issue: -1\n");
        LoadedContent loaded = new ContentLoader(Fixtures.gazetteer()).load(content, new Publication(java.time.LocalDate.of(2025, 1, 1), false));
        assertFalse(loaded.ok());
        assertTrue(loaded.errors().get(0).located().contains("_report.yaml:1"), loaded.errors().toString());
    }

    @Test
    void letsAnEditorsDateWinAndNeverOverwritesAFile() throws IOException {
        assertEquals("2020", ReportFiles.dateFor(content, "001_a", "2020"));
        assertTrue(ReportFiles.writeInferred(content, "001_a", "2020-10-29"));
        assertEquals("2020", ReportFiles.dateFor(content, "001_a", "2020"), "an inferred file is no editor's");
        Path file = write("001_a", "date: \"2021-01\"\n");
        assertFalse(ReportFiles.writeInferred(content, "001_a", "2020-10-29"));
        assertEquals("date: \"2021-01\"\n", Files.readString(file));
        assertEquals("2021-01", ReportFiles.dateFor(content, "001_a", "2020"));
    }
}

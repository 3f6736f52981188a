package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> listed() {
        return new ContentStore(tmp).stampedFiles().stream().map(s -> s.relative().toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void listsArticleFilesInPathOrderSkippingDataHiddenAndOtherFiles() throws IOException {
        write("r2/b.md", "b");
        write("r1/a.en.md", "a");
        write("r1/a.md", "a");
        write("r1/deeper/c.md", "c");
        write("r1/notes.txt", "not an article");
        write("_data/site.yaml", "title_zh: x");
        write("_data/extra.md", "not an article");
        write(".bulletin/x.md", "not an article");
        write("r1/.draft.md", "hidden");
        assertEquals(List.of("r1/a.en.md", "r1/a.md", "r1/deeper/c.md", "r2/b.md"), listed());
        assertEquals(listed(), new ContentStore(tmp).articleFiles().stream()
                .map(p -> p.toString().replace('\\', '/')).toList());
    }

    @Test
    void stampsEachFileWithItsSizeAndModificationTime() throws IOException {
        Path a = write("r1/a.md", "12345");
        Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_000_000L));
        ContentStore.Stamped s = new ContentStore(tmp).stampedFiles().get(0);
        assertEquals(5, s.stamp().size());
        assertEquals(1_700_000_000_000_000_000L, s.stamp().modified());
    }

    @Test
    void aLinkedFileCountsWithItsTargetsStampAndALinkedFolderIsNotFollowed() throws IOException {
        Path target = write("elsewhere/target.txt", "the article text");
        Files.setLastModifiedTime(target, FileTime.fromMillis(1_600_000_000_000L));
        Files.createDirectories(tmp.resolve("r1"));
        Files.createSymbolicLink(tmp.resolve("r1/linked.md"), target);
        Files.createSymbolicLink(tmp.resolve("r2"), tmp.resolve("r1"));
        List<ContentStore.Stamped> files = new ContentStore(tmp).stampedFiles();
        assertEquals(List.of("r1/linked.md"), listed());
        assertEquals(Files.size(target), files.get(0).stamp().size());
        assertEquals(1_600_000_000_000_000_000L, files.get(0).stamp().modified());
    }

    @Test
    void aContentFolderThatIsALinkIsListedAndALinkToNothingIsNot() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.createDirectories(real.resolve("r1"));
        Files.writeString(real.resolve("r1/a.md"), "a");
        Files.createSymbolicLink(real.resolve("r1/gone.md"), tmp.resolve("nowhere.md"));
        Path link = Files.createSymbolicLink(tmp.resolve("content"), real);
        ContentStore store = new ContentStore(link);
        assertEquals(List.of(Path.of("r1/a.md")), store.stampedFiles().stream().map(ContentStore.Stamped::relative)
                .toList());
        assertEquals(List.of(Path.of("r1/a.md")), store.articleFiles());
    }
}

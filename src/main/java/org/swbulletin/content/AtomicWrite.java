package org.swbulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file through a temporary file in the same folder and a move, so that no reader sees half a file. */
public final class AtomicWrite {

    private AtomicWrite() {}

    /** Writes UTF-8 text to a file atomically, creating its folder. */
    public static void text(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            // A name of this thread's own needs no random temp-file name; another process using it falls back to one.
            Path tmp = dir.resolve("." + file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
            }
            boolean moved = false;
            try {
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
            } finally {
                if (!moved) Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

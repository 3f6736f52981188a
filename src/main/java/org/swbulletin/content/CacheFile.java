package org.swbulletin.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The checksum of a build cache file: a trailer of the payload's length, its CRC-32C and a mark, appended once the file
 * is written ({@link #seal}) and checked when it is read ({@link #read}). One flipped bit in a cache made pages show
 * 皮前 for 目前 until {@code build --full}; a cache that fails the check is discarded instead, and the build says so.
 *
 * <p>Lengths and counts read from a cache are checked against the bytes left ({@link #count}), so a damaged length
 * cannot make a reader allocate gigabytes.
 */
public final class CacheFile {
    /** Bytes of the trailer: length (8), CRC-32C (4), mark (4). */
    public static final int TRAILER = 16;
    private static final int MARK = 0x53554d31; // "SUM1"
    private static final int CHUNK = 1 << 20;

    private CacheFile() {}

    /** A cache file that is truncated, inflated, or not what was written; its message says which. */
    public static final class Damaged extends IOException {
        /** What is wrong with the file. */
        public Damaged(String message) {
            super(message);
        }
    }

    /** Appends the trailer to a file just written, before it is moved into place. */
    public static void seal(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long length = c.size();
            int crc = crc(c, 0, length);
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.BIG_ENDIAN);
            trailer.putLong(length).putInt(crc).putInt(MARK).flip();
            while (trailer.hasRemaining()) {
                c.write(trailer, length + trailer.position());
            }
        }
    }

    /**
     * Reads a sealed file whole, checked.
     *
     * @return its payload (without the trailer), positioned at 0
     * @throws NoSuchFileException when there is no file
     * @throws Damaged when the trailer, the length or the checksum does not match
     */
    public static ByteBuffer read(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = c.size();
            if (size < TRAILER || size - TRAILER > Integer.MAX_VALUE - 64) {
                throw new Damaged(file.getFileName() + ": " + size + " bytes, not a cache file");
            }
            ByteBuffer all = ByteBuffer.allocate((int) size);
            while (all.hasRemaining()) {
                if (c.read(all, all.position()) < 0) {
                    throw new Damaged(file.getFileName() + ": shorter than its size");
                }
            }
            all.flip();
            int payload = (int) (size - TRAILER);
            ByteBuffer trailer = all.duplicate().position(payload);
            long length = trailer.getLong();
            int crc = trailer.getInt();
            if (trailer.getInt() != MARK || length != payload) {
                throw new Damaged(file.getFileName() + ": truncated or extended (no checksum where it belongs)");
            }
            CRC32C check = new CRC32C();
            check.update(all.array(), 0, payload);
            if ((int) check.getValue() != crc) {
                throw new Damaged(file.getFileName() + ": checksum does not match its content");
            }
            return ByteBuffer.wrap(all.array(), 0, payload).slice();
        }
    }

    /**
     * A count or length read from a cache, checked: not negative, and no more elements than the bytes left could hold.
     *
     * @param each the fewest bytes one element takes
     */
    public static int count(ByteBuffer in, int each) throws Damaged {
        int n = in.getInt();
        if (n < 0 || (long) n * Math.max(1, each) > in.remaining()) {
            throw new Damaged("a length of " + n + " where " + in.remaining() + " bytes are left");
        }
        return n;
    }

    /** The CRC-32C of bytes of an array. */
    public static int crc(byte[] b, int offset, int length) {
        CRC32C c = new CRC32C();
        c.update(b, offset, length);
        return (int) c.getValue();
    }

    private static int crc(FileChannel c, long from, long length) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, length)));
        long at = from;
        while (at < from + length) {
            buf.clear().limit((int) Math.min(buf.capacity(), from + length - at));
            int n = c.read(buf, at);
            if (n < 0) {
                throw new IOException("file shrank while it was sealed");
            }
            buf.flip();
            crc.update(buf);
            at += n;
        }
        return (int) crc.getValue();
    }
}

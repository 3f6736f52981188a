package org.swbulletin.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a raw report's bytes into text with {@code \n} line ends.
 *
 * <p>A byte-order mark decides first (UTF-8, UTF-16 LE/BE). Without one, the bytes must decode as strict UTF-8; only
 * when they do not, and decode cleanly as GB18030 (a superset of GBK and GB2312), is GB18030 taken. Anything else,
 * or a NUL byte, is binary and rejected: a lenient decoder would write mojibake into the content.
 */
public final class ReportDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private ReportDecoder() {}

    /**
     * The text of a report and the encoding it was read in.
     *
     * @param text    the decoded text, BOM removed, CRLF, CR, NEL and LS turned into LF, PS into a blank line
     * @param charset  the encoding detected
     * @param warnings one per line that lost a character no content file may hold
     */
    public record Decoded(String text, Charset charset, java.util.List<ParseWarning> warnings) {
        /** Copies the list. */
        public Decoded {
            warnings = java.util.List.copyOf(warnings);
        }
    }

    /**
     * Decodes a report.
     *
     * @param file  the report, for messages
     * @param bytes its content
     * @throws ReportFormatException for binary or undecodable content, naming the line of the first bad byte
     */
    public static Decoded decode(Path file, byte[] bytes) {
        Charset charset;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw new ReportFormatException(file, lineAt(bytes, nul),
                        "binary data, not a text report (NUL byte at offset " + nul + ")");
            }
            charset = null;
        }
        String text;
        if (charset != null) {
            text = strict(file, bytes, skip, charset);
        } else {
            String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                charset = StandardCharsets.UTF_8;
                text = utf8;
            } else {
                String gb = tryDecode(bytes, GB18030);
                if (gb == null) {
                    int bad = firstMalformed(bytes, StandardCharsets.UTF_8);
                    throw new ReportFormatException(file, lineAt(bytes, bad),
                            "not text in UTF-8, UTF-16 or GB18030/GBK (undecodable byte at offset " + bad + ")");
                }
                charset = GB18030;
                text = gb;
            }
        }
        // Unicode's other line ends too (a soft break copied from a word processor): Java's regexes end a line at
        // them, so left in place they cut a title's pattern in two.
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace('\u0085', '\n').replace("\u2029", "\n\n");
        checkControls(file, normalised);
        java.util.List<ParseWarning> warnings = new java.util.ArrayList<>(0);
        return new Decoded(withoutUnwritable(normalised, warnings), charset, warnings);
    }

    /**
     * The text without Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and their kin in every plane) and C1
     * controls: the YAML of a content file cannot hold them, so a title keeping one would be imported into a file
     * that no later check or build can read.
     */
    static String withoutUnwritable(String text, java.util.List<ParseWarning> warnings) {
        StringBuilder kept = null;
        int line = 1;
        int warnedLine = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (c == '\n') {
                line++;
            }
            if (unwritable(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (warnedLine != line) {
                    warnings.add(new ParseWarning(line, String.format("removed U+%04X, a character a content file "
                            + "cannot hold", c)));
                    warnedLine = line;
                }
            } else if (kept != null) {
                kept.appendCodePoint(c);
            }
            i += n;
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean unwritable(int c) {
        return (c >= 0x80 && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
    }

    private static void checkControls(Path file, String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7f || c == '\uFFFD') {
                throw new ReportFormatException(file, line,
                        String.format("binary data, not a text report (control character U+%04X)", (int) c));
            }
        }
    }

    private static String strict(Path file, byte[] bytes, int skip, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), charset);
            throw new ReportFormatException(file, 0, "marked as " + charset.name()
                    + " by its byte-order mark but does not decode as it (bad bytes at offset " + (bad + skip) + ")");
        }
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            // The String constructor is many times faster than a decoder and replaces malformed input with U+FFFD.
            // Without one in its result the bytes were valid UTF-8; with one, the strict decoder decides.
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) return lenient;
        }
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstMalformed(byte[] bytes, Charset charset) {
        CharsetDecoder d = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : bytes.length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}

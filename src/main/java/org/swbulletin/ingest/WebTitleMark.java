package org.swbulletin.ingest;

import java.util.regex.Pattern;

/**
 * The bracket a news site puts after a title to say the page has pictures or a video: {@code （图）}, {@code (组图)},
 * {@code （附图）}, {@code （图文）}, {@code （视频）}. It tells of the web page, not the story, and a line ending with
 * it is a title, never a caption, though it names a picture.
 */
final class WebTitleMark {
    private static final Pattern MARK = Pattern.compile(
            "[ \\u3000]*[(（\\[【](?:高清)?(?:组|組|附|多)?[图圖](?:文)?[)）\\]】]$|[ \\u3000]*[(（\\[【](?:视频|視頻|图文|圖文)[)）\\]】]$");

    private WebTitleMark() {}

    /** True when the line is some text followed by such a mark. */
    static boolean endsWithOne(String line) {
        var m = MARK.matcher(line);
        return m.find() && m.start() > 0;
    }

    /** The line without the mark at its end, or the line itself. */
    static String strip(String line) {
        return endsWithOne(line) ? MARK.matcher(line).replaceFirst("") : line;
    }
}

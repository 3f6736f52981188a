package org.swbulletin.ingest;

import java.util.regex.Pattern;

/**
 * A reporter's byline standing on its own line, {@code 记者   周佩滢} or {@code 本报记者 张三 李四}: never a title.
 */
final class Byline {
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:本报|见习|特约|全媒体)?(?:记者|通讯员|撰稿|文|编辑)[\\s\\u3000:：/|]*"
                    + "[\\p{IsHan}·]{2,4}(?:[\\s\\u3000、,，]+[\\p{IsHan}·]{2,4}){0,3}$");

    private Byline() {}

    /** True for a line holding only a byline. */
    static boolean is(String line) {
        return BYLINE.matcher(line.strip()).matches();
    }
}

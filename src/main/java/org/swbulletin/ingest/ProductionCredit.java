package org.swbulletin.ingest;

import java.util.regex.Pattern;

/**
 * A web page's production credits copied with its text, on a line of their own: {@code 责任编辑：王芳},
 * {@code （责编：李四）}, {@code 编辑：张三 审核：李四}. They say who put the page online, not what happened, so they are
 * no part of an article. A reporter's byline ({@link Byline}) and {@code 编辑 张三} alone are kept: in print they
 * sign the text.
 */
final class ProductionCredit {
    private static final String NAME = "[\\p{IsHan}·]{2,4}(?:[ \\u3000、,，]+[\\p{IsHan}·]{2,4}){0,2}";
    private static final String ROLE = "(?:责任编辑|责编|网络编辑|值班编辑|审核|审校|校对|编审|监制|终审|[一二三]审|编辑)";
    private static final Pattern CREDITS = Pattern.compile("^[(（\\[【]?[ \\u3000]*(?:" + ROLE + "[ \\u3000]*[:：/|]?[ \\u3000]*"
            + NAME + "[ \\u3000;；|]*)+[)）\\]】]?$");
    /** A role that only page production has: with it the line is not a byline. */
    private static final Pattern PRODUCTION_ROLE = Pattern.compile("责任编辑|责编|网络编辑|值班编辑|审核|审校|校对|编审|监制|终审|[一二三]审");

    private ProductionCredit() {}

    /** True for a line holding only production credits. */
    static boolean is(String line) {
        String t = line.strip();
        return t.length() <= 40 && PRODUCTION_ROLE.matcher(t).find() && CREDITS.matcher(t).matches();
    }
}

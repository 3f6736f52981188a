package org.swbulletin.ingest;

import java.util.regex.Pattern;

/**
 * Recognises a photo caption by what it is, wherever it stands: a photo credit ({@code 王孟举 摄}, {@code 张三供图},
 * {@code （图/新华社）}), an opening that announces a picture ({@code 图为}, {@code ▲}, {@code （图片来源…}), a bracket
 * about a picture ({@code （资料图）}, {@code （网络图片）}) ending a line, or a bare photo placeholder ({@code 图片}).
 *
 * <p>The tests look at the line's ends only, so running text that merely mentions a photo (…展示了社工宣传图片，…)
 * is never taken for a caption.
 */
public final class Caption {
    /** Longest caption recognised by its credit or opening alone; longer lines are running text. */
    static final int MAX_LENGTH = 120;
    private static final Pattern OPENING = Pattern.compile(
            "^(?:[图圖][为為示]|[图圖][:：/]|[图圖]片[:：/]|[图圖]片?[来來]源[:：]|[(（【\\[][图圖]|[▲△▼↑↓◆]|[摄攝]影[:：/]|摄\\s*[:：])");
        /**
     * A credit at the end: a name standing apart (line start, a space or the caption's full stop before it) followed by 摄 or 摄影, anything
     * followed by 供图, or a bracket about a picture or its photographer.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|[\\s\\u3000。！!])(?:本报)?(?:记者|通讯员)?[\\s\\u3000]*[\\p{IsHan}·]{2,4}[\\s\\u3000]*[摄攝]影?[。.]?$"
                    + "|供[图圖][。.]?$"
                    + "|[(（][^()（）]{0,30}(?:[摄攝]|供[图圖]|[图圖]片?|[图圖]源)[^()（）]{0,20}[)）][。.]?$");
    /**
     * A short line telling what someone is doing as the photo shows it (谷雯燕正在讲解…, 社工们正在入户走访): a
     * subheading names a topic, it does not describe a moment.
     */
    private static final Pattern IN_THE_ACT = Pattern.compile("^[^,，;；。!！?？:：]{2,12}正在[^,，;；。!！?？:：]{2,24}$");
    /** A placeholder some pages leave where a picture was. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^[(（\\[【]?(?:[图圖]片?|照片|[图圖]像)[)）\\]】]?$");

    private Caption() {}

    /** True when the line says by itself that it is a caption. */
    public static boolean is(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH) return false;
        if (WebTitleMark.endsWithOne(t) && !OPENING.matcher(t).find()) return false;
        return PLACEHOLDER.matcher(t).matches() || OPENING.matcher(t).find() || CREDIT.matcher(t).find()
                || IN_THE_ACT.matcher(t).matches();
    }
}

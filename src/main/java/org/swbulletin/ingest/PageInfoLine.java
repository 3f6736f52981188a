package org.swbulletin.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The line a web page prints under its title, copied with the text: when it was posted, where from, by whom, how often
 * read ({@code 发布时间：2023-06-15 10:20  来源：云南省民政厅}, {@code 2023年07月20日 09:15 来源：天津北方网},
 * {@code 作者：张三 | 浏览次数：320}). It is not a title nor part of the story; its 来源 names the article's outlet when
 * the article has no source line of its own.
 *
 * <p>The line must be made only of such parts, separated by spaces or bars, and hold a date and a time or a label:
 * a bare date on its own line is a signature's date, which dates the article.
 */
final class PageInfoLine {
    private static final String SEP = "[ \\u3000|｜丨/]+";
    private static final String DATE = "(?:19|20)\\d{2}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)";
    private static final String TIME = "\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?";
    private static final String LABEL = "(?:发布时间|發佈時間|发布日期|發佈日期|发表时间|更新时间|时间|時間|日期|来源|來源|稿源|作者|编辑|編輯"
            + "|责任编辑|浏览次数|瀏覽次數|浏览|点击|點擊|点击数|阅读|閱讀|阅读量|字号|字體|字体)";
    private static final Pattern PART = Pattern.compile(
            "(?:" + LABEL + "[:：][ \\u3000]*(?:" + DATE + "(?:[ \\u3000]+" + TIME + ")?|[^ \\u3000|｜丨:：,，。;；!！?？]{1,24})"
                    + "|" + DATE + "|" + TIME + "|[大中小](?:[ \\u3000]+[大中小]){1,2})");
    private static final Pattern LINE = Pattern.compile("^" + PART.pattern() + "(?:" + SEP + PART.pattern() + ")*$");
    private static final Pattern HAS_DATE = Pattern.compile(DATE);
    private static final Pattern HAS_TIME_OR_LABEL = Pattern.compile(TIME + "|" + LABEL + "[:：]");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|來源|稿源)[:：][ \\u3000]*([^ \\u3000|｜丨:：]{1,24})");

    /** What the line says that an article keeps: its outlet, or null. */
    record Info(String source) {}

    private PageInfoLine() {}

    /** The line's information when the whole line is a page's information line. */
    static Optional<Info> parse(String line) {
        String t = line.strip();
        if (t.length() > 100 || !LINE.matcher(t).matches()) {
            return Optional.empty();
        }
        boolean labelled = HAS_TIME_OR_LABEL.matcher(t).find();
        if (!labelled || !(HAS_DATE.matcher(t).find() || t.contains("来源") || t.contains("來源") || t.contains("作者"))) {
            return Optional.empty();
        }
        var m = SOURCE.matcher(t);
        String source = m.find() ? SourceLine.outletName(m.group(1)) : null;
        return Optional.of(new Info(source));
    }
}

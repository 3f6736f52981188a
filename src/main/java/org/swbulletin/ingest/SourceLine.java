package org.swbulletin.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source line that ends an article, {@code (据…)} or {@code （据…）} (or {@code 據}, {@code 来源：}, {@code 转自}…), alone on its line or glued to the end of the
 * last paragraph; the outlet is kept without 据 and without 《》.
 *
 * @param outlet the outlet, for example {@code 南方都市报}
 * @param before the text before the source line on the same line, empty when it stood alone
 */
public record SourceLine(String outlet, String before) {
    // Traditional spellings (據, 來源, 轉自) too: a report is converted to Simplified before it is read, but one that
    // mixes the scripts is left as it is. The small-form brackets ﹙﹚, a compatibility variant of the full-width ones, count too.
    /** Words that credit a paper a text was taken from: 摘自, 选自, 转自, 转载自. */
    private static final String TAKEN_FROM = "摘自|[选選]自|[转轉]自|[转轉][载載]自";
    /** A label naming the source: 来源：, 稿源：. */
    private static final String SOURCE_LABEL = "[来來]源[:：]|稿源[:：]";
    private static final Pattern AT_END = Pattern.compile(
            "[(（﹙][ \\u3000]*(?:[据據]|" + SOURCE_LABEL + "|" + TAKEN_FROM + ")[ \\u3000]*"
                    + "([^()（）﹙﹚。，,;；!！?？]{1,40}?)[ \\u3000]*[)）﹚]$");
    /** 据 followed by these is a verb ("it is learned that"), not an outlet. */
    private static final Pattern NOT_AN_OUTLET = Pattern.compile(
            "^(悉|了解|瞭解|统计|統計|介绍|介紹|报道|報道|報導|称|稱|说|說|估计|估計|测算|測算|不完全统计|不完全統計)");

    /**
     * A line that is only a source without brackets, as digests reprinting a paper write it: {@code ——摘自《中国社会报》},
     * {@code 来源：云南日报}, {@code ——《中国社会报》}. Never glued to a paragraph, where such words are running text.
     */
    private static final Pattern ALONE = Pattern.compile(
            "^(?:[—–]{1,2}[ \\u3000]*(?:(?:" + TAKEN_FROM + ")[ \\u3000]*)?《([^《》]{1,30})》"
                    + "|(?:[—–]{1,2}[ \\u3000]*)?(?:" + TAKEN_FROM + "|(?:稿件|消息)?" + SOURCE_LABEL + ")"
                    + "[ \\u3000]*([^()（）﹙﹚《》。，,;；!！?？:：]{1,30}|《[^《》]{1,30}》))$");

    /** The source line of a whole line, if the line is only a source line. */
    public static Optional<SourceLine> parse(String line) {
        Matcher alone = ALONE.matcher(line.strip());
        if (alone.matches()) {
            String outlet = outletName(alone.group(1) != null ? alone.group(1) : alone.group(2));
            if (!outlet.isEmpty() && !NOT_AN_OUTLET.matcher(outlet).find()) {
                return Optional.of(new SourceLine(outlet, ""));
            }
        }
        return glued(line).filter(s -> s.before().isEmpty());
    }

    /** The source line at the end of a line, alone or glued to the text before it. */
    public static Optional<SourceLine> glued(String line) {
        String t = line.strip();
        // Nearly every line is running text: without a closing bracket at its end the pattern cannot match.
        char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
        if (last != ')' && last != '）' && last != '﹚') {
            return Optional.empty();
        }
        Matcher m = AT_END.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String outlet = outletName(m.group(1));
        if (outlet.isEmpty() || NOT_AN_OUTLET.matcher(outlet).find()) {
            return Optional.empty();
        }
        String before = t.substring(0, m.start()).strip();
        if (!before.isEmpty() && !Punctuation.endsParagraph(before)) {
            // "(据…)" inside a sentence that goes on is a citation, not the article's source line.
            return Optional.empty();
        }
        return Optional.of(new SourceLine(outlet, before));
    }

    /** An outlet as the site names it: without the 《》 a line may put round it. */
    static String outletName(String credited) {
        return credited.replace("《", "").replace("》", "").strip();
    }
}

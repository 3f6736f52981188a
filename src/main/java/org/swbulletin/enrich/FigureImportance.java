package org.swbulletin.enrich;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * How much an editor would want a figure among an article's key figures: figures of the title before those of the
 * lead, and those before the body's; totals (全省, 总数, 累计) before their parts (其中…); money and people before
 * other counts; a figure a glossary term names before one a plain word names. A figure below {@link #FLOOR} is left
 * out: a small count in words ({@code 两个}), the base of a rule ({@code 每5个社工站}), a part of a part.
 */
final class FigureImportance {
    /** The least score of a figure that is kept. */
    static final int FLOOR = 2;
    /** How far before a number the words that make it a total or a part are looked for. */
    private static final int REACH = 40;
    private static final List<String> WHOLES = List.of("总数", "总量", "总计", "总额", "累计", "共有", "共计", "合计",
            "全市", "全省", "全区", "全国", "全县", "全州", "全盟", "我省", "我市", "我区", "我国", "已达", "达到", "突破");
    private static final Set<String> PEOPLE = Set.of("人", "名", "人次", "位");

    private FigureImportance() {}

    /**
     * What is known of a figure when it is read.
     *
     * @param place    where it stands
     * @param arabic   written in digits (a count in words is mostly a small one of the prose)
     * @param term     labelled by a glossary term
     * @param value    its value
     * @param unit     its unit
     * @param kind     its kind
     * @param qualified with an approximation word (余, 近): the way a report states a headline number
     * @param perUnit  right after 每, the base of a rule rather than a count
     * @param part     a part of a total named before it in the sentence (其中)
     * @param whole    stated as a total (全省…, 总数, 累计)
     */
    record Facts(FigureExtractor.Place place, boolean arabic, boolean term, BigDecimal value, String unit,
                 String kind, boolean qualified, boolean perUnit, boolean part, boolean whole) {}

    static int score(Facts f) {
        int s = switch (f.place()) {
            case TITLE -> 6;
            case LEAD -> 2;
            case BODY -> 0;
        };
        s += f.arabic() ? 2 : 0;
        s += f.term() ? 2 : 0;
        s += f.value().compareTo(BigDecimal.valueOf(100)) >= 0 ? 1 : 0;
        s += f.qualified() ? 1 : 0;
        s += switch (f.kind()) {
            case Figure.MONEY -> 2;
            case Figure.RATIO -> 1;
            default -> PEOPLE.contains(f.unit()) ? 2 : 0;
        };
        s += f.whole() ? 1 : 0;
        s -= f.part() ? 1 : 0;
        s -= f.perUnit() ? 4 : 0;
        // 两个, 三项: a small count in words is the prose's; in digits (6个街道) it is a count the report states.
        boolean small = f.value().compareTo(BigDecimal.TEN) < 0 && !f.kind().equals(Figure.RATIO)
                && !f.kind().equals(Figure.MONEY);
        s -= small && !f.arabic() ? 5 : 0;
        return s;
    }

    /** Whether the words before the number in its clause state it as a total. */
    static boolean isWhole(String p, int clauseStart, int end) {
        String before = p.substring(Math.max(clauseStart, end - REACH), end);
        for (String w : WHOLES) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

package org.swbulletin.enrich;

import java.util.List;

/**
 * Reads the words around a number that say what kind of figure it is, and the labels a figure takes from its verb
 * when no noun names it. Every look is within a few characters of the number, so a long text costs no more per
 * figure than a short one.
 */
final class FigureKinds {
    /** How far before a number a 每 may stand and still make it a ratio (每万名老年人拥有). */
    private static final int RATIO_REACH = 12;
    /** How far before a number 新增 may stand with the counted noun between (新增持证社工6.4万人). */
    private static final int RISE_REACH = 12;
    /** Words right before a number that make it a rise over an earlier count (增至, 提高到 give the new total). */
    private static final List<String> RISES = List.of("增加", "增长", "净增", "新增", "上升", "提高", "提升", "多了",
            "增幅");
    /** Words that may stand between a rise and its number (比上年增加了约6.4万人). */
    private static final List<String> BETWEEN = List.of("了", "约", "近", "达", "超过", "逾", "共", "累计");
    /** The verbs of a base in a ratio: 每万人拥有, 每个社区配备. */
    private static final List<String> BASE_VERBS = List.of("拥有", "配备", "配有", "指定", "设立", "平均", "约有", "有", "设",
            "达", "约");
    /** Verbs of spending: a sum after them with no noun is the money spent (投入230万元 is 投入资金). */
    private static final List<String> SPENDING = List.of("投入", "投资", "筹措", "筹集", "募集", "拨付", "下达",
            "安排", "争取", "落实", "发放", "支出", "购买");
    private static final int LONGEST_EXAM = 12;

    private FigureKinds() {}

    /**
     * The base of a ratio whose number ends the text at {@code end}, such as {@code 万人} in {@code 每万人拥有18.5名},
     * or null when the number is no ratio; a number right after 每 is the base itself ({@code 每5个社工站}).
     */
    static String ratioBase(String p, int from, int end) {
        int at = -1;
        for (int i = end - 1; i >= Math.max(from, end - RATIO_REACH); i--) {
            if (p.charAt(i) == '每') {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        String between = p.substring(at + 1, end).strip();
        String base = between;
        for (boolean cut = true; cut;) {
            cut = false;
            for (String v : BASE_VERBS) {
                int i = base.indexOf(v);
                if (i > 0) {
                    base = base.substring(0, i);
                    cut = true;
                }
            }
        }
        if (base.isEmpty() || "年月日天周季".indexOf(base.charAt(0)) >= 0) {
            return null; // 每年开发1000个岗位 is a yearly count, not an amount per person
        }
        if (base.startsWith("个") || base.startsWith("一个")) {
            base = base.substring(base.indexOf('个') + 1); // 每个社区 is per community
        }
        if (base.isEmpty() || base.equals(between) && !between.endsWith("人") && !between.endsWith("人口")) {
            return null; // 每 5-8 个: the number counts the base itself
        }
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (!FigureLabeler.labelChar(c) && !Character.isDigit(c) && c != '.') {
                return null;
            }
        }
        return base;
    }

    /**
     * Where the words after a ratio's base and verb start ({@code 每万人拥有|持证社工18.5名}), for a ratio whose 每 stands
     * at {@code per} and whose number starts at {@code end}; {@code end} when nothing stands between.
     */
    static int afterBase(String p, int per, int end) {
        String between = p.substring(per, end);
        int best = -1;
        for (String v : BASE_VERBS) {
            int i = between.indexOf(v);
            if (i > 0 && (best < 0 || i + v.length() < best)) {
                best = i + v.length();
            }
        }
        return best < 0 ? end : per + best;
    }

    /** Whether the number at {@code end} is a rise: 比上年增加6.4万人, 新增持证社工1200人. */
    static boolean isRise(String p, int from, int end) {
        String before = p.substring(Math.max(from, end - RISE_REACH), end).stripTrailing();
        for (boolean cut = true; cut;) {
            cut = false;
            for (String w : BETWEEN) {
                if (before.endsWith(w) && before.length() > w.length()) {
                    before = before.substring(0, before.length() - w.length()).stripTrailing();
                    cut = true;
                }
            }
        }
        for (String r : RISES) {
            if (before.endsWith(r)) {
                return true;
            }
        }
        // 新增持证社工: the newly added, with the noun counted between the verb and the number.
        for (String r : List.of("新增", "净增")) {
            int i = before.lastIndexOf(r);
            if (i >= 0 && before.substring(i + r.length()).chars().allMatch(c -> FigureLabeler.labelChar((char) c))) {
                return true;
            }
        }
        return false;
    }

    /** The label of a sum spent when no noun names it: 投入230万元 is 投入资金; "" when no spending verb precedes. */
    static String spendingLabel(String p, int from, int end) {
        String before = p.substring(Math.max(from, end - 8), end).stripTrailing();
        for (String w : BETWEEN) {
            if (before.endsWith(w)) {
                before = before.substring(0, before.length() - w.length());
            }
        }
        for (String v : SPENDING) {
            if (before.endsWith(v)) {
                return v + "资金";
            }
        }
        return "";
    }

    /**
     * The label of a head count followed by the exam it passed: {@code 330余人通过社会工作者职业资格考试} counts the
     * 社会工作者职业资格考试通过人数; "" when no exam follows.
     */
    static String passedLabel(String p, int numEnd) {
        int i = numEnd;
        if (!p.startsWith("通过", i)) {
            return "";
        }
        i += 2;
        int start = i;
        while (i < p.length() && i - start <= 2 * LONGEST_EXAM && !p.startsWith("考试", i) && !p.startsWith("考核", i)) {
            if (!FigureLabeler.labelChar(p.charAt(i)) && !Character.isDigit(p.charAt(i))) {
                return "";
            }
            i++;
        }
        if (!(p.startsWith("考试", i) || p.startsWith("考核", i))) {
            return "";
        }
        // A year or a long title before the exam's name is left out: 2023年度全国社会工作者职业资格考试.
        String exam = p.substring(start, i + 2).replaceFirst("^.*[0-9]+年度?", "").replaceFirst("^全国", "");
        if (exam.length() > LONGEST_EXAM) {
            exam = p.substring(i, i + 2);
        }
        return exam + "通过人数";
    }
}

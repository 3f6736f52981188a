package org.swbulletin.enrich;

import java.util.List;
import java.util.regex.Pattern;

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

    /** Where the 每 of a ratio whose number starts at {@code end} stands, within reach; -1 when none. */
    private static int perAt(String p, int from, int end) {
        for (int i = end - 1; i >= Math.max(from, end - RATIO_REACH); i--) {
            if (p.charAt(i) == '每') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The base of a ratio whose number ends the text at {@code end}, such as {@code 万人} in {@code 每万人拥有18.5名},
     * or null when the number is no ratio; a number right after 每 is the base itself ({@code 每5个社工站}).
     */
    static String ratioBase(String p, int from, int end) {
        int at = perAt(p, from, end);
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

    /** Verbs that give a per-unit amount as a rule (为每个社工站配备2名社工), not as a measured level. */
    private static final List<String> PROVIDING = List.of("配备", "配有", "配置", "设立", "设置", "指定", "给予", "安排",
            "补贴", "奖励");
    /** Adverbs that may stand between a head count and its verb (200余人共同见证, 5731人顺利通过). */
    private static final List<String> ACTOR_ADVERBS = List.of("共同", "顺利", "一起", "先后", "均", "已", "都");
    /** What the people of a head count did, and the label that names them by it. */
    private static final List<String[]> ACTOR_VERBS = List.of(new String[] {"参加", "参加人数"},
            new String[] {"参与", "参加人数"}, new String[] {"出席", "参加人数"}, new String[] {"参会", "参加人数"},
            new String[] {"见证", "参加人数"}, new String[] {"参考", "参考人数"}, new String[] {"报考", "报考人数"},
            new String[] {"报名", "报名人数"}, new String[] {"受益", "受益人数"});
    /** Verbs of a visit after a head count (一行33人赴海宁市调研), read up to this far. */
    private static final int VISIT_REACH = 16;

    /**
     * Whether the ratio whose number starts at {@code end} is a rule per unit: 每个 with a verb of providing
     * ({@code 为每个街道社工站配备2名社工}, {@code 每个镇街平台配备2至3名}).
     */
    static boolean isNorm(String p, int from, int end) {
        int at = perAt(p, from, end);
        if (at < 0 || !(p.startsWith("个", at + 1) || p.startsWith("一个", at + 1))) {
            return false;
        }
        String between = p.substring(at, end);
        return PROVIDING.stream().anyMatch(between::contains);
    }

    /**
     * The label of a head count by the verb that follows it: {@code 34741人参考} counts the 参考人数, {@code 200余人共同见证}
     * and {@code 100余人参加} the 参加人数, {@code 一行33人赴海宁市调研} the 调研人数, {@code 330余人通过…考试} those who
     * passed; "" when no such verb follows.
     */
    static String actorLabel(String p, int numEnd) {
        int i = numEnd;
        for (boolean skipped = true; skipped;) {
            skipped = false;
            for (String a : ACTOR_ADVERBS) {
                if (p.startsWith(a, i)) {
                    i += a.length();
                    skipped = true;
                }
            }
        }
        for (String[] v : ACTOR_VERBS) {
            if (p.startsWith(v[0], i)) {
                return v[1];
            }
        }
        if (p.startsWith("通过", i)) {
            return passedLabel(p, i);
        }
        if (p.startsWith("赴", i) || p.startsWith("前往", i) || p.startsWith("来到", i)) {
            int stop = Math.min(p.length(), i + VISIT_REACH);
            for (int j = i; j < stop && FigureLabeler.labelChar(p.charAt(j)); j++) {
                for (String visit : List.of("调研", "考察", "观摩", "参观", "交流")) {
                    if (p.startsWith(visit, j)) {
                        return visit + "人数";
                    }
                }
            }
        }
        return "";
    }

    /**
     * A head count's label that names only 人数 or ends in the verb of the people it counts (宁夏报考人数达6127人 gives
     * 宁夏报考 once 人数 is trimmed; 报考…考试的人数达4948人 gives 人数): the label by that verb (报考人数), else the
     * label as it was. The verb is looked for in the {@value #ACTOR_REACH} characters before {@code end}.
     */
    static String byActorVerb(String label, String p, int from, int end) {
        for (String[] v : ACTOR_VERBS) {
            if (label.endsWith(v[0])) {
                return v[1];
            }
        }
        if (!label.equals("人数")) {
            return label;
        }
        String before = p.substring(Math.max(from, end - ACTOR_REACH), end);
        int best = -1;
        String found = label;
        for (String[] v : ACTOR_VERBS) {
            int i = before.lastIndexOf(v[0]);
            if (i > best) {
                best = i;
                found = v[1];
            }
        }
        return found;
    }

    private static final int ACTOR_REACH = 24;

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

    /** Verbs of serving that name what a head count counts when no noun stands before it (累计服务18.6万人次). */
    private static final List<String> SERVING = List.of("服务", "覆盖", "惠及", "帮扶", "走访", "探访", "救助", "培训",
            "受益");
    /** Words between such a verb and its number (覆盖超过1.7万人次, 累计服务近万人次). */
    private static final Pattern BEFORE_SERVED = Pattern.compile("(?:超过|达到|突破|累计|共计|合计|近|超|逾|约|达|了|共)*$");

    /**
     * The label of a head count ({@code 人次}) right after a verb of serving and no noun: {@code 服务人次}, the
     * number of times people were served; empty otherwise.
     */
    static String servedLabel(String p, int clauseStart, int numStart) {
        String before = p.substring(clauseStart, numStart);
        var m = BEFORE_SERVED.matcher(before);
        String head = m.find() ? before.substring(0, m.start()) : before;
        for (String verb : SERVING) {
            if (head.endsWith(verb)) {
                return verb + "人次";
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

package org.swbulletin.enrich;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Names what a number counts: the noun phrase after its measure word ({@code 36 名专职人员督导} gives 专职人员), or else the
 * noun phrase right before it ({@code 全区已建成社工站850个} gives 社工站), or the empty string when no noun phrase
 * can be told apart, so that the figure is dropped rather than shown with a fragment as its label.
 *
 * <p>Phrases are read word by word: a glossary term is one word and is never split; a verb, adverb, time or scope
 * word or a particle ends the phrase ({@code 累计}, {@code 已建成}, {@code 开展}, {@code 的}, {@code 等}); words of
 * scope and quantity at its edges are trimmed ({@code 各类}, {@code 总数}). Chinese noun phrases end in their head,
 * so a phrase ending with a glossary term is labelled by that term. A label that starts or ends with a particle,
 * a numeral or a verb is not a label.
 */
final class FigureLabeler {
    /** Words that end a noun phrase: verbs, adverbs, time, scope and place-of-speech words. */
    private static final List<String> BOUNDARIES = longestFirst(List.of(
            "截至目前", "目前", "当前", "现在", "以来", "今年", "去年", "近年来", "上半年", "下半年",
            "全区", "全市", "全省", "全国", "全州", "全县", "全盟", "全旗",
            "已建成", "共建成", "建成", "在建", "已经", "累计", "开展", "组建", "配备", "招聘", "投入", "筹措",
            "派驻", "登记成立", "成立", "设立", "建立", "开通", "支持", "收到", "遴选出", "实现", "其中", "拥有",
            "持有", "现有", "共有", "已有", "还有", "具有", "吸纳", "参与", "参加", "参训", "参赛", "参评", "组织", "提供", "获得", "入选",
            "培养", "招录", "通过", "开设", "共同", "解决", "享受", "花了", "达到", "超过", "针对", "依托", "覆盖",
            "包括", "构成", "兑换", "举办", "可以", "能够", "已达", "增至", "增长至", "增加到", "突破", "共计", "合计", "约为", "达",
            "新建", "新增", "培育", "孵化", "引进", "认定", "打造", "选派", "选聘", "动员", "惠及", "服务了",
            "增加", "增长", "净增", "提高", "提升", "上升", "减少", "吸引", "带动", "帮助", "发放", "募集", "拨付",
            "下达", "安排", "争取", "落实", "引入", "链接", "撬动", "投资", "筹集", "统筹", "整合", "用于", "推进", "推动", "划分", "分为", "纳入",
            "聚首", "齐聚", "相聚", "出席", "来自", "来到", "前往", "赶赴", "参访", "参观", "考察", "走访", "走进", "深入", "围绕", "聚焦", "作为", "全部", "积极", "立刻",
            "主动", "先后", "分别", "相继", "陆续", "均已", "起身", "全覆盖", "覆盖率", "参会", "参展", "入驻", "进驻", "到场",
            "进行", "全面", "铺开", "都", "均", "散发", "更新", "入围", "投身", "扎根", "驻站", "建设",
            "出台", "印发", "挂牌", "揭牌", "授牌", "启用", "签约", "签订",
            "我省", "我市", "我区", "我县", "我国", "本市", "本省", "该市", "该区", "该县", "该省",
            "的", "了", "已", "等", "将", "被", "把", "是", "和", "与", "及", "共", "为"));
    /** Common words holding a boundary character that are read whole, so 高等院校 is not cut at 等. */
    private static final List<String> WHOLE_WORDS = longestFirst(List.of("高等", "中等", "初等", "同等", "平等",
            "对等", "等级", "目的", "公共", "共青团", "共建", "和谐", "为民", "及时", "已婚", "了解", "社会组织",
            "基层组织", "党组织", "群团组织"));
    /** Boundaries that may also stand inside a noun phrase before a number (困难群众和特殊群体, 为民服务). */
    private static final List<String> INNER_BEFORE = List.of("和", "与", "及", "为");
    /** Scope and quantity words trimmed from the edges of a label. */
    private static final List<String> LEADING = List.of("各类", "各级", "各种", "各项", "各", "每年", "每月", "每日", "每", "其他", "相关");
    private static final List<String> TRAILING = List.of("总人数", "总数", "数量", "总量", "人数");
    /** Adverbs and verbs that may stand between a noun and its number (社区活动累计13次, 人才总数达3万). */
    private static final List<String> LINKING = longestFirst(List.of("累计", "共计", "合计", "已达", "达到", "增至",
            "突破", "约为", "共", "约", "已", "达", "为", "是", "有"));
    private static final String BAD_START = "的了着过地得把被将对向从以就都也又还再和与及等之是可只第"
            + "零〇一二两兩三四五六七八九十百千";
    private static final String BAD_END = "的了着过地得把被将对向从以就都也又还再和与及等为在之是中内里上下全";
    private static final int MAX_LENGTH = 14;
    /** Nouns of a text's own structure: 三项举措 lists the measures it goes on to describe, it reports no number. */
    private static final Set<String> NOT_COUNTED = Set.of("举措", "措施", "方面", "环节", "步骤", "原则", "任务",
            "要求", "目标", "特点", "经验", "做法", "亮点");
    /** Words that narrow a glossary term to a kind of it and stay in its label (持证社会工作者, 专职社工). */
    private static final List<String> QUALIFYING = List.of("持证", "专职", "兼职", "注册", "高级", "中级", "初级", "助理",
            "一线", "驻站", "驻村");

    private static final int LONGEST_PLACE = 12;
    /** Words before a noun that say it is still being made (在建社工站): they stay in its label. */
    private static final Set<String> UNDER_WAY = Set.of("在建");
    /** Nouns of a rate that label a share by themselves. */
    private static final List<String> RATES = longestFirst(List.of("覆盖率", "通过率", "参与率", "满意度", "满意率",
            "知晓率", "持证率", "完成率", "占比"));

    private final List<String> terms;
    private final Set<String> places;

    /**
     * A labeler that keeps these glossary terms whole and prefers them as labels, and that ends a phrase at these
     * full place names (晋江市持有证书者 is about the holders, not about 市持有证书者).
     */
    FigureLabeler(List<String> glossaryTerms, Set<String> placeNames) {
        this.terms = longestFirst(glossaryTerms);
        this.places = Set.copyOf(placeNames);
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The noun phrase after a measure word at {@code from}, or "" when none follows. */
    String after(String p, Clauses clauses, int from) {
        int i = from;
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        StringBuilder run = new StringBuilder();
        String first = null;
        String last = null;
        boolean endsWithTerm = false;
        boolean onlyTerms = true;
        while (i < p.length() && run.length() < MAX_LENGTH) {
            if (clauses.inName(i)) {
                // A quoted name between measure word and noun (236 条“红棉守护”热线) only modifies the noun.
                while (clauses.inName(i)) {
                    i++;
                }
                endsWithTerm = false;
                onlyTerms = false;
                continue;
            }
            String whole = wordAt(WHOLE_WORDS, p, i);
            if (whole != null && wordAt(terms, p, i) == null) {
                run.append(whole);
                i += whole.length();
                endsWithTerm = false;
                onlyTerms = false;
                continue;
            }
            String term = wordAt(terms, p, i);
            if (term != null) {
                first = run.isEmpty() ? term : first;
                last = term;
                endsWithTerm = true;
                run.append(term);
                i += term.length();
                continue;
            }
            // 县(市、区): a list inside brackets belongs to the noun before them.
            boolean listInBrackets = p.charAt(i) == '、' && !balanced(run.toString());
            if (!listInBrackets && (!labelChar(p.charAt(i)) || wordAt(BOUNDARIES, p, i) != null
                    || placeStartingAt(p, i))) {
                break;
            }
            run.append(p.charAt(i));
            endsWithTerm = false;
            onlyTerms = false;
            i++;
        }
        // 专职人员督导: a term followed by terms only is the noun with its role; 村(居)社工点, 广州社工热线: the
        // phrase ends in its head; 社会工作专业人才基地: a term followed by other words only modifies them.
        if (first != null && onlyTerms) {
            return first;
        }
        if (last != null && endsWithTerm) {
            return last;
        }
        return accepted(trim(run.toString()));
    }

    /**
     * The noun phrase that ends at {@code to} and starts no earlier than {@code from}, or "" when there is none or it
     * cannot be told where it starts. A share (%) is not labelled by a term it merely contains.
     */
    String before(String p, Clauses clauses, int from, int to, boolean share) {
        int end = to;
        for (String link = ""; link != null; link = wordEndingAt(LINKING, p, end, from)) {
            end -= link.length();
            while (end > from && p.charAt(end - 1) == ' ') {
                end--;
            }
        }
        int i = end;
        String stoppedBy = null;
        while (i > from) {
            if (clauses.inName(i - 1)) {
                break;
            }
            String term = wordEndingAt(terms, p, i, from);
            if (term == null) {
                term = wordEndingAt(WHOLE_WORDS, p, i, from);
            }
            if (term != null) {
                i -= term.length();
                continue;
            }
            if (placeEndingAt(p, i, from)) {
                break;
            }
            String boundary = wordEndingAt(BOUNDARIES, p, i, from);
            if (boundary != null && !(i < end && INNER_BEFORE.contains(boundary))) {
                stoppedBy = boundary;
                break;
            }
            if (!labelChar(p.charAt(i - 1))) {
                break;
            }
            if (end - i >= MAX_LENGTH) {
                return ""; // no word tells where the phrase starts: any cut would be a fragment
            }
            i--;
        }
        if (i == from && closesBareEnumeration(p, clauses, from)) {
            // 社工、志愿者、爱心人士40余万人次 counts them all, not the last one: the short list is the label.
            return enumeration(p, clauses, from, end);
        }
        String label = p.substring(i, end).replace(" ", "");
        // 者 makes a noun of the verb phrase before it: 持有证书者 are the holders, not 证书者.
        if (label.endsWith("者") && stoppedBy != null && stoppedBy.length() > 1
                && terms.stream().noneMatch(label::endsWith)) {
            label = stoppedBy + label;
        }
        String head = headTerm(label, share);
        if (head == null) {
            label = trim(label);
            head = headTerm(label, share);
        }
        String named = head != null ? head : accepted(label);
        // 在建乡镇(街道)社工站47个: the stations being built are not the ones built.
        return !named.isEmpty() && stoppedBy != null && UNDER_WAY.contains(stoppedBy) ? stoppedBy + named : named;
    }

    /**
     * The items of a list ending at {@code end} whose last item starts at {@code from} (社工、志愿者、爱心人士), when the
     * list is short enough to be a label and its first item starts after a verb or at its clause; else "".
     */
    private String enumeration(String p, Clauses clauses, int from, int end) {
        int start = from;
        while (start > 0 && p.charAt(start - 1) == '、' && !clauses.inName(start - 1)) {
            int i = start - 1;
            int itemEnd = i;
            while (i > 0 && labelChar(p.charAt(i - 1)) && wordEndingAt(BOUNDARIES, p, i, 0) == null
                    && itemEnd - i < MAX_LENGTH) {
                i--;
            }
            if (i == itemEnd || end - i > MAX_LENGTH) {
                return "";
            }
            start = i;
            if (wordEndingAt(BOUNDARIES, p, i, 0) != null) {
                break;
            }
        }
        String list = p.substring(start, end).replace(" ", "");
        for (String item : list.split("、")) {
            if (item.length() < 2 || BAD_START.indexOf(item.charAt(0)) >= 0
                    || BAD_END.indexOf(item.charAt(item.length() - 1)) >= 0) {
                return "";
            }
        }
        return list.contains("、") ? list : "";
    }

    /**
     * The rate a share ending at {@code to} is stated as (全省覆盖率达50%, 通过率为60%), with the term before it when
     * one stands there (社工站覆盖率); "" when none.
     */
    String rate(String p, int from, int to) {
        int end = to;
        for (String link = ""; link != null; link = wordEndingAt(LINKING, p, end, from)) {
            end -= link.length();
            while (end > from && p.charAt(end - 1) == ' ') {
                end--;
            }
        }
        String rate = wordEndingAt(RATES, p, end, from);
        if (rate == null) {
            return "";
        }
        String term = wordEndingAt(terms, p, end - rate.length(), from);
        return term == null ? rate : term + rate;
    }

    /**
     * The glossary term a phrase ends with, as the head of a Chinese noun phrase; outside shares, also a term
     * followed by one stray character (高级社会工作者师).
     */
    private String headTerm(String label, boolean share) {
        for (String t : terms) {
            if (label.endsWith(t)) {
                // 持证社会工作者 counts the certified ones only: a qualifying word before the term stays.
                String rest = label.substring(0, label.length() - t.length());
                for (String q : QUALIFYING) {
                    if (rest.endsWith(q) && !t.startsWith(q)) {
                        return q + t;
                    }
                }
                return t;
            }
        }
        if (!share && label.length() > 1) {
            String body = label.substring(0, label.length() - 1);
            for (String t : terms) {
                if (t.length() > 2 && body.endsWith(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String accepted(String label) {
        if (NOT_COUNTED.contains(label) || !balanced(label) || label.length() < 2 || label.length() > MAX_LENGTH || BAD_START.indexOf(label.charAt(0)) >= 0
                || BAD_END.indexOf(label.charAt(label.length() - 1)) >= 0
                || BOUNDARIES.stream().anyMatch(w -> w.length() > 1 && label.endsWith(w)
                        && WHOLE_WORDS.stream().noneMatch(whole -> whole.endsWith(w) && label.endsWith(whole)))) {
            return "";
        }
        return label;
    }

    /** Whether every bracket opened in the label is closed in it: 县(市 is cut out of 县(市、区). */
    private static boolean balanced(String label) {
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String trim(String label) {
        String s = label;
        for (boolean changed = true; changed;) {
            changed = false;
            for (String w : LEADING) {
                if (s.startsWith(w) && s.length() > w.length()) {
                    s = s.substring(w.length());
                    changed = true;
                }
            }
            for (String w : TRAILING) {
                if (s.endsWith(w) && s.length() > w.length()) {
                    s = s.substring(0, s.length() - w.length());
                    changed = true;
                }
            }
        }
        return s.replaceFirst("^[(（][^)）]*[)）]", "");
    }

    /** Whether the phrase at {@code from} is the last item of a list whose items carry no number of their own. */
    private static boolean closesBareEnumeration(String p, Clauses clauses, int from) {
        int j = from;
        while (j > 0 && p.charAt(j - 1) == ' ') {
            j--;
        }
        if (j == 0 || p.charAt(j - 1) != '、' || clauses.inName(j - 1)) {
            return false;
        }
        String item = p.substring(clauses.start(j - 2), j - 1);
        return item.chars().noneMatch(c -> Character.isDigit(c) || "一二两兩三四五六七八九十百千万萬".indexOf(c) >= 0);
    }

    private boolean placeStartingAt(String p, int start) {
        for (int len = 2; len <= LONGEST_PLACE && start + len <= p.length(); len++) {
            if (places.contains(p.substring(start, start + len))) {
                return true;
            }
        }
        return false;
    }

    private boolean placeEndingAt(String p, int end, int from) {
        for (int len = 2; len <= LONGEST_PLACE && end - len >= from; len++) {
            if (places.contains(p.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }

    private static String wordAt(List<String> words, String p, int i) {
        for (String w : words) {
            if (p.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private static String wordEndingAt(List<String> words, String p, int end, int from) {
        for (String w : words) {
            if (end - w.length() >= from && p.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    static boolean labelChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "()（）".indexOf(c) >= 0;
    }
}

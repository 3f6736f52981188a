package org.swbulletin.enrich;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the key statistics of an article: numbers with what they count.
 *
 * <p>Numbers are Arabic ({@code 1463}, {@code 1.21万}, {@code 1.06 亿元}) or Chinese ({@code 四名},
 * {@code 两万余人次}); 万 and 亿 are applied to the value (Traditional 萬, 億 and 兩 read the same, for a report that
 * mixes the scripts); 余, 多, 以上 after the number and 近, 超过, 逾, 约, 达 before it become the qualifier. A range ({@code 5-8 个}) keeps its lower bound as value and {@code 至8} as qualifier.
 * Years, dates, ages, durations, ordinals ({@code 第三届}), house numbers ({@code 148号}), code-like numbers
 * (seven digits or more, a leading zero, next to Latin letters or {@code +}) and counts of one are not figures.
 *
 * <p>The label is the thing counted: the words right after a measure word ({@code 36 名专职人员}), or else the words
 * before the number with verbs and totals trimmed ({@code 全区已建成社工站850个} gives 社工站,
 * {@code 持证社工总数1.21万余人} gives 持证社工); when it ends with a glossary term, the term is the label. The key
 * figures are read from the title too, and each figure is listed once (by value, unit and kind), with its best label.
 *
 * <p>The kind tells a count ({@code total}) from a rise ({@code 比上年增加6.4万人}: {@code increase}, labelled like the
 * total beside it), an amount per base ({@code 每万人拥有18.5名}: {@code ratio}, unit {@code 名/万人}), a sum of yuan
 * ({@code money}) and a per cent ({@code share}). Figures are ranked by {@link FigureImportance} and every figure that
 * ranks above its floor is kept, most important first: there is no fixed count to cut a key figure off.
 */
public final class FigureExtractor {
    private static final int MAX_TEXT_SIDE = 24;
    private static final String OPENING_MARKS = "“‘《「〈";

    private static final Pattern NUMBER = Pattern.compile(
            "(?<pre>超过|达到|突破|近|超|逾|约|达)?\\s*"
            + "(?:(?<ar>\\d+(?:\\.\\d+)?)(?:\\s*[-—~～至到]\\s*(?<to>\\d+(?:\\.\\d+)?))?|(?<zh>[零〇一二两兩三四五六七八九十百千]+(?:[万萬亿億][零〇一二两兩三四五六七八九十百千]+)*))"
            + "\\s*(?<mag>[万亿萬億]?)(?<q>余|多)?(?<mag2>[万亿萬億]?)\\s*"
            + "(?<unit>人次|场次|[万萬]元|[亿億]元|小时|分钟|[%％个人名次家所支篇场期条项户元件份位处座批间节部对例年月日号岁天周届级倍])?"
            + "(?<q2>以上)?");

    private static final String NUMBER_STARTS = "超达突近逾约零〇一二两兩三四五六七八九十百千";
    /** Words right before a number that make it a rise over an earlier count. */
    private static final java.util.List<String> RISES = java.util.List.of("增加", "新增", "增长", "净增", "增幅",
            "上升", "提高", "提升", "多了", "增加了", "增长了", "提高了", "上升了", "提升了");

    private static final Set<String> NOT_COUNTS = Set.of("年", "月", "日", "号", "岁", "小时", "分钟", "天", "周", "届",
            "级", "倍");
    private static final Set<String> MEASURE_WORDS = Set.of("个", "名", "家", "所", "支", "篇", "场", "期", "条", "项",
            "户", "件", "份", "位", "处", "座", "批", "间", "节", "部", "对", "例");
    /** Words after a number that make it a target or a rule, not a fact (20%的要求). */
    private static final List<String> TARGETS = List.of("的要求", "的目标", "的标准", "的任务");
    /** Words that make the rest of their sentence a target or a plan (到2020年,力争…10万人), not a fact. */
    /** A measure word that starts a noun with the next character: 11部门 is eleven departments, not 11 部. */
    private static final Map<String, String> NOUN_STARTS = Map.of("部", "门委署", "对", "象口接", "节", "日点约");
    /** Below this many yuan a sum is a price (5元剪发), not a statistic. */
    private static final BigDecimal LEAST_SUM = BigDecimal.valueOf(10_000);

    private final Set<String> terms;
    private final FigureLabeler labeler;

    /** An extractor that labels figures with these glossary terms where they fit. */
    public FigureExtractor(Collection<String> glossaryTerms) {
        this(glossaryTerms, Set.of());
    }

    /** An extractor that labels figures with these glossary terms and trims these full place names off labels. */
    public FigureExtractor(Collection<String> glossaryTerms, Collection<String> placeNames) {
        this.terms = Set.copyOf(glossaryTerms);
        this.labeler = new FigureLabeler(List.copyOf(glossaryTerms), Set.copyOf(placeNames));
    }

    private record Candidate(Figure figure, int order, int score) {}

    /** Where a figure stands: the title weighs most, then the lead, then the body. */
    enum Place { TITLE, LEAD, BODY }

    /** The key figures of an article, most important first (ties in text order). */
    public List<Figure> extract(ArticleText text) {
        // One figure per value, unit and kind: the title's 4.4万人 and the body's are the same figure.
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        int[] order = {0};
        read(text.title(), Place.TITLE, byKey, order);
        read(text.kicker(), Place.TITLE, byKey, order);
        boolean lead = true;
        for (String p : text.paragraphs()) {
            if (p == null || p.isBlank()) {
                continue;
            }
            read(p, lead ? Place.LEAD : Place.BODY, byKey, order);
            lead = false;
        }
        return byKey.values().stream()
                .filter(c -> c.score() >= FigureImportance.FLOOR)
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::order))
                .map(Candidate::figure).toList();
    }

    private void read(String p, Place place, Map<String, Candidate> byKey, int[] order) {
        if (p == null || p.isEmpty()) {
            return;
        }
        Clauses clauses = new Clauses(p);
        Marks marks = new Marks(p);
        Figure previous = null;
        int previousSentence = -1;
        int previousEnd = -1;
        int firstEnd = -1;
        Matcher m = NUMBER.matcher(p);
        // What find() would do, without trying the pattern at characters that cannot start a figure.
        for (int i = 0; i < p.length(); ) {
            if (!mayStartNumber(p.charAt(i)) || !m.region(i, p.length()).lookingAt()) {
                i++;
                continue;
            }
            i = m.end();
            int sentence = clauses.sentenceStart(m.start());
            boolean sameSentence = sentence == previousSentence;
            Candidate c = candidate(p, clauses, marks, m, place, order[0]++, sameSentence ? previous : null,
                    sameSentence ? previousEnd : -1, sameSentence ? firstEnd : -1);
            if (c == null) {
                continue;
            }
            firstEnd = sameSentence ? firstEnd : m.end();
            previous = c.figure();
            previousSentence = sentence;
            previousEnd = m.end();
            Figure f = c.figure();
            // 派驻社工300余名 and 社会工作人员300余人 count the same people.
            String unitKey = f.unit().equals("名") || f.unit().equals("位") ? "人" : f.unit();
            String key = f.value().toPlainString() + '\u001f' + unitKey + '\u001f' + f.kind();
            Candidate had = byKey.get(key);
            if (had == null) {
                byKey.put(key, c);
            } else if (c.score() > had.score()) {
                // Keep the first place in the text, and the label and words of the stronger mention.
                byKey.put(key, new Candidate(f, had.order(), c.score()));
            }
        }
    }

    /** True for the characters a match of {@link #NUMBER} can begin with: a prefix word, a space, a numeral. */
    private static boolean mayStartNumber(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c >= '\t' && c <= '\r' || NUMBER_STARTS.indexOf(c) >= 0;
    }

    private Candidate candidate(String p, Clauses clauses, Marks marks, Matcher m, Place place, int order,
            Figure previous, int previousEnd, int firstEnd) {
        String ar = m.group("ar");
        String zh = m.group("zh");
        String unit = m.group("unit") == null ? "" : m.group("unit");
        String mag = nz(m.group("mag")) + nz(m.group("mag2"));
        int numStart = m.start(ar != null ? "ar" : "zh");
        char before = numStart > 0 ? p.charAt(numStart - 1) : ' ';
        char after = m.end() < p.length() ? p.charAt(m.end()) : ' ';
        if (before == '第' || NOT_COUNTS.contains(unit) || isLatin(before) || isLatin(after) || after == '+'
                || before == '+' || after == '号' || Character.isDigit(after) || clauses.inName(numStart)) {
            return null;
        }
        if (NOUN_STARTS.containsKey(unit) && NOUN_STARTS.get(unit).indexOf(after) >= 0) {
            return null;
        }
        // 34741人参考, 200余人共同见证: a head count whose verb follows is labelled by what the people did.
        String actors = unit.equals("人") || unit.equals("名") || unit.equals("人次")
                ? FigureKinds.actorLabel(p, m.end()) : "";
        // 三人小组, 百人团队: a head count before a noun names a kind of thing, it counts nothing.
        if (actors.isEmpty() && (unit.equals("人") || unit.equals("人次")) && FigureLabeler.labelChar(after)
                && labeler.after(p, clauses, m.end()).length() > 0) {
            return null;
        }
        BigDecimal value;
        if (ar != null) {
            // Seven digits or more, or a leading zero, is a phone number or a code, not a count.
            if ((ar.length() >= 7 && !ar.contains(".")) || (ar.length() > 1 && ar.startsWith("0"))) {
                return null;
            }
            // A bare number without unit or magnitude is a year (2025社工宣传周) or a label, not a figure.
            if (unit.isEmpty() && mag.isEmpty()) {
                return null;
            }
            value = new BigDecimal(ar);
        } else {
            if (!MEASURE_WORDS.contains(unit) && !unit.equals("人") && !unit.equals("人次") && !unit.equals("场次")
                    && !unit.endsWith("元")) {
                return null;
            }
            // 百名, 十大, 千村: a bare round numeral is a set phrase, not a count; 千余人, 百余名 are counts.
            if (zh.length() == 1 && "十百千".contains(zh) && m.group("q") == null) {
                return null;
            }
            value = ChineseNumber.parse(zh);
            // 一名管理人员: one in words is an article, not a count, even in a ratio.
            if (value == null || value.compareTo(BigDecimal.ONE) <= 0) {
                return null;
            }
        }
        if (unit.equals("万元") || unit.equals("亿元") || unit.equals("萬元") || unit.equals("億元")) {
            mag = mag + unit.charAt(0);
            unit = "元";
        }
        for (char c : mag.toCharArray()) {
            boolean tenThousand = c == '万' || c == '萬';
            value = value.multiply(tenThousand ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (unit.equals("％")) {
            unit = "%";
        }
        // 达到…中20%的要求: a target or a rule states no fact.
        if (TARGETS.stream().anyMatch(t -> p.startsWith(t, m.end()))) {
            return null;
        }
        int labelEnd = m.start("pre") >= 0 ? m.start("pre") : numStart;
        int clauseStart = clauses.start(labelEnd);
        int sentenceStart = clauses.sentenceStart(numStart);
        // 到2020年,力争…发展到10万人: a plan or a target states no fact yet.
        if (place != Place.TITLE && marks.lastPlan(labelEnd) >= sentenceStart) {
            return null;
        }
        int partAt = marks.lastPart(clauseStart + 2);
        boolean part = partAt >= sentenceStart && firstEnd >= 0 && firstEnd <= partAt;
        // 总量达347.5万余人次,其中包括…社区活动25109余场等: examples of a total the sentence has given are not key.
        if (part && place != Place.TITLE && marks.examplesFollow(m.end())) {
            return null;
        }
        String base = FigureKinds.ratioBase(p, clauseStart, labelEnd);
        // 为每个社工站配备2名社工: a staffing or funding rule per unit states a norm, not a statistic.
        if (base != null && FigureKinds.isNorm(p, clauseStart, labelEnd)) {
            return null;
        }
        String kind;
        if (base != null) {
            kind = Figure.RATIO;
        } else if (unit.equals("元")) {
            kind = Figure.MONEY;
        } else if (unit.equals("%")) {
            // 比去年增长17.8%: a growth rate is a rise of the count before it, not a share of a whole.
            kind = FigureKinds.isRise(p, clauseStart, labelEnd) ? Figure.INCREASE : Figure.SHARE;
        } else {
            kind = FigureKinds.isRise(p, clauseStart, labelEnd) ? Figure.INCREASE : Figure.TOTAL;
        }
        // A ratio or a rise may be small (18.5 per 10,000, 1.5 more); a count of one or a price is no statistic.
        boolean relative = kind.equals(Figure.RATIO) || kind.equals(Figure.INCREASE);
        if (value.signum() <= 0 || (!relative && value.compareTo(BigDecimal.ONE) <= 0)
                || (kind.equals(Figure.MONEY) && value.compareTo(LEAST_SUM) < 0)) {
            return null;
        }
        String qualifier = qualifier(m);
        String label;
        if (kind.equals(Figure.RATIO)) {
            label = ratioLabel(p, clauses, clauseStart, labelEnd, m.end(), base);
        } else if (kind.equals(Figure.INCREASE) && unit.equals("%")) {
            label = previous != null ? previous.label() : "";
        } else {
            label = label(p, clauses, labelEnd, m.end(), unit, mag.isEmpty(), previous);
        }
        if (label.isEmpty() && previous != null && previousEnd >= 0 && continues(p, previousEnd, labelEnd)) {
            // 个案服务320个、738人次: the same thing counted again in another unit keeps its label.
            label = previous.label();
        }
        if (label.isEmpty()) {
            label = actors;
        } else if (PEOPLE_UNITS.contains(unit) && !kind.equals(Figure.RATIO)) {
            label = FigureKinds.byActorVerb(label, p, clauseStart, labelEnd);
        }
        if (label.isEmpty() && kind.equals(Figure.INCREASE) && previous != null) {
            // 持证社工30.4万人,比上年增加6.4万人: the rise is of the total before it in the sentence.
            label = previous.label();
        }
        if (label.isEmpty() && kind.equals(Figure.MONEY)) {
            label = FigureKinds.spendingLabel(p, clauseStart, labelEnd);
        }
        if (label.isEmpty() && (unit.equals("人") || unit.equals("名"))) {
            label = FigureKinds.passedLabel(p, m.end());
        }
        if (label.isEmpty() && unit.equals("人次")) {
            label = FigureKinds.servedLabel(p, clauseStart, numStart);
        }
        if (label.isEmpty()) {
            return null;
        }
        if (kind.equals(Figure.RATIO)) {
            unit = unit + "/" + base;
        }
        // 户籍老年人口38.46万: a count of people written without a measure word counts people.
        if (unit.isEmpty() && kind.equals(Figure.TOTAL) && PEOPLE_NOUNS.stream().anyMatch(label::endsWith)) {
            unit = "人";
        }
        String phrase = clauseAround(p, clauses, numStart, m.end());
        int score = FigureImportance.score(new FigureImportance.Facts(place, ar != null, terms.contains(label),
                value, unit, kind, qualifier != null,
                perUnit(p, clauseStart, labelEnd),
                part,
                FigureImportance.isWhole(p, clauseStart, labelEnd)));
        return new Candidate(new Figure(label, value, unit, qualifier, phrase, kind), order, score);
    }

    private static final Set<String> PEOPLE_UNITS = Set.of("人", "名", "人次", "位");

    /** Nouns of people: a count of them without a measure word is a count of 人. */
    private static final List<String> PEOPLE_NOUNS = List.of("人口", "人员", "人才", "居民", "群众", "老人", "老年人",
            "儿童", "学生", "社工", "社会工作者", "志愿者");

    /** Whether only a 、 stands between the end of the figure before and this number's start (320个、738人次). */
    private static boolean continues(String p, int previousEnd, int start) {
        int i = previousEnd;
        while (i < start && p.charAt(i) == ' ') {
            i++;
        }
        if (i >= start || p.charAt(i) != '、') {
            return false;
        }
        i++;
        while (i < start && p.charAt(i) == ' ') {
            i++;
        }
        return i == start;
    }

    /** Whether 每 stands right before the number: 每5个社工站 is the base of a rule, not a count. */
    private static boolean perUnit(String p, int from, int end) {
        int i = end;
        while (i > from && Character.isWhitespace(p.charAt(i - 1))) {
            i--;
        }
        return i > from && p.charAt(i - 1) == '每';
    }

    /** 每万人拥有持证社工18.5名: the counted noun stands after the unit, or between the base's verb and the number. */
    private String ratioLabel(String p, Clauses clauses, int clauseStart, int labelEnd, int numEnd, String base) {
        String label = labeler.after(p, clauses, numEnd);
        if (!label.isEmpty()) {
            return label;
        }
        int per = labelEnd - 1;
        while (per > clauseStart && p.charAt(per) != '每') {
            per--;
        }
        int from = FigureKinds.afterBase(p, per, labelEnd);
        label = from < labelEnd ? labeler.before(p, clauses, from, labelEnd, false) : "";
        // 全省社会工作者每万人拥有18.5名: what is counted stands before the base.
        return label.isEmpty() || label.endsWith(base) ? labeler.before(p, clauses, clauseStart, per, false) : label;
    }

    /** The clause the number stands in, cut to about twenty characters either side when it is long. */
    static String clauseAround(String p, Clauses clauses, int numStart, int numEnd) {
        int start = Math.max(clauses.start(numStart), numStart - MAX_TEXT_SIDE);
        int end = Math.min(clauses.end(numEnd), numEnd + MAX_TEXT_SIDE);
        // Cut before a quoted name rather than inside it.
        while (end > numEnd && clauses.inName(end - 1) && clauses.inName(end)) {
            end--;
        }
        while (end > numEnd && clauses.inName(end - 1) && OPENING_MARKS.indexOf(p.charAt(end - 1)) >= 0) {
            end--;
        }
        return p.substring(start, Math.max(start, end)).strip();
    }

    private static String qualifier(Matcher m) {
        if (m.group("to") != null) {
            return "至" + m.group("to");
        }
        String pre = m.group("pre");
        if (pre != null) {
            return switch (pre) {
                case "超" -> "超过";
                case "达到" -> "达";
                default -> pre;
            };
        }
        if (m.group("q") != null) {
            return m.group("q");
        }
        return m.group("q2");
    }

    private String label(String p, Clauses clauses, int numStart, int numEnd, String unit, boolean noMagnitude,
            Figure previousFigure) {
        String previous = previousFigure == null ? "" : previousFigure.label();
        int clauseStart = clauses.start(numStart);
        if (unit.equals("%")) {
            // 社工站数量占乡镇总数的83%, 持证社工284名,占总数的21%: a share is labelled by what makes it up.
            int share = numStart - 1;
            int reach = Math.max(clauseStart, numStart - MAX_TEXT_SIDE);
            while (share >= reach && p.charAt(share) != '占') {
                share--;
            }
            if (share >= reach) {
                String whole = labeler.before(p, clauses, clauseStart, share, true);
                return whole.isEmpty() && share == clauseStart ? previous : whole;
            }
            String rate = labeler.rate(p, clauseStart, numStart);
            return rate.isEmpty() ? labeler.before(p, clauses, clauseStart, numStart, true) : rate;
        }
        boolean counted = MEASURE_WORDS.contains(unit) || (unit.isEmpty() && !noMagnitude);
        String label = counted ? labeler.after(p, clauses, numEnd) : "";
        return label.isEmpty() ? labeler.before(p, clauses, clauseStart, numStart, false) : label;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

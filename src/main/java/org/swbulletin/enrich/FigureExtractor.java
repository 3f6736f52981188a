package org.swbulletin.enrich;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 * figures are at most {@value #MAX_FIGURES}, the best by a fixed score, listed in the order of the text.
 */
public final class FigureExtractor {
    static final int MAX_FIGURES = 8;
    private static final int MAX_TEXT_SIDE = 24;
    private static final String OPENING_MARKS = "“‘《「〈";

    private static final Pattern NUMBER = Pattern.compile(
            "(?<pre>超过|达到|近|超|逾|约|达)?\\s*"
            + "(?:(?<ar>\\d+(?:\\.\\d+)?)(?:\\s*[-—~～至到]\\s*(?<to>\\d+(?:\\.\\d+)?))?|(?<zh>[零〇一二两兩三四五六七八九十百千]+))"
            + "\\s*(?<mag>[万亿萬億]?)(?<q>余|多)?(?<mag2>[万亿萬億]?)\\s*"
            + "(?<unit>人次|场次|[万萬]元|[亿億]元|小时|分钟|[%％个人名次家所支篇场期条项户元件份位处座批间年月日号岁天周届级倍])?"
            + "(?<q2>以上)?");

    private static final String NUMBER_STARTS = "超达近逾约零〇一二两兩三四五六七八九十百千";

    private static final Set<String> NOT_COUNTS = Set.of("年", "月", "日", "号", "岁", "小时", "分钟", "天", "周", "届",
            "级", "倍");
    private static final Set<String> MEASURE_WORDS = Set.of("个", "名", "家", "所", "支", "篇", "场", "期", "条", "项",
            "户", "件", "份", "位", "处", "座", "批", "间");
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

    /** The key figures of an article, in text order. */
    public List<Figure> extract(ArticleText text) {
        List<Candidate> all = new ArrayList<>();
        int order = 0;
        for (String p : text.paragraphs()) {
            if (p == null) {
                continue;
            }
            Clauses clauses = new Clauses(p);
            String previous = "";
            Matcher m = NUMBER.matcher(p);
            // What find() would do, without trying the pattern at characters that cannot start a figure.
            for (int i = 0; i < p.length(); ) {
                if (!mayStartNumber(p.charAt(i)) || !m.region(i, p.length()).lookingAt()) {
                    i++;
                    continue;
                }
                i = m.end();
                Candidate c = candidate(p, clauses, m, order++, previous);
                if (c != null) {
                    previous = c.figure().label();
                    if (all.stream().noneMatch(x -> same(x.figure(), c.figure()))) {
                        all.add(c);
                    }
                }
            }
        }
        return all.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::order))
                .limit(MAX_FIGURES)
                .sorted(Comparator.comparingInt(Candidate::order))
                .map(Candidate::figure).toList();
    }

    /** True for the characters a match of {@link #NUMBER} can begin with: a prefix word, a space, a numeral. */
    private static boolean mayStartNumber(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c >= '\t' && c <= '\r' || NUMBER_STARTS.indexOf(c) >= 0;
    }

    private static boolean same(Figure a, Figure b) {
        return a.label().equals(b.label()) && a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit());
    }

    private Candidate candidate(String p, Clauses clauses, Matcher m, int order, String previous) {
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
        // 三人小组, 百人团队: a head count before a noun names a kind of thing, it counts nothing.
        if ((unit.equals("人") || unit.equals("人次")) && FigureLabeler.labelChar(after)
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
            if (!MEASURE_WORDS.contains(unit) && !unit.equals("人") && !unit.equals("人次") && !unit.equals("场次")) {
                return null;
            }
            // 百名, 十大, 千村: a bare round numeral is a set phrase, not a count.
            if (zh.length() == 1 && "十百千".contains(zh)) {
                return null;
            }
            value = ChineseNumber.parse(zh);
            if (value == null) {
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
        if (value.compareTo(BigDecimal.ONE) <= 0 || (unit.equals("元") && value.compareTo(LEAST_SUM) < 0)) {
            return null;
        }
        String qualifier = qualifier(m);
        if (unit.equals("％")) {
            unit = "%";
        }
        int labelEnd = m.start("pre") >= 0 ? m.start("pre") : numStart;
        String label = label(p, clauses, labelEnd, m.end(), unit, mag.isEmpty(), previous);
        if (label.isEmpty()) {
            return null;
        }
        String phrase = clauseAround(p, clauses, numStart, m.end());
        int score = (ar != null ? 3 : 0) + (terms.contains(label) ? 2 : 0)
                + (value.compareTo(BigDecimal.valueOf(100)) >= 0 ? 1 : 0) + (qualifier != null ? 1 : 0)
                - (ar == null && value.compareTo(BigDecimal.TEN) < 0 ? 3 : 0)
                - (p.substring(0, labelEnd).stripTrailing().endsWith("每") ? 3 : 0);
        return new Candidate(new Figure(label, value, unit, qualifier, phrase), order, score);
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
            String previous) {
        int clauseStart = clauses.start(numStart);
        if (unit.equals("%")) {
            // 社工站数量占乡镇总数的83%, 持证社工284名,占总数的21%: a share is labelled by what makes it up.
            int share = p.lastIndexOf('占', numStart - 1);
            if (share >= clauseStart) {
                String whole = labeler.before(p, clauses, clauseStart, share, true);
                return whole.isEmpty() && share == clauseStart ? previous : whole;
            }
            return labeler.before(p, clauses, clauseStart, numStart, true);
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

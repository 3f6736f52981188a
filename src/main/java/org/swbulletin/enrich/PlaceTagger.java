package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the provinces, prefecture-level cities and finer places an article is about.
 *
 * <p>Every gazetteer name found in the text is a vote for its division, its city and its province, weighted by where
 * it stands (title, kicker, first paragraph, body, source line) and how sure the match is (a full or suffixed name
 * beats a bare short name; a name inside an institution's name such as {@code 中山大学}, or in a list such as
 * {@code 来自上海、辽宁、山西等}, counts little). Anaphors count for the place they point back to: {@code 在京} is
 * 北京, {@code 全区} or {@code 自治区} after an autonomous region is that region. Only places whose votes reach a
 * threshold, absolute and relative to the leader, are kept, so an article of a national body with no place has no
 * province.
 */
public final class PlaceTagger {

    /** The places an article is about, as short names, most relevant first. */
    public record Places(List<String> provinces, List<String> cities, List<String> places) {}

    static final double TITLE = 5, KICKER = 4, FIRST_PARAGRAPH = 3, BODY = 1, SOURCE = 0.5;
    private static final double MIN_SCORE = 1.5;
    private static final double RELATIVE = 0.4;
    // A place given as an example of a whole (其中,毕节市…;贵阳市…) votes as little as one in a list.
    private static final double EXAMPLE = 0.25;
    private static final int MAX_PROVINCES = 3, MAX_CITIES = 4, MAX_PLACES = 5;

    // Words after a place name that make it part of an institution's or a street's name: the place is where the
    // body sits, not what the article is about.
    private static final List<String> INSTITUTION_TAILS = List.of("大学", "学院", "师范", "职业", "理工", "医科",
            "日报", "晚报", "特区报", "电视台", "广播", "路", "大道", "大街", "街", "公园", "银行", "集团", "海关",
            "籍", "人", "队", "港", "大桥", "机场", "站");
    private static final Set<Character> PREFECTURE_SUFFIX = Set.of('市', '州', '盟', '地');
    private static final Set<Character> COUNTY_SUFFIX = Set.of('县', '区', '旗');
    private static final Set<Character> PROVINCE_SUFFIX = Set.of('省');
    // One-character abbreviations that are safe only right after a verb of place: 在京, 来沪, 赴渝.
    private static final Map<Character, String> ABBREVIATIONS = Map.of('京', "北京", '沪', "上海", '津', "天津",
            '渝', "重庆", '穗', "广州", '蓉', "成都", '港', "香港", '澳', "澳门");
    private static final String ABBREVIATION_CHARS = "京沪津渝穗蓉港澳";
    // What may follow 在京: a verb of meeting (在京召开, 来京参加, 在京举行), or 期间.
    private static final String ABBREVIATION_FOLLOWERS = "召举开参出期工办";
    private static final Set<Character> PLACE_VERBS = Set.of('在', '来', '赴', '抵', '进', '返', '离', '驻');

    private static final PersonNames PERSONS = PersonNames.bundled();

    private final Gazetteer gazetteer;
    private final PlaceNameIndex index;

    /** A tagger over a gazetteer; builds its name index once. */
    public PlaceTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.index = new PlaceNameIndex(gazetteer);
    }

    /** A vote for a division found in the text. */
    private record Hit(PlaceNameIndex.Match match, double weight, boolean sure) {}

    /** The places the article is about. */
    public Places tag(ArticleText text) {
        List<Hit> hits = new ArrayList<>();
        Recent recent = new Recent();
        collect(text.kicker(), KICKER, hits, recent);
        collect(text.title(), TITLE, hits, recent);
        boolean first = true;
        for (String p : text.paragraphs()) {
            if (p == null || p.isBlank()) {
                continue;
            }
            // A dateline's place (新华社南宁10月29日电) is where the reporter filed from, not what the story is about.
            collect(first ? Dateline.strip(p) : p, first ? FIRST_PARAGRAPH : BODY, hits, recent);
            first = false;
        }
        collect(text.source(), SOURCE, hits, new Recent());

        // Provinces named by unambiguous, sure hits settle which of several same-named divisions is meant.
        Map<String, Double> evidence = new HashMap<>();
        for (Hit h : hits) {
            if (h.match().entries().size() == 1 && h.sure()) {
                evidence.merge(gazetteer.provinceOf(h.match().entries().get(0).division()).code(), h.weight(),
                        Double::sum);
            }
        }

        List<Division> resolved = new ArrayList<>(hits.size());
        Set<String> named = new java.util.HashSet<>();
        for (Hit h : hits) {
            Division d = resolve(h.match(), evidence);
            resolved.add(d);
            if (h.sure()) {
                named.add(d.code());
            }
        }

        Map<Division, Double> province = new LinkedHashMap<>();
        Map<Division, Double> city = new LinkedHashMap<>();
        Map<Division, Double> place = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            Division d = resolved.get(i);
            Division prov = gazetteer.provinceOf(d);
            double w = h.weight();
            // A bare two-character county name is a common word (合作, 资源) as often as a place: it counts only when
            // the county or its parent is also named for sure (昆山 beside 昆山市 or 苏州).
            if (!h.sure() && d.level() == Division.Level.COUNTY && !named.contains(d.code())
                    && !named.contains(d.parent())) {
                continue;
            }
            province.merge(prov, w, Double::sum);
            Division c = cityOf(d);
            if (c != null) {
                city.merge(c, w, Double::sum);
            }
            if (d.level() == Division.Level.COUNTY) {
                place.merge(d, w, Double::sum);
            }
        }

        List<Division> provinces = pick(province, MAX_PROVINCES, MIN_SCORE);
        Set<String> chosen = new java.util.HashSet<>();
        provinces.forEach(p -> chosen.add(p.code()));
        city.keySet().removeIf(c -> !chosen.contains(gazetteer.provinceOf(c).code()));
        List<Division> cities = pick(city, MAX_CITIES, MIN_SCORE);
        place.keySet().removeIf(p -> !chosen.contains(gazetteer.provinceOf(p).code()));
        List<Division> places = pick(place, MAX_PLACES, MIN_SCORE);
        return new Places(provinces.stream().map(Division::shortName).toList(),
                cities.stream().map(Division::shortName).toList(),
                places.stream().map(PlaceTagger::placeName).toList());
    }

    // Districts are spoken of with their suffix (香坊区); counties and county-level cities by their short name (昆山).
    private static String placeName(Division d) {
        return d.name().endsWith("区") ? d.name() : d.shortName();
    }

    /** The prefecture-level city a division belongs to: itself, its parent, or the municipality's own city. */
    private Division cityOf(Division d) {
        switch (d.level()) {
            case PREFECTURE:
                return d;
            case COUNTY: {
                Division p = gazetteer.parent(d).orElse(null);
                return p != null && p.level() == Division.Level.PREFECTURE ? p : null;
            }
            default:
                // A municipality is its own city.
                return gazetteer.byCode(d.code().substring(0, 2) + "0100")
                        .filter(c -> c.name().equals(d.name())).orElse(null);
        }
    }

    private static List<Division> pick(Map<Division, Double> scores, int max, double min) {
        List<Map.Entry<Division, Double>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Comparator.<Map.Entry<Division, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().code()));
        List<Division> out = new ArrayList<>();
        if (sorted.isEmpty()) {
            return out;
        }
        double top = sorted.get(0).getValue();
        for (Map.Entry<Division, Double> e : sorted) {
            if (out.size() == max || e.getValue() < Math.max(min, RELATIVE * top)) {
                break;
            }
            out.add(e.getKey());
        }
        return out;
    }

    private Division resolve(PlaceNameIndex.Match m, Map<String, Double> evidence) {
        List<PlaceNameIndex.Entry> entries = m.entries();
        if (entries.size() == 1) {
            return entries.get(0).division();
        }
        return entries.stream().max(Comparator
                        .<PlaceNameIndex.Entry>comparingDouble(e -> evidence.getOrDefault(
                                gazetteer.provinceOf(e.division()).code(), 0.0))
                        .thenComparing(e -> e.full() ? 1 : 0)
                        .thenComparing(e -> -e.division().level().ordinal())
                        .thenComparing(e -> e.division().code(), Comparator.reverseOrder()))
                .orElseThrow().division();
    }

    /** The province and city named last, which 全区, 全省 and 全市 refer back to; carried across paragraphs. */
    private static final class Recent {
        Division province;
        Division prefecture;
    }

    private void collect(String text, double weight, List<Hit> hits, Recent recent) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<PlaceNameIndex.Match> matches = index.find(text);
        Examples examples = new Examples(text);
        int next = 0;
        for (PlaceNameIndex.Match m : matches) {
            anaphors(text, next, m.start(), recent, weight, hits, examples);
            PlaceNameIndex.Match narrowed = narrowBySuffix(text, m);
            boolean full = narrowed.entries().stream().anyMatch(PlaceNameIndex.Entry::full);
            char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
            boolean suffixed = PREFECTURE_SUFFIX.contains(after) || COUNTY_SUFFIX.contains(after)
                    || PROVINCE_SUFFIX.contains(after);
            boolean sure = full || suffixed || m.name().length() >= 3;
            // 记者 任江华, 副书记王金华: a given name, not 江华 county or the city of 金华.
            if (!sure && PERSONS.givenNameAt(text, m.start())) {
                next = m.end();
                continue;
            }
            double w = weight * (full || suffixed ? 1.0 : 0.8);
            if (insideInstitution(text, m.end())) {
                w *= 0.2;
            }
            if (inList(text, m.start(), m.end())) {
                w *= 0.25;
            }
            // An example still sets what a following 全市 points back to (毕节市…,推动全市…): only its vote is small.
            boolean example = examples.at(m.start());
            hits.add(new Hit(narrowed, example ? w * EXAMPLE : w, sure));
            if (w >= weight * 0.5) {
                Division d = narrowed.entries().get(0).division();
                recent.province = gazetteer.provinceOf(d);
                if (d.level() == Division.Level.PREFECTURE) {
                    recent.prefecture = d;
                }
            }
            next = m.end();
        }
        anaphors(text, next, text.length(), recent, weight, hits, examples);
    }

    /** Keeps, of a name's divisions, those whose level the next character names (海南州 is the prefecture). */
    private static PlaceNameIndex.Match narrowBySuffix(String text, PlaceNameIndex.Match m) {
        if (m.entries().size() < 2 || m.end() >= text.length()) {
            return m;
        }
        char after = text.charAt(m.end());
        Division.Level level = PROVINCE_SUFFIX.contains(after) ? Division.Level.PROVINCE
                : PREFECTURE_SUFFIX.contains(after) ? Division.Level.PREFECTURE
                : COUNTY_SUFFIX.contains(after) ? Division.Level.COUNTY : null;
        if (level == null) {
            return m;
        }
        List<PlaceNameIndex.Entry> kept = m.entries().stream().filter(e -> e.division().level() == level).toList();
        return kept.isEmpty() ? m : new PlaceNameIndex.Match(m.start(), m.end(), m.name(), kept);
    }

    private static boolean insideInstitution(String text, int end) {
        for (String tail : INSTITUTION_TAILS) {
            if (text.startsWith(tail, end)) {
                return true;
            }
        }
        return false;
    }

    // A name in an enumeration (上海、辽宁、山西 or …、青海等) lists participants, it does not place the article.
    private static boolean inList(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return before == '、' || after == '、' || (after == '等' && before == '、');
    }

    /** Votes for abbreviations (在京) and back-references (全区, 自治区, 全省, 全市) in the stretch between two names. */
    private void anaphors(String text, int from, int to, Recent recent, double clauseWeight, List<Hit> hits,
            Examples examples) {
        Division lastProvince = recent.province;
        Division lastPrefecture = recent.prefecture;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // Most characters start neither an abbreviation nor 全区, 自治区, 全省, 全市 or 全州.
            if (ABBREVIATION_CHARS.indexOf(c) < 0 && c != '全' && c != '自') {
                continue;
            }
            double weight = examples.at(i) ? clauseWeight * EXAMPLE : clauseWeight;
            String abbr = ABBREVIATION_CHARS.indexOf(c) >= 0 ? ABBREVIATIONS.get(c) : null;
            if (abbr != null && i > 0 && PLACE_VERBS.contains(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))
                    || ABBREVIATION_FOLLOWERS.indexOf(text.charAt(i + 1)) >= 0)) {
                int at = i;
                gazetteer.province(abbr).or(() -> gazetteer.prefecture(abbr))
                        .ifPresent(d -> hits.add(synthetic(abbr, d, weight, at)));
            }
            if (lastProvince != null && lastProvince.name().endsWith("自治区")
                    && (text.startsWith("全区", i) || text.startsWith("自治区", i))) {
                hits.add(synthetic(lastProvince.shortName(), lastProvince, weight * 0.5, i));
            } else if (lastProvince != null && text.startsWith("全省", i)) {
                hits.add(synthetic(lastProvince.shortName(), lastProvince, weight * 0.5, i));
            } else if (lastPrefecture != null && (text.startsWith("全市", i) || text.startsWith("全州", i))) {
                hits.add(synthetic(lastPrefecture.shortName(), lastPrefecture, weight * 0.5, i));
            }
        }
    }

    private static Hit synthetic(String name, Division d, double weight, int at) {
        return new Hit(new PlaceNameIndex.Match(at, at + 1, name, List.of(new PlaceNameIndex.Entry(d, true))),
                weight, true);
    }
}

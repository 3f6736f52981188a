package org.swbulletin.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled title that opens with its place and a colon, {@code 西藏拉萨：首批社工机构成立}, {@code 湖北石首：…},
 * {@code 海淀区：…}: digests title the news they gather from the provinces this way, and a subheading never opens so.
 * The place is a province's short name followed by at most a city's or county's, or a name ending in a division's
 * suffix (市, 区, 县, 州, 盟, 旗, 省).
 */
final class PlacePrefixedTitle {
    /** The provincial-level divisions' short names: the grammar of such titles, not data an editor changes. */
    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
            "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");
    private static final Pattern PREFIX = Pattern.compile("^(\\p{IsHan}{2,10})[:：][ \\u3000]*\\S.{3,}$");

    private PlacePrefixedTitle() {}

    /** True when the line is a title opened by a place and a colon. */
    static boolean is(String line) {
        String t = line.strip();
        if (t.length() > ArticleSplitter.MAX_TITLE || Punctuation.hasClausePunctuation(t)) {
            return false;
        }
        Matcher m = PREFIX.matcher(t);
        if (!m.matches()) {
            return false;
        }
        String place = m.group(1);
        if ("市区县州盟旗省".indexOf(place.charAt(place.length() - 1)) >= 0) {
            return true;
        }
        for (String p : PROVINCES) {
            if (place.startsWith(p) && place.length() - p.length() <= 4) {
                return true;
            }
        }
        return false;
    }
}

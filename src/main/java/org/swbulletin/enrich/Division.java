package org.swbulletin.enrich;

import java.util.Objects;

/**
 * An administrative division of China from the gazetteer.
 *
 * @param code      the six-digit division code
 * @param parent    the parent division's code, or empty for a provincial-level division
 * @param level     provincial, prefecture or county level
 * @param name      the full Chinese name ({@code 内蒙古自治区})
 * @param shortName the short Chinese name used in tags ({@code 内蒙古})
 * @param nameEn    the English name ({@code Inner Mongolia})
 * @param slug      an ascii URL slug, unique within its level ({@code inner-mongolia})
 */
public record Division(String code, String parent, Level level, String name, String shortName, String nameEn,
                       String slug) {

    /** The three levels the gazetteer holds. */
    public enum Level {
        /** Province, autonomous region, municipality or special administrative region. */
        PROVINCE,
        /** Prefecture-level city, prefecture, league or autonomous prefecture. */
        PREFECTURE,
        /** County-level city, county, district or banner. */
        COUNTY
    }

    /**
     * All fields, as a record compares them, written out: the generated comparison is assembled from method handles
     * when first used, which costs a short build dozens of generated classes.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Division d && Objects.equals(code, d.code) && Objects.equals(parent, d.parent) && level == d.level
                && Objects.equals(name, d.name) && Objects.equals(shortName, d.shortName) && Objects.equals(nameEn, d.nameEn)
                && Objects.equals(slug, d.slug);
    }

    /** The code's hash: codes are unique in a gazetteer, and equal divisions have equal codes. */
    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}

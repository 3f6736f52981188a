package org.swbulletin.enrich;

import java.util.List;
import java.util.Map;

/**
 * Tells a bare place name that is a person's given name ({@code 记者 任江华}, {@code 副书记王金华}) from a place: a
 * surname stands right before it and a title or byline word before the surname. The words are data, in the bundled
 * {@code person-names.yaml}.
 */
final class PersonNames {
    private static final String FILE = "person-names.yaml";
    private static final PersonNames BUNDLED = load();

    private final List<String> titles;
    private final String surnames;

    PersonNames(List<String> titles, String surnames) {
        this.titles = List.copyOf(titles);
        this.surnames = surnames;
    }

    /** The words of the bundled file, read once. */
    static PersonNames bundled() {
        return BUNDLED;
    }

    /** Whether the name starting at {@code start} in {@code text} is the given name of a person a title introduces. */
    boolean givenNameAt(String text, int start) {
        if (start < 1 || surnames.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        int end = start - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (String title : titles) {
            if (text.startsWith(title, end - title.length())) {
                return true;
            }
        }
        return false;
    }

    private static PersonNames load() {
        Map<?, ?> m = YamlData.bundledMap(PersonNames.class, FILE);
        if (!(m.get("titles") instanceof List<?> titles) || !(m.get("surnames") instanceof String surnames)) {
            throw new IllegalStateException(FILE + ": titles must be a list and surnames a string");
        }
        return new PersonNames(titles.stream().map(String::valueOf).toList(), surnames);
    }
}

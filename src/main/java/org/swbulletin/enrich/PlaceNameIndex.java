package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over every full and short name of the gazetteer, built once, so that an article is scanned in one
 * pass: at each position the longest name starting there is found by walking the trie.
 */
final class PlaceNameIndex {

    /** A name found in a text: where it stands and the divisions it may mean. */
    record Match(int start, int end, String name, List<Entry> entries) {}

    /**
     * One division a name may mean.
     *
     * @param division the division
     * @param full     whether the name is the division's full name ({@code 昆山市}) rather than its short name
     */
    record Entry(Division division, boolean full) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    private final Node root = new Node();

    PlaceNameIndex(Gazetteer gazetteer) {
        for (Division d : gazetteer.all()) {
            add(d.name(), new Entry(d, true));
            // A one-character short name would hit inside any word; the full name still matches.
            if (!d.shortName().equals(d.name()) && d.shortName().length() >= 2) {
                add(d.shortName(), new Entry(d, false));
            }
        }
    }

    private void add(String name, Entry e) {
        Node n = root;
        for (int i = 0; i < name.length(); i++) {
            n = n.next.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        if (n.entries == null) {
            n.entries = new ArrayList<>(1);
        }
        n.entries.add(e);
    }

    /** The names in a text, leftmost-longest and not overlapping. */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Node n = root;
            int end = -1;
            List<Entry> found = null;
            for (int j = i; j < text.length(); j++) {
                n = n.next.get(text.charAt(j));
                if (n == null) {
                    break;
                }
                if (n.entries != null) {
                    end = j + 1;
                    found = n.entries;
                }
            }
            if (found != null) {
                out.add(new Match(i, end, text.substring(i, end), found));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }
}

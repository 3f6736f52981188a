package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.List;

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

    /** A trie node; children kept in sorted arrays, so a lookup neither hashes nor boxes a character. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = newArray(0);
        List<Entry> entries;

        Node get(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node getOrAdd(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] k = new char[keys.length + 1];
            Node[] ch = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, ch, 0, insert);
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, ch, insert + 1, keys.length - insert);
            Node n = new Node();
            k[insert] = c;
            ch[insert] = n;
            keys = k;
            children = ch;
            return n;
        }

        @SuppressWarnings("unchecked")
        private static Node[] newArray(int n) {
            return new Node[n];
        }
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
            n = n.getOrAdd(name.charAt(i));
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
                n = n.get(text.charAt(j));
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

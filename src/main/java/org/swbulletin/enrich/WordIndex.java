package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A character trie over a set of words, each carrying a value, built once; finds the words of a text in one pass,
 * leftmost-longest and not overlapping, so 培训基地 counts once as itself and not also as 培训.
 */
final class WordIndex<V> {
    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        List<V> values;
    }

    private final Node<V> root = new Node<>();

    /** Adds a word; a word may carry several values. */
    void add(String word, V value) {
        if (word.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (int i = 0; i < word.length(); i++) {
            n = n.next.computeIfAbsent(word.charAt(i), c -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
    }

    /** Calls back with each value and the start of each occurrence of its word in the text. */
    void scan(String text, BiConsumer<V, Integer> found) {
        int i = 0;
        while (i < text.length()) {
            Node<V> n = root;
            List<V> longest = null;
            int end = i + 1;
            for (int j = i; j < text.length(); j++) {
                n = n.next.get(text.charAt(j));
                if (n == null) {
                    break;
                }
                if (n.values != null) {
                    longest = n.values;
                    end = j + 1;
                }
            }
            if (longest != null) {
                for (V v : longest) {
                    found.accept(v, i);
                }
                i = end;
            } else {
                i++;
            }
        }
    }
}

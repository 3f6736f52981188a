package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A character trie over a set of words, each carrying a value, built once; finds the words of a text in one pass,
 * leftmost-longest and not overlapping, so 培训基地 counts once as itself and not also as 培训.
 */
final class WordIndex<V> {
    /** A trie node; children kept in sorted arrays, so a lookup neither hashes nor boxes a character. */
    private static final class Node<V> {
        private char[] keys = new char[0];
        private Node<V>[] children = newArray(0);
        List<V> values;

        Node<V> get(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node<V> getOrAdd(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] k = new char[keys.length + 1];
            Node<V>[] ch = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, ch, 0, insert);
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, ch, insert + 1, keys.length - insert);
            Node<V> n = new Node<>();
            k[insert] = c;
            ch[insert] = n;
            keys = k;
            children = ch;
            return n;
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newArray(int n) {
            return (Node<V>[]) new Node[n];
        }
    }

    private final Node<V> root = new Node<>();

    /** Adds a word; a word may carry several values. */
    void add(String word, V value) {
        if (word.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (int i = 0; i < word.length(); i++) {
            n = n.getOrAdd(word.charAt(i));
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
                n = n.get(text.charAt(j));
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

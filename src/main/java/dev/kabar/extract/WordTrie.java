package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels looked up where words start: from each such position, one walk down a trie of the labels finds every
 * label the text continues with. This finds the same occurrences as Aho-Corasick over the whole text, less
 * those that start inside a word, which the gazetteer drops anyway, and without boxing a character per step.
 * Immutable once built.
 *
 * @param <T> what a label stands for
 */
final class WordTrie<T> {
    /** An occurrence of a label: {@code [begin, end)} in the text. */
    record Hit<T>(int begin, int end, T value) {
    }

    private static final class Node<T> {
        private final char[] keys;
        private final Node<T>[] children;
        private final T value;

        @SuppressWarnings("unchecked")
        private Node(Builder<T> b) {
            keys = new char[b.children.size()];
            children = new Node[keys.length];
            int i = 0;
            for (Map.Entry<Character, Builder<T>> e : b.children.entrySet()) {
                keys[i] = e.getKey();
                children[i++] = new Node<>(e.getValue());
            }
            value = b.value;
        }

        private Node<T> child(char c) {
            int lo = 0;
            int hi = keys.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < c) {
                    lo = mid + 1;
                } else if (keys[mid] > c) {
                    hi = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }
    }

    private static final class Builder<T> {
        private final TreeMap<Character, Builder<T>> children = new TreeMap<>();
        private T value;
    }

    private final Node<T> root;
    /** The root's children for ASCII keys: the first step is tried at every word start. */
    private final Node<T>[] rootAscii;
    private final boolean lowerCase;

    /**
     * @param labels label → value; with {@code lowerCase}, labels must be lower case already and the text is
     *               compared one {@link Character#toLowerCase(char)} at a time
     */
    WordTrie(Map<String, T> labels, boolean lowerCase) {
        Builder<T> top = new Builder<>();
        labels.forEach((label, value) -> {
            if (label.isEmpty()) {
                return;
            }
            Builder<T> b = top;
            for (int i = 0; i < label.length(); i++) {
                b = b.children.computeIfAbsent(label.charAt(i), c -> new Builder<>());
            }
            b.value = value;
        });
        this.root = new Node<>(top);
        @SuppressWarnings("unchecked")
        Node<T>[] ascii = new Node[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = root.child(c);
        }
        this.rootAscii = ascii;
        this.lowerCase = lowerCase;
    }

    /** Every label that starts at a word start and ends at a word end, by start then length. */
    List<Hit<T>> find(String text) {
        List<Hit<T>> out = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && isWordChar(text.charAt(p - 1))) {
                continue;
            }
            Node<T> node = root;
            for (int q = p; q < text.length(); q++) {
                char c = text.charAt(q);
                char key = lowerCase ? lower(c) : c;
                node = node == root && key < 128 ? rootAscii[key] : node.child(key);
                if (node == null) {
                    break;
                }
                if (node.value != null && (q + 1 >= text.length() || !isWordChar(text.charAt(q + 1)))) {
                    out.add(new Hit<>(p, q + 1, node.value));
                }
            }
        }
        return out;
    }

    /** {@link Character#toLowerCase(char)}, with ASCII, nearly every character of the text, done inline. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

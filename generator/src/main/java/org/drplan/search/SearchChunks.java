package org.drplan.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Terms cut into chunk files by how they start, so that a query loads only the chunks of its words. A chunk's key is
 * the first character (code point) of its terms; a chunk that would be bigger than {@link #MAX_CHARS} is split by
 * one more character, again and again, keeping under the split key only the term that is the key itself. A small
 * plan thus gets a file per letter, a large one files like {@code w-res.js}. The browser finds a term's chunk the
 * same way: it lengthens the key while the key is split and the term is longer. A word typed so far that is itself
 * a split key needs the chunks under it as well, for the words it begins. Keys stop growing at
 * {@link #MAX_KEY_LENGTH}: terms that share a longer start stay in one chunk, however big, so that a file name
 * stays short and no input makes the cutting deep.
 */
public final class SearchChunks {

    /** Above this many characters of entries, a chunk is split by one more character. */
    static final int MAX_CHARS = 48_000;
    /** The longest chunk key, in code points. */
    static final int MAX_KEY_LENGTH = 24;

    private final Map<String, List<String>> chunks = new TreeMap<>();
    private final Set<String> split = new TreeSet<>();

    private SearchChunks() {
    }

    /**
     * @param terms every term, in the order their chunks list them
     * @param size  the characters a term's entry takes in its chunk
     */
    public static SearchChunks of(Collection<String> terms, ToIntFunction<String> size) {
        SearchChunks result = new SearchChunks();
        result.cut(terms, 1, size);
        return result;
    }

    /** Chunk key to its terms, in key order. */
    public Map<String, List<String>> chunks() {
        return Collections.unmodifiableMap(chunks);
    }

    /** The keys that were split into longer ones. */
    public Set<String> splitKeys() {
        return Collections.unmodifiableSet(split);
    }

    /** Cuts breadth first, one more character at a time, with a queue instead of recursion. */
    private void cut(Collection<String> terms, int length, ToIntFunction<String> size) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.add(new Group(List.copyOf(terms), length));
        while (!groups.isEmpty()) {
            Group group = groups.poll();
            Map<String, List<String>> byKey = new TreeMap<>();
            for (String term : group.terms()) {
                byKey.computeIfAbsent(prefix(term, group.length()), k -> new ArrayList<>()).add(term);
            }
            byKey.forEach((key, keyTerms) -> {
                long chars = keyTerms.stream().mapToLong(size::applyAsInt).sum();
                int keyLength = codePoints(key);
                List<String> longer = keyTerms.stream().filter(t -> codePoints(t) > keyLength).toList();
                if (chars <= MAX_CHARS || longer.isEmpty() || keyLength >= MAX_KEY_LENGTH) {
                    chunks.put(key, keyTerms);
                    return;
                }
                split.add(key);
                List<String> itself = keyTerms.stream().filter(t -> codePoints(t) == keyLength).toList();
                if (!itself.isEmpty()) {
                    chunks.put(key, itself);
                }
                groups.add(new Group(longer, keyLength + 1));
            });
        }
    }

    /** Terms that share their first {@code length - 1} code points, to be cut by {@code length}. */
    private record Group(List<String> terms, int length) {
    }

    /** The first {@code length} code points of a term (all of it if shorter). */
    static String prefix(String term, int length) {
        int end = term.offsetByCodePoints(0, Math.min(length, codePoints(term)));
        return term.substring(0, end);
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}

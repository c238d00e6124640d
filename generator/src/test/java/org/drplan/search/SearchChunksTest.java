package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** How terms are cut into chunk files: by two characters, by more where a chunk would be too big. */
class SearchChunksTest {

    @Test
    void smallChunksAreKeyedByTheFirstTwoCharacters() {
        SearchChunks chunks = SearchChunks.of(List.of("a", "read", "restore", "zebra"), t -> 10);
        assertEquals(Map.of("a", List.of("a"), "re", List.of("read", "restore"), "ze", List.of("zebra")),
                chunks.chunks());
        assertEquals(Set.of(), chunks.splitKeys());
    }

    @Test
    void aChunkTooBigIsSplitByMoreCharactersKeepingTheKeyItselfUnderTheKey() {
        List<String> terms = new ArrayList<>(new TreeSet<>(List.of("re", "read", "ready", "real", "restore",
                "restored", "ze")));
        int big = SearchChunks.MAX_CHARS / 3;
        SearchChunks chunks = SearchChunks.of(terms, t -> t.startsWith("rea") ? big : 10);
        assertEquals(Map.of("re", List.of("re"), "rea", List.of("read", "ready", "real"),
                "res", List.of("restore", "restored"), "ze", List.of("ze")), chunks.chunks());
        assertEquals(Set.of("re"), chunks.splitKeys(), "rea is over the limit too, but all its terms together are "
                + "exactly the limit's worth");
    }

    @Test
    void splittingGoesOnWhileAChunkIsTooBigAndStopsAtASingleTerm() {
        int big = SearchChunks.MAX_CHARS;
        SearchChunks chunks = SearchChunks.of(List.of("host-1.example.net", "host-2.example.net", "hostile"),
                t -> big);
        assertEquals(Set.of("ho", "hos", "host", "host-"), chunks.splitKeys());
        assertEquals(Map.of("host-1", List.of("host-1.example.net"), "host-2", List.of("host-2.example.net"),
                "hosti", List.of("hostile")), chunks.chunks());
    }

    @Test
    void keysCountCodePointsNotCodeUnits() {
        String rocket = "\uD83D\uDE80";
        SearchChunks chunks = SearchChunks.of(List.of(rocket + "xyz", rocket), t -> 1);
        assertEquals(Set.of(rocket + "x", rocket), chunks.chunks().keySet());
    }
}

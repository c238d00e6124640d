package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** How terms are cut into chunk files: by their first character, by more where a chunk would be too big. */
class SearchChunksTest {

    @Test
    void smallChunksAreKeyedByTheFirstCharacter() {
        SearchChunks chunks = SearchChunks.of(List.of("a", "rapid", "read", "restore", "zebra"), t -> 10);
        assertEquals(Map.of("a", List.of("a"), "r", List.of("rapid", "read", "restore"), "z", List.of("zebra")),
                chunks.chunks());
        assertEquals(Set.of(), chunks.splitKeys());
    }

    @Test
    void aChunkTooBigIsSplitByMoreCharactersKeepingTheKeyItselfUnderTheKey() {
        List<String> terms = new ArrayList<>(new TreeSet<>(List.of("r", "ra", "re", "read", "ready", "real",
                "restore", "restored", "ze")));
        int big = SearchChunks.MAX_CHARS / 3;
        SearchChunks chunks = SearchChunks.of(terms, t -> t.startsWith("rea") ? big : 10);
        assertEquals(Map.of("r", List.of("r"), "ra", List.of("ra"), "re", List.of("re"),
                "rea", List.of("read", "ready", "real"), "res", List.of("restore", "restored"), "z", List.of("ze")),
                chunks.chunks());
        assertEquals(Set.of("r", "re"), chunks.splitKeys(), "rea is as big as the limit, not bigger: not split");
    }

    @Test
    void splittingGoesOnWhileAChunkIsTooBigAndStopsAtASingleTerm() {
        int big = SearchChunks.MAX_CHARS;
        SearchChunks chunks = SearchChunks.of(List.of("host-1.example.net", "host-2.example.net", "hostile"),
                t -> big);
        assertEquals(Set.of("h", "ho", "hos", "host", "host-"), chunks.splitKeys());
        assertEquals(Map.of("host-1", List.of("host-1.example.net"), "host-2", List.of("host-2.example.net"),
                "hosti", List.of("hostile")), chunks.chunks());
    }

    @Test
    void keysCountCodePointsNotCodeUnits() {
        String rocket = "\uD83D\uDE80";
        SearchChunks chunks = SearchChunks.of(List.of(rocket + "xyz", rocket + "y"), t -> SearchChunks.MAX_CHARS);
        assertEquals(Set.of(rocket + "x", rocket + "y"), chunks.chunks().keySet());
    }

    @Test
    void termsThatShareALongStartStayInOneChunkUnderAShortKeyHoweverLong() {
        String blob = "a".repeat(2_000_000);
        SearchChunks chunks = SearchChunks.of(List.of(blob + "1", blob + "2", "b"), t -> SearchChunks.MAX_CHARS);
        assertEquals(Map.of("a".repeat(SearchChunks.MAX_KEY_LENGTH), List.of(blob + "1", blob + "2"), "b",
                List.of("b")), chunks.chunks());
        assertEquals(SearchChunks.MAX_KEY_LENGTH - 1, chunks.splitKeys().size(), "a to a…a, 23 long");
    }
}

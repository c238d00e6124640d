package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drplan.search.LunrLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline gives the terms lunr's default pipeline gives, empty terms included; the stop words are lunr's. */
class LunrPipelineTest {

    private static LunrJs lunr;

    @BeforeAll
    static void startLunr() {
        lunr = new LunrJs();
    }

    @AfterAll
    static void stopLunr() {
        lunr.close();
    }

    @Test
    void termsAreLunrsTerms() {
        List<List<String>> expected = lunr.mapToLists("function (s) { var p = new lunr.Pipeline();"
                + " p.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);"
                + " return p.run(lunr.tokenizer(s)).map(String); }", TokenizerTest.NASTY_TEXTS);
        Pipeline pipeline = new Pipeline();
        for (int i = 0; i < TokenizerTest.NASTY_TEXTS.size(); i++) {
            assertEquals(expected.get(i), pipeline.terms(TokenizerTest.NASTY_TEXTS.get(i)),
                    PorterStemmerTest.escaped(TokenizerTest.NASTY_TEXTS.get(i)));
        }
    }

    @Test
    void punctuationOnlyTokensBecomeTheEmptyTermAndStopWordsGo() {
        assertEquals(List.of("restor", "", "databas", ""), new Pipeline().terms("Restore the ... database !!"));
        assertEquals(List.of("constructor", "__proto__"), new Pipeline().terms("constructor __proto__"),
                "lunr's stop-word object inherits these names, but compares values: they stay");
    }

    @Test
    void aCachedTermIsTheSameAsAFreshOne() {
        Pipeline pipeline = new Pipeline();
        List<String> first = pipeline.terms("Replicas replicated, the replica");
        assertEquals(first, pipeline.terms("Replicas replicated, the replica"));
        assertEquals(List.of("replica", "replic", "replica"), pipeline.terms("Replicas replicated, the replica"));
    }

    @Test
    void stopWordsAreLunrsList() {
        String source = new String(LunrLibrary.script(), StandardCharsets.UTF_8);
        Matcher list = Pattern.compile("lunr\\.stopWordFilter = lunr\\.generateStopWordFilter\\(\\[(.*?)\\]\\)",
                Pattern.DOTALL).matcher(source);
        list.find();
        Set<String> lunrWords = new TreeSet<>();
        Matcher word = Pattern.compile("'([^']*)'").matcher(list.group(1));
        while (word.find()) {
            lunrWords.add(word.group(1));
        }
        assertEquals(lunrWords, new TreeSet<>(StopWords.WORDS));
    }
}

package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drplan.search.LunrLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words and stems drplan indexes are those lunr.js makes of the same text in the browser (run here in GraalJS):
 * otherwise a query could miss a word the index has. The stop words are lunr's.
 */
class LunrWordsTest {

    private static LunrJs lunr;

    @BeforeAll
    static void startLunr() {
        lunr = new LunrJs();
    }

    @AfterAll
    static void stopLunr() {
        lunr.close();
    }

    /** What the browser does with a query: lunr.js's tokenizer, trimmer, stop words and stemmer, token by token. */
    private static final String LUNR_WORDS = "function (s) { return lunr.tokenizer(s).map(function (t) {"
            + " var w = lunr.trimmer(new lunr.Token(t.toString())).toString();"
            + " if (!w || lunr.stopWordFilter(w) === undefined) { return null; }"
            + " return w + '/' + lunr.stemmer(new lunr.Token(w)).toString(); })"
            + ".filter(function (x) { return x !== null; }); }";

    private static List<String> javaWords(LunrWords words, String text) {
        return words.words(text).stream().map(w -> w.word() + "/" + w.stem()).toList();
    }

    @Test
    void wordsAndStemsAreLunrsOnHardTexts() {
        List<List<String>> expected = lunr.mapToLists(LUNR_WORDS, TokenizerTest.NASTY_TEXTS);
        LunrWords words = new LunrWords();
        for (int i = 0; i < TokenizerTest.NASTY_TEXTS.size(); i++) {
            assertEquals(expected.get(i), javaWords(words, TokenizerTest.NASTY_TEXTS.get(i)),
                    PorterStemmerTest.escaped(TokenizerTest.NASTY_TEXTS.get(i)));
        }
    }

    @Test
    void wordsAndStemsAreLunrsOnTheSamplePlan() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        List<List<String>> expected = lunr.mapToLists(LUNR_WORDS, texts);
        LunrWords words = new LunrWords();
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(expected.get(i), javaWords(words, texts.get(i)), "file " + i);
        }
    }

    @Test
    void punctuationOnlyTokensAndStopWordsAreNoWords() {
        assertEquals(List.of("restore/restor", "database/databas"),
                javaWords(new LunrWords(), "Restore the ... database !!"));
        assertEquals(List.of("constructor/constructor", "__proto__/__proto__"),
                javaWords(new LunrWords(), "constructor __proto__"),
                "lunr's stop-word object inherits these names, but compares values: they stay");
    }

    @Test
    void stopWordsAreLunrsList() {
        String source = new String(LunrLibrary.source(), StandardCharsets.UTF_8);
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

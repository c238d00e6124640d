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
import org.junit.jupiter.api.Test;

/**
 * The terms drplan's word index gets are those lunr's pipeline makes of the text (tokenizer, trimmer, stop-word
 * filter; empty terms included), and each word's stem is what lunr.js's stemmer makes of it in the browser: a query
 * word is stemmed there, so both sides must agree. The stop words are lunr's.
 */
class LunrPipelineTest {

    private static final LunrJs lunr = LunrJs.shared();

    /** The index's pipeline in lunr.js, each term followed by lunr's stem of it. */
    private static final String LUNR_TERMS = "function (s) { var p = new lunr.Pipeline();"
            + " p.add(lunr.trimmer, lunr.stopWordFilter);"
            + " return p.run(lunr.tokenizer(s)).map(function (t) {"
            + " return t.toString() + '/' + lunr.stemmer(new lunr.Token(t.toString())).toString(); }); }";

    private static List<String> javaTerms(Pipeline pipeline, String text) {
        return pipeline.terms(text).stream().map(t -> t + "/" + PorterStemmer.stem(t)).toList();
    }

    @Test
    void termsAndStemsAreLunrsOnHardTexts() {
        List<List<String>> expected = lunr.mapToLists(LUNR_TERMS, TokenizerTest.NASTY_TEXTS);
        Pipeline pipeline = new Pipeline(Analysis.WORDS);
        for (int i = 0; i < TokenizerTest.NASTY_TEXTS.size(); i++) {
            assertEquals(expected.get(i), javaTerms(pipeline, TokenizerTest.NASTY_TEXTS.get(i)),
                    PorterStemmerTest.escaped(TokenizerTest.NASTY_TEXTS.get(i)));
        }
    }

    @Test
    void termsAndStemsAreLunrsOnTheSamplePlan() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        List<List<String>> expected = lunr.mapToLists(LUNR_TERMS, texts);
        Pipeline pipeline = new Pipeline(Analysis.WORDS);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(expected.get(i), javaTerms(pipeline, texts.get(i)), "file " + i);
        }
    }

    @Test
    void punctuationOnlyTokensBecomeTheEmptyTermAndStopWordsGo() {
        assertEquals(List.of("restore", "", "database", ""), new Pipeline(Analysis.WORDS)
                .terms("Restore the ... database !!"));
        assertEquals(List.of("constructor", "__proto__"), new Pipeline(Analysis.WORDS)
                .terms("constructor __proto__"),
                "lunr's stop-word object inherits these names, but compares values: they stay");
    }

    @Test
    void spaceSeparatedTermsAreCutAtSpacesOnly() {
        assertEquals(List.of("apigw-dc2-11", "ERR_X", "a\tb"), new Pipeline(Analysis.SPACE_SEPARATED)
                .terms(" apigw-dc2-11  ERR_X a\tb "));
        assertEquals(List.of(), new Pipeline(Analysis.SPACE_SEPARATED).terms(null));
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

package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The stemmer gives lunr.stemmer's stems: known ones, lunr's own fixture, and random words checked live. */
class PorterStemmerTest {

    private static final LunrJs lunr = LunrJs.shared();

    /** Stems lunr.stemmer 2.3.9 gave in GraalJS, written down: Porter's own examples and lunr's quirks. */
    @Test
    void knownStems() {
        String stems = """
                caresses=caress ponies=poni ties=ti caress=caress cats=cat feed=feed agreed=agre plastered=plaster
                bled=bled motoring=motor sing=sing conflated=conflat troubled=troubl sized=size hopping=hop
                tanned=tan falling=fall hissing=hiss fizzed=fizz failing=fail filing=file happy=happi sky=ski
                relational=relat conditional=condit rational=ration valenci=valenc hesitanci=hesit digitizer=digit
                conformabli=conform radicalli=radic differentli=differ vileli=vile analogousli=analog
                vietnamization=vietnam predication=predic operator=oper feudalism=feudal decisiveness=decis
                hopefulness=hope callousness=callous formaliti=formal sensitiviti=sensit sensibiliti=sensibl
                triplicate=triplic formative=form formalize=formal electriciti=electr electrical=electr hopeful=hope
                goodness=good revival=reviv allowance=allow inference=infer airliner=airlin gyroscopic=gyroscop
                adjustable=adjust defensible=defens irritant=irrit replacement=replac adjustment=adjust
                dependent=depend adoption=adopt homologou=homolog communism=commun activate=activ
                angulariti=angular homologous=homolog effective=effect bowdlerize=bowdler probate=probat rate=rate
                cease=ceas controll=control roll=roll yelling=yell yield=yield youth=youth syzygy=syzygi yyy=yyi
                eed=e sses=sse ies=ie ab=ab abc=abc nationalization=nation database=databas replication=replic
                failover=failov restore=restor backups=backup kubernetes=kubernet it's=it' generalizations=gener
                oscillators=oscil""";
        for (String pair : stems.split("\\s+")) {
            String[] wordAndStem = pair.split("=", -1);
            assertEquals(wordAndStem[1], PorterStemmer.stem(wordAndStem[0]), wordAndStem[0]);
        }
    }

    /** lunr's own stemmer test vocabulary, from the WebJar. */
    @Test
    void lunrsStemmingVocabulary() throws IOException {
        String json;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/test/fixtures/stemming_vocab.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher pair = Pattern.compile("\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        int count = 0;
        while (pair.find()) {
            assertEquals(pair.group(2), PorterStemmer.stem(pair.group(1)), pair.group(1));
            count++;
        }
        assertEquals(80, count, "words in lunr's fixture");
    }

    /**
     * Random words over the letters the expressions name, plus the code units where Java's and JavaScript's
     * regular expressions part ways (surrogates, line terminators, U+0085), stemmed here and by lunr.
     */
    @Test
    void randomWordsStemAsLunrStemsThem() {
        String alphabet = "aeiouyYslzwxbcdgmnrtp'1_\u00df\ud83d\ude00\u2028\u0085\n";
        String[] suffixes = {"", "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ational", "tional", "izer",
            "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi",
            "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible",
            "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion", "tion", "e", "ll",
            "at", "bl", "iz", "tt", "\ude00\ude00", "\u2028\u2028ed"};
        Random random = new Random(2390);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder word = new StringBuilder(random.nextBoolean() ? "y" : "");
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            words.add(word.append(suffixes[random.nextInt(suffixes.length)]).toString());
        }
        List<String> expected = lunr.map("function (w) { return lunr.stemmer(new lunr.Token(w)).toString(); }",
                words);
        for (int i = 0; i < words.size(); i++) {
            assertEquals(expected.get(i), PorterStemmer.stem(words.get(i)), "stem of " + escaped(words.get(i)));
        }
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}

package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Tokenizer and trimmer: cut and trimmed as lunr.tokenizer and lunr.trimmer do it, checked against lunr. */
class TokenizerTest {

    /** Texts where a naive port would differ from lunr. */
    static final List<String> NASTY_TEXTS = List.of(
            "", " ", "---", "- - -", "foo-bar", "foo - bar", "  foo   bar  ", "e-mail re-route 24-7 -x x-",
            "!!! ... ?? — – … «» ()", "it's james' [tag] stop! first,",
            "İstanbul IĞDIR ıi", "Straße STRASSE ß ẞ", "ΟΔΥΣΣΕΥΣ ΣΊΣΥΦΟΣ Α1Σ ΑΣ.Β Σ",
            "\u2C2F\u2C5F \uA7C0 \uA7C1 \uD801\uDD70 \uD801\uDD97 \uD83A\uDD00",
            "🚀 launch🚀 🚀launch 👩‍👩‍👧 e\u0301t\u00e9 ﬁle",
            "1e5 0.1 1,000.50 -42 3.14159 v2.3.9 10.0.0.1/24 0x1F",
            "tab\tnew\nline\rcr\u000bvt\u000cff\u00a0nbsp\u1680ogham\u2000en\u200aHair\u2028ls\u2029ps\u202f"
                    + "\u205f\u3000ideo\ufeffbom\u0085nel\u200bzwsp\u180emvs",
            "a\u0000b c\u0001d \ud800lone \udc00low x\ud800 y\udfff", "__proto__ constructor toString hasOwnProperty",
            "Supercalifragilisticexpialidocious".repeat(40), "\"quoted\" back\\slash <b>html</b> &amp;");

    private static final LunrJs lunr = LunrJs.shared();

    @Test
    void separatorsAreJavaScriptWhiteSpaceAndTheHyphen() {
        Value separators = lunr.eval("(function () { var s = []; for (var i = 0; i < 65536; i++) {"
                + " if (String.fromCharCode(i).match(lunr.tokenizer.separator)) s.push(i); } return s; })()");
        List<Integer> expected = new ArrayList<>();
        for (long i = 0; i < separators.getArraySize(); i++) {
            expected.add(separators.getArrayElement(i).asInt());
        }
        List<Integer> actual = new ArrayList<>();
        for (int c = 0; c < 65536; c++) {
            if (Tokenizer.isSeparator((char) c)) {
                actual.add(c);
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void wordCharactersAreJavaScriptWordCharactersWithoutTheUnicodeFlag() {
        Value word = lunr.eval("(function () { var s = []; for (var i = 0; i < 65536; i++) {"
                + " if (!/\\W/.test(String.fromCharCode(i))) s.push(i); } return s; })()");
        List<Integer> expected = new ArrayList<>();
        for (long i = 0; i < word.getArraySize(); i++) {
            expected.add(word.getArrayElement(i).asInt());
        }
        List<Integer> actual = new ArrayList<>();
        for (int c = 0; c < 65536; c++) {
            if (Trimmer.isWordChar((char) c)) {
                actual.add(c);
            }
        }
        assertEquals(expected, actual);
    }

    /**
     * The tokenizer lower-cases with the JDK because GraalJS does: every code point (and the final-sigma rule,
     * where the JDK reads "Α1Σ" as ending in a final sigma and V8 does not) lower-cases the same in both. Were
     * this to fail, GraalJS would have its own case tables and the tokenizer would need them.
     */
    @Test
    void graalJsLowerCasesAsTheJdkDoes() {
        Value lower = lunr.eval("(function () { var s = []; for (var cp = 0; cp <= 0x10FFFF; cp++) {"
                + " s.push(cp >= 0xD800 && cp <= 0xDFFF ? String.fromCharCode(cp) : String.fromCodePoint(cp)); }"
                + " return s.map(function (c) { return c.toLowerCase(); }); })()");
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            String c = cp >= 0xD800 && cp <= 0xDFFF ? String.valueOf((char) cp) : Character.toString(cp);
            String js = lower.getArrayElement(cp).asString();
            if (!js.equals(c.toLowerCase(Locale.ROOT))) {
                assertEquals(js, c.toLowerCase(Locale.ROOT), String.format("U+%04X", cp));
            }
        }
        List<String> sigmas = List.of("ΑΣ", "Α1Σ", "ΑΣ1", "ΑΣ.Β", "Α.Σ", "ΑΣ'Β", "ΑΣ\u0301", "Α_Σ", "ΑΣ\u00adΒ");
        assertEquals(lunr.map("function (s) { return s.toLowerCase(); }", sigmas),
                sigmas.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void tokensAreLunrsTokens() {
        List<List<String>> expected = lunr.mapToLists("function (s) { return lunr.tokenizer(s).map(String); }",
                NASTY_TEXTS);
        for (int i = 0; i < NASTY_TEXTS.size(); i++) {
            assertEquals(expected.get(i), Tokenizer.tokens(NASTY_TEXTS.get(i)),
                    PorterStemmerTest.escaped(NASTY_TEXTS.get(i)));
        }
    }

    @Test
    void tokenizerEdgeCases() {
        assertEquals(List.of(), Tokenizer.tokens(null));
        assertEquals(List.of(), Tokenizer.tokens(" \u00a0-\u3000"));
        assertEquals(List.of("foo", "bar"), Tokenizer.tokens("foo-bar"));
        assertEquals(List.of("e", "mail"), Tokenizer.tokens("E-Mail"));
        assertEquals(List.of("i\u0307stanbul"), Tokenizer.tokens("İstanbul"), "Turkish dotted I: two code units");
        assertEquals(List.of("straße", "ὀδυσσεύς"), Tokenizer.tokens("STRAßE ὈΔΥΣΣΕΎΣ"), "final sigma");
        assertEquals(List.of("...", "!!!"), Tokenizer.tokens("... !!!"), "punctuation stays a token");
    }

    @Test
    void trimmerStripsNonWordCodeUnitsAtBothEnds() {
        assertEquals("hello", Trimmer.trim("hello."));
        assertEquals("it's", Trimmer.trim("it's"));
        assertEquals("james", Trimmer.trim("james'"));
        assertEquals("tag", Trimmer.trim("[tag]"));
        assertEquals("", Trimmer.trim("..."), "punctuation only: the empty term");
        assertEquals("", Trimmer.trim("ß"), "\\W is ASCII-only without the u flag");
        assertEquals("traße", Trimmer.trim("ßtraße"), "only the ends");
        assertEquals("", Trimmer.trim("🚀"));
        assertEquals("launch", Trimmer.trim("🚀launch🚀"));
        assertEquals("a😀b", Trimmer.trim("a😀b"));
    }
}

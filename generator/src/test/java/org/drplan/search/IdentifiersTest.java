package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Identifiers are indexed whole and looked up whole: the index (Java) and the query (search.js) must cut a text into
 * the same identifiers, or a host name typed exactly would miss its page.
 */
class IdentifiersTest {

    private static final List<String> TEXTS = List.of(
            "Rebuild apigw-dc2-11 from the image.",
            "Error ORA-00942 (table missing); see INC-4711, itsm-db01.prod.example.net and 10.2.0.15:5432.",
            "ops@example.com /var/log/app.log C:\\temp err_conn_refused __init__ a-b x- -y ...",
            "\"quoted.name\", (paren-thesis) [svc-1]: v1.2.3! ÉCOLE-ÉTÉ İSTANBUL-1 straße-2",
            "a\u00A0b-c\u2003d.e\uFEFFf:g\u3000" + "h".repeat(99) + "-x " + "k".repeat(98) + "-y",
            "emoji-\uD83D\uDE80-rocket 日本-東京 tab\tsep-arated\nnew-line");

    @Test
    void hostNamesCodesAndAddressesAreFoundWhole() {
        assertEquals(List.of("apigw-dc2-11"), Identifiers.of("Rebuild apigw-dc2-11 from the image."));
        assertEquals(List.of("ora-00942", "inc-4711", "itsm-db01.prod.example.net", "10.2.0.15:5432"),
                Identifiers.of(TEXTS.get(1)));
        assertEquals(List.of("1.5x"), Identifiers.of("plain words, a- b -c, 1.5x? no: a-"),
                "only a joiner between two letters or digits makes one; a version number is one too");
    }

    @Test
    void theQueryFindsTheSameIdentifiersAsTheIndex() throws IOException {
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            js.eval("js", identifiersFunction());
            Value identifiers = js.getBindings("js").getMember("identifiers");
            for (String text : TEXTS) {
                Value result = identifiers.execute(text);
                List<String> browser = new java.util.ArrayList<>();
                for (long i = 0; i < result.getArraySize(); i++) {
                    browser.add(result.getArrayElement(i).asString());
                }
                assertEquals(browser, Identifiers.of(text), text);
            }
        }
    }

    /** search.js's own {@code identifiers(text)}, cut out of the theme's script. */
    private static String identifiersFunction() throws IOException {
        try (InputStream in = IdentifiersTest.class.getClassLoader()
                .getResourceAsStream("drplan/theme/assets/search.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher function = Pattern.compile("\n  function identifiers\\(text\\) \\{\n.*?\n  }\n", Pattern.DOTALL)
                    .matcher(script);
            assertTrue(function.find(), "search.js has identifiers(text)");
            return function.group();
        }
    }
}

package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Identifiers are indexed whole and looked up whole: the index (Java) and the query (search.js) must cut a text into
 * the same identifiers, or a host name typed exactly would miss its page. The query side is search-core.js in GraalJS.
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
    void theQueryFindsTheSameIdentifiersAsTheIndex() {
        try (SearchCoreJs js = new SearchCoreJs()) {
            for (String text : TEXTS) {
                assertEquals(js.strings("core.identifiers", text), Identifiers.of(text), text);
            }
        }
    }
}

package org.drplan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents (text per field) written to trip a lunr port up: letters the JDK and JavaScript might case differently, text
 * that tokenizes to punctuation, empty terms, numbers, emoji, lone surrogates, JSON's special characters, names
 * that live on JavaScript's Object.prototype, very long words, repeated terms and empty fields; more than ten
 * documents, so that ref "10" has to follow ref "9".
 */
final class NastyDocuments {

    private NastyDocuments() {
    }

    static List<Map<String, String>> all() {
        List<Map<String, String>> documents = new ArrayList<>();
        add(documents, "Turkish", "İSTANBUL İzmir IĞDIR ılık Iİıi", "Dotted İ lower-cases to i and U+0307",
                "İstanbul'da yedek sunucu IŞIK");
        add(documents, "German", "STRAẞE Straße STRASSE", "ß ẞ ss", "Die Straße heißt Fußgängerzone. GROẞ groß");
        add(documents, "Greek", "ΟΔΥΣΣΕΥΣ ΣΊΣΥΦΟΣ", "Α1Σ ΑΣ.Β Α.Σ ΑΣ'Β Σ ς σ",
                "ΌΤΑΝ ΤΟ ΣΎΣΤΗΜΑ ΠΈΣΕΙ, ΕΠΑΝΑΦΟΡΆ ΑΠΌ ΑΝΤΊΓΡΑΦΟ ΑΣΦΑΛΕΊΑΣ.");
        add(documents, "Recent Unicode letters", "\u2C2F\u2C5F \uA7C0\uA7C1 \uD801\uDD70\uD801\uDD97",
                "Glagolitic \u2C2Fabc, Latin \uA7C0bc, Vithkuqi \uD801\uDD70de",
                "x\u2C2F x\uA7C0 x\uD801\uDD70 x\u1C89 x\uA7CB x\uA7DC \u2C2Fend");
        add(documents, "Emoji", "🚀 Launch 🚀launch launch🚀", "👩‍👩‍👧 family 🇩🇪 flag",
                "Restart 🔥 the 🔥🔥 service ✅ done ❌ a😀b ⚠️warning");
        add(documents, "Numbers", "1e5 0.1 1E5 1e-7 1,000.50", "-42 3.14159 v2.3.9 10.0.0.1/24",
                "0 00 007 10 4294967295 4294967294 1e21 NaN Infinity -0 0x1F 2026-01-02T03:04:05Z 99.9%");
        add(documents, "", "", "", "");
        add(documents, "Punctuation", "... !!! ??? — – … «» () [] {}", "- -- --- – —",
                "Stop!!! Wait... Go? (yes) [no] {maybe} 'quoted' \"double\" `code` ~tilde ^caret |pipe| @at #hash");
        add(documents, "Control and surrogates", "a\u0000b c\u0001d e\u001ff",
                "\ud800lone \udc00low x\ud800 y\udfff \ude00\ud83d reversed",
                "line\u2028separator para\u2029separator next\u0085line zero\u200bwidth bom\ufeffin");
        add(documents, "JSON and HTML", "\"quoted\" back\\slash", "</script><script>alert(1)</script>",
                "&amp; &lt;tag&gt; <b>bold</b> \\u0041 \\n {\"key\": [1, 2]}");
        add(documents, "Object.prototype", "__proto__ constructor toString", "hasOwnProperty valueOf",
                "__defineGetter__ isPrototypeOf propertyIsEnumerable toLocaleString __proto__ prototype");
        add(documents, "Long words", "Supercalifragilisticexpialidocious".repeat(300),
                "pneumonoultramicroscopicsilicovolcanoconiosis internationalizational",
                "a".repeat(20_000) + " " + "relational".repeat(1000) + "ational " + "x".repeat(5000) + "ies");
        add(documents, "Repeated terms", "replica replica replica", "failover ".repeat(50),
                "replica ".repeat(2000) + "database ".repeat(3) + "the ".repeat(100));
        add(documents, "Stop words only", "the and of", "a an the", "the of and to in is it you that he was for");
        add(documents, "Hyphens", "e-mail re-route 24-7", "-leading trailing- mid-dle", "x - y -- z ---w");
        add(documents, "Whitespace", "tab\tsplit", "nbsp\u00a0ideo\u3000hair\u200aogham\u1680",
                "narrow\u202fmath\u205fvt\u000bff\u000cend mongolian\u180evowel");
        add(documents, "Accents and marks", "café CAFÉ cafe\u0301 naïve", "résumé RÉSUMÉ",
                "Ærøskøbing ÅLAND Œuvre ﬁle ﬂow ǅemal Ǆ ǆ ᾈ ᾀ");
        add(documents, "Other scripts", "日本語 テスト 中文", "Кириллица ПРОВЕРКА ЁЖ",
                "עברית العربية हिन्दी ไทย 한국어 ქართული Ⴀ");
        add(documents, "Porter edge cases", "yelling yield youth syzygy", "eed sses ies feed agreed",
                "controll roll generalizations oscillators hopping tanned fizzed failing filing");
        documents.add(Map.of("title", "Roles", "body", "Who to call",
                "roles", "incident-commander Incident Commander Maren Okafor scribe Scribe"));
        return documents;
    }

    private static void add(List<Map<String, String>> documents, String title, String headings, String steps,
            String body) {
        documents.add(Map.of("title", title, "headings", headings, "tags", title.isEmpty() ? "" : "tag-" + title,
                "steps", steps, "body", body));
    }
}

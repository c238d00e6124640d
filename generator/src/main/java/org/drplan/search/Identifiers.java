package org.drplan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifiers in a text: host names, addresses, error codes, ticket ids, commands — a whitespace-separated token
 * with {@code - _ . / : @} between its letters or digits, such as {@code apigw-dc2-11}, {@code err_conn_refused},
 * {@code itsm-db01.prod.example.net}. lunr's tokenizer cuts them at hyphens; indexed whole as well, they can rank a
 * page that has exactly that name above pages that merely share a piece of it. search.js finds them in a query
 * the same way.
 */
final class Identifiers {

    /** JavaScript's {@code \s}: what search.js splits a query at. */
    private static final Pattern SPACE = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern EDGE = Pattern.compile("^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$");
    private static final Pattern INSIDE = Pattern.compile("[A-Za-z0-9][-_./:@][A-Za-z0-9]", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 100;

    private Identifiers() {
    }

    static List<String> of(String text) {
        List<String> identifiers = new ArrayList<>();
        for (String token : SPACE.split(text)) {
            String id = EDGE.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
            if (id.length() >= 3 && id.length() <= MAX_LENGTH && INSIDE.matcher(id).find()) {
                identifiers.add(id);
            }
        }
        return identifiers;
    }
}

package org.drplan.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for section ids: lower-case slug segments joined by {@code /}, e.g. {@code procedures/restore-db}. */
public final class SectionIds {

    /** Ids whose page name the bundle uses for its own pages. */
    public static final Set<String> RESERVED = Set.of("index", "checklist", "search", "verify", "wallet-card");

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private SectionIds() {
    }

    public static boolean isValid(String id) {
        return VALID.matcher(id).matches() && !id.contains("..");
    }

    /** The default id of a file: its path without {@code .md}, each folder and name made a slug. */
    public static String fromPath(String relativePath) {
        String withoutExtension = SourceFile.withoutMarkdownExtension(relativePath);
        StringBuilder id = new StringBuilder();
        for (String segment : withoutExtension.split("/")) {
            if (id.length() > 0) {
                id.append('/');
            }
            String slug = slug(segment);
            id.append(slug.isEmpty() ? "page" : slug);
        }
        return id.toString();
    }

    /** Lower-case ASCII letters and digits, other runs turned into one {@code -}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._]+", "-")
                .replaceAll("^[-._]+|[-._]+$", "");
    }
}

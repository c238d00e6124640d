package org.drplan.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for section ids: lower-case slug segments joined by {@code /}, e.g. {@code procedures/restore-db}. */
public final class SectionIds {

    /** Ids whose page name the bundle uses for its own pages. */
    public static final Set<String> RESERVED = java.util.Arrays.stream(BundlePage.values()).map(BundlePage::id)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The longest file name most file systems take (ext4, APFS, NTFS: 255). */
    public static final int MAX_NAME_BYTES = 255;

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private SectionIds() {
    }

    public static boolean isValid(String id) {
        return VALID.matcher(id).matches() && !id.contains("..");
    }

    /**
     * The page's file or folder name that would be longer than a file system takes ({@code <last part>.html} or a
     * folder), or empty when every name fits.
     */
    public static Optional<String> tooLongForAFileName(String id) {
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i] + (i == parts.length - 1 ? ".html" : "");
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
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

package org.drplan.audience;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves a shareable bundle holds nothing of the restricted material it was built without: every text file of the
 * bundle is searched for each sensitive value of that material (a phone by its last nine digits, however it is
 * spaced or whether a {@code tel:} link carries it), and each one found is a leak at its file and line, the value
 * masked. Binary files (fonts, images, the PDF's compressed streams) are not read here.
 */
public final class LeakCheck {

    private static final Set<String> TEXT = Set.of("html", "js", "json", "txt", "csv", "css", "svg", "xml", "md");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d ().\\-/]*\\d");
    private static final int PHONE_TAIL = 9;

    /** A sensitive value found in a published file. */
    public record Leak(String path, int line, SensitiveValue value) {

        /** {@code assets/search/part-3.json:12: a phone number of restricted material (+4…00)} */
        public String describe() {
            return path + ":" + line + ": " + value.kind().words() + " of restricted material (" + value.masked()
                    + ")";
        }
    }

    private LeakCheck() {
    }

    /** Every leak of {@code restricted} in {@code files} (bundle path to bytes), by file then line. */
    public static List<Leak> find(Set<SensitiveValue> restricted, Map<String, byte[]> files) {
        List<Leak> leaks = new ArrayList<>();
        if (restricted.isEmpty()) {
            return leaks;
        }
        files.forEach((path, bytes) -> {
            if (TEXT.contains(extension(path))) {
                search(path, new String(bytes, StandardCharsets.UTF_8), restricted, leaks);
            }
        });
        return leaks;
    }

    private static void search(String path, String text, Set<SensitiveValue> restricted, List<Leak> leaks) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (SensitiveValue value : restricted) {
            int at = switch (value.kind()) {
                case PHONE -> phoneAt(text, value.sought());
                case EMAIL, IP -> lower.indexOf(value.sought());
                case SECRET -> text.indexOf(value.sought());
            };
            if (at >= 0) {
                leaks.add(new Leak(path, line(text, at), value));
            }
        }
    }

    private static int phoneAt(String text, String digits) {
        String tail = tail(digits);
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String found = SensitiveValues.digits(run.group());
            if (found.length() >= tail.length() && tail(found).equals(tail)) {
                return run.start();
            }
        }
        return -1;
    }

    private static String tail(String digits) {
        return digits.length() <= PHONE_TAIL ? digits : digits.substring(digits.length() - PHONE_TAIL);
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}

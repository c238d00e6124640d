package org.drplan.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Proves a shareable bundle holds nothing of the restricted material it was built without: every text file of the
 * bundle is searched for each sensitive value of that material (a phone by its last nine digits, however it is
 * spaced or whether a {@code tel:} link carries it), and each one found is a leak at its file and line, the value
 * masked. The PDF is searched in the text of each page, as a reader would copy it out; other binary files (fonts,
 * images) are not read.
 */
public final class LeakCheck {

    private static final Set<String> TEXT = Set.of("html", "js", "json", "txt", "csv", "css", "svg", "xml", "md");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d ().\\-/]*\\d");
    /** The same, across line breaks too: a number the source or the page wrapped. */
    private static final Pattern WRAPPED_DIGIT_RUN = Pattern.compile("\\+?\\d[\\d\\s().\\-/]*\\d");
    private static final int PHONE_TAIL = 9;

    /** A sensitive value found in a published file: at a line of a text file, or on a page of the PDF. */
    public record Leak(String path, int line, int column, SensitiveValue value) {

        /** Whether {@link #line} is a page of a PDF. */
        public boolean onPage() {
            return extension(path).equals("pdf");
        }

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
            } else if (extension(path).equals("pdf")) {
                searchPdf(path, bytes, restricted, leaks);
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
                leaks.add(new Leak(path, line(text, at), at - text.lastIndexOf('\n', at - 1), value));
            }
        }
    }

    /** Each page's text on its own, so that a leak is reported at its page, once per page and value. */
    private static void searchPdf(String path, byte[] bytes, Set<SensitiveValue> restricted, List<Leak> leaks) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                List<Leak> onPage = new ArrayList<>();
                // A value the layout broke over two lines (an address at the end of a line) is found joined too.
                String written = text.getText(pdf);
                search(path, written + "\n" + written.replaceAll("[\r\n]+", ""), restricted, onPage);
                for (Leak leak : onPage) {
                    leaks.add(new Leak(path, page, 0, leak.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF drplan laid out cannot be read back: " + e.getMessage(), e);
        }
    }

    private static int phoneAt(String text, String digits) {
        int at = phoneAt(text, digits, DIGIT_RUN);
        return at >= 0 ? at : phoneAt(text, digits, WRAPPED_DIGIT_RUN);
    }

    private static int phoneAt(String text, String digits, Pattern runs) {
        String tail = tail(digits);
        Matcher run = runs.matcher(text);
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

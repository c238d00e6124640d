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
    private static final String PAGE_END = "\f";

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
    /** Every leak of {@code restricted} in one text, {@code path} naming it, by line. */
    public static List<Leak> find(Set<SensitiveValue> restricted, String path, String text) {
        List<Leak> leaks = new ArrayList<>();
        search(path, text, restricted, leaks);
        return leaks;
    }

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
        String lower = null;
        PhoneTails phones = null;
        for (SensitiveValue value : restricted) {
            int at;
            if (value.kind() == SensitiveValue.Kind.PHONE) {
                phones = phones == null ? new PhoneTails(text) : phones;
                at = phones.at(value.sought());
            } else if (value.kind() == SensitiveValue.Kind.SECRET) {
                at = text.indexOf(value.sought());
            } else {
                lower = lower == null ? text.toLowerCase(java.util.Locale.ROOT) : lower;
                at = lower.indexOf(value.sought());
            }
            if (at >= 0) {
                leaks.add(new Leak(path, line(text, at), at - text.lastIndexOf('\n', at - 1), value));
            }
        }
    }

    /**
     * Each page's text on its own (one pass over the document, pages parted by a form feed), so that a leak is
     * reported at its page, once per page and value. Reading the text back costs about 12 ms a page once PDFBox is
     * warm, 35 ms in a fresh JVM (a 285-page plan); only a shareable edition with restricted material pays it.
     */
    private static void searchPdf(String path, byte[] bytes, Set<SensitiveValue> restricted, List<Leak> leaks) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd(PAGE_END);
            String[] pages = stripper.getText(pdf).split(PAGE_END, -1);
            for (int page = 1; page <= Math.min(pages.length, pdf.getNumberOfPages()); page++) {
                List<Leak> onPage = new ArrayList<>();
                // A value the layout broke over two lines (an address at the end of a line) is found joined too.
                String written = pages[page - 1];
                search(path, written + "\n" + written.replaceAll("[\r\n]+", ""), restricted, onPage);
                for (Leak leak : onPage) {
                    leaks.add(new Leak(path, page, 0, leak.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF drplan laid out cannot be read back: " + e.getMessage(), e);
        }
    }

    /**
     * The numbers written in a text, by their last nine digits (all of a shorter one), each at its first place: read
     * once per text however many numbers are sought. Numbers wrapped over lines are read only when first asked for.
     */
    private static final class PhoneTails {

        private final String text;
        private final Map<String, Integer> inLines;
        private Map<String, Integer> wrapped;

        PhoneTails(String text) {
            this.text = text;
            this.inLines = tails(text, DIGIT_RUN);
        }

        int at(String digits) {
            Integer at = inLines.get(tail(digits));
            if (at == null) {
                wrapped = wrapped == null ? tails(text, WRAPPED_DIGIT_RUN) : wrapped;
                at = wrapped.get(tail(digits));
            }
            return at == null ? -1 : at;
        }

        private static Map<String, Integer> tails(String text, Pattern runs) {
            Map<String, Integer> tails = new java.util.HashMap<>();
            Matcher run = runs.matcher(text);
            while (run.find()) {
                tails.putIfAbsent(tail(SensitiveValues.digits(run.group())), run.start());
            }
            return tails;
        }
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

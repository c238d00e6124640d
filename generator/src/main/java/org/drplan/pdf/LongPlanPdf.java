package org.drplan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A print document longer than one part, laid out part by part so that the heap holds one part's layout at a time.
 * A first pass lays each part out to learn its pages and where its ids land; the second lays each out again with the
 * page numbers written in (contents, "(see 5.3, p. 41)", "page X of Y") and writes it to a temporary file; PDFBox
 * then merges the files ({@link PartMerger}). Should a number written in move a page break, the pass is repeated.
 */
final class LongPlanPdf {

    private static final int MAX_PASSES = 3;

    private final PartLayout layout;
    private final int partBudget;

    LongPlanPdf(PdfSetup setup, Map<String, byte[]> files, int partBudget) {
        this.layout = new PartLayout(setup, files);
        this.partBudget = partBudget;
    }

    RenderedPdf render(String html, Instant buildTime, Set<String> missing) {
        PrintParts.Split split = PrintParts.split(html, partBudget);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("drplan-pdf-");
            PageNumbers numbers = pass(split.parts(), PageNumbers.unknown(split.parts().size()), null);
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                PageNumbers written = pass(split.parts(), numbers, folder);
                if (written.samePages(numbers)) {
                    byte[] pdf = PartMerger.merge(files(folder, split.parts().size()), written, split.outline(),
                            buildTime, html);
                    missing.addAll(layout.missing());
                    return new RenderedPdf(pdf, written.total());
                }
                numbers = written;
            }
            throw new IllegalStateException("the page numbers of plan.pdf did not settle after " + MAX_PASSES
                    + " passes (a bug in drplan)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /**
     * Lays every part out with {@code numbers}; into {@code folder} when given. The first pass, with nothing known,
     * uses what it has learnt of the parts before.
     */
    private PageNumbers pass(List<byte[]> parts, PageNumbers numbers, Path folder) {
        Map<String, PageNumbers.Place> places = new HashMap<>();
        int[] pages = new int[parts.size()];
        PageNumbers known = numbers;
        for (int i = 0; i < parts.size(); i++) {
            PartLayout.Laid laid = layout.lay(i, parts.get(i), known, folder == null ? null : file(folder, i));
            places.putAll(laid.places());
            pages[i] = laid.pages();
            if (folder == null) {
                known = new PageNumbers(places, pages);
            }
        }
        return new PageNumbers(places, pages);
    }

    private static List<Path> files(Path folder, int parts) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            files.add(file(folder, i));
        }
        return files;
    }

    private static Path file(Path folder, int part) {
        return folder.resolve("part-" + part + ".pdf");
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean.
        }
    }
}

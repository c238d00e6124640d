package org.drplan.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.openhtmltopdf.util.Diagnostic;

/**
 * A print document longer than one part, laid out part by part so that the heap holds one part's layout at a time.
 * A first pass lays each part out to learn its pages and where its ids land; the second lays each out again with the
 * page numbers written in (contents, "(see 5.3, p. 41)", "page X of Y") and writes it to a temporary file; PDFBox
 * then merges the files ({@link PdfAssembler}). Should a number written in move a page break, the pass is repeated
 * for the parts whose numbers changed.
 * Two parts are laid out at a time, one on each core: the PDF is the build's last long stage.
 */
final class LongPlanPdf {

    private static final int MAX_PASSES = 3;

    private static final int PARTS_AT_ONCE = 2;
    /** An id as the parts are written (by jsoup, which quotes every attribute with double quotes). */
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    /** Characters of print document per page of the synthetic plans, for a first guess at page numbers. */
    private static final int CHARACTERS_PER_PAGE = 5_000;

    private final PartLayout layout;
    private final int partBudget;
    private final List<Diagnostic> notes = Collections.synchronizedList(new ArrayList<>());

    LongPlanPdf(PdfSetup setup, Map<String, byte[]> files, int partBudget) {
        this.layout = new PartLayout(setup, files);
        this.partBudget = partBudget;
    }

    /** What the renderer said while laying the parts out (it says it on the threads that do). */
    List<Diagnostic> notes() {
        return notes;
    }

    RenderedPdf render(String html, Instant buildTime, Set<String> missing) {
        PrintParts.Split split = PrintParts.split(html, partBudget);
        Path folder = null;
        ExecutorService threads = Executors.newFixedThreadPool(PARTS_AT_ONCE, work -> {
            Thread thread = new Thread(work, "drplan-pdf-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            folder = Files.createTempDirectory("drplan-pdf-");
            PageNumbers numbers = pass(threads, split.parts(), guess(split.parts()), null);
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                PageNumbers written = pass(threads, split.parts(), numbers, folder);
                if (written.samePages(numbers)) {
                    byte[] pdf = assemble(folder, split, written, buildTime, html);
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
            threads.shutdownNow();
            delete(folder);
        }
    }

    /** Pages guessed from each part's length; each id on the first page of the part that has it. */
    private static PageNumbers guess(List<byte[]> parts) {
        int[] pages = new int[parts.size()];
        Map<String, Integer> partOfId = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            pages[i] = Math.max(1, parts.get(i).length / CHARACTERS_PER_PAGE);
            Matcher id = ID.matcher(new String(parts.get(i), StandardCharsets.UTF_8));
            while (id.find()) {
                partOfId.put(id.group(1), i);
            }
        }
        return PageNumbers.guess(pages, partOfId);
    }

    /** Lays every part out with {@code numbers}, into {@code folder} when given, and returns where all landed. */
    private PageNumbers pass(ExecutorService threads, List<byte[]> parts, PageNumbers numbers, Path folder) {
        List<Future<PartLayout.Laid>> laying = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int part = i;
            laying.add(threads.submit(() -> {
                PartLayout.Laid[] laid = {null};
                notes.addAll(RendererLog.collect(() -> laid[0] = layout.lay(part, parts.get(part), numbers,
                        folder == null ? null : file(folder, part))));
                return laid[0];
            }));
        }
        Map<String, PageNumbers.Place> places = new HashMap<>();
        int[] pages = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            PartLayout.Laid laid = result(laying.get(i));
            places.putAll(laid.places());
            pages[i] = laid.pages();
        }
        return new PageNumbers(places, pages);
    }

    /** The part's layout; what went wrong laying it out, thrown again here. */
    private static PartLayout.Laid result(Future<PartLayout.Laid> laying) {
        try {
            return laying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out plan.pdf", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static byte[] assemble(Path folder, PrintParts.Split split, PageNumbers numbers, Instant buildTime,
                                   String html) throws IOException {
        Path pdf = folder.resolve("plan.pdf");
        try (OutputStream file = Files.newOutputStream(pdf)) {
            PdfAssembler assembler = new PdfAssembler(file, numbers);
            for (int i = 0; i < split.parts().size(); i++) {
                assembler.add(i, file(folder, i), buildTime, html);
            }
            assembler.finish(split.outline());
        }
        return Files.readAllBytes(pdf);
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

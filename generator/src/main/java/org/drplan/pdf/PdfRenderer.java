package org.drplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.util.Diagnostic;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.jsoup.Jsoup;

/**
 * Stage 9: lays the print document out on pages with openhtmltopdf into {@code plan.pdf}: fonts embedded, tagged for
 * accessibility (PDF/UA-1) and archivable (PDF/A-2a), bookmarks from the document's outline. Everything it loads
 * comes from the bundle's own files. A document longer than one part ({@link #PART_BUDGET}) is laid out part by part
 * ({@link LongPlanPdf}), so that the memory it needs does not grow with the plan. One instance per build.
 */
public final class PdfRenderer {

    /**
     * The characters of print document laid out at once: about 200 pages of dense plan, which the renderer holds in
     * about 200 MB of heap until they are written.
     */
    static final int PART_BUDGET = 1_000_000;

    private final PdfSetup setup = new PdfSetup();
    private final int partBudget;

    public PdfRenderer() {
        this(PART_BUDGET);
    }

    /** For tests: a small budget lays a small plan out in parts. */
    PdfRenderer(int partBudget) {
        this.partBudget = partBudget;
    }

    /**
     * @param html  the print document
     * @param files the bundle's files by path, which the document may load
     * @return the PDF, or empty when it could not be made (the reasons are in {@code diagnostics})
     */
    public Optional<RenderedPdf> render(Plan plan, String html, Map<String, byte[]> files, Diagnostics diagnostics) {
        new GlyphCheck(setup.fonts()).check(plan, diagnostics);
        new SvgCheck(setup.outlines()).check(plan, files, diagnostics);
        Set<String> missing = new LinkedHashSet<>();
        RenderedPdf[] pdf = {null};
        List<Diagnostic> notes = new ArrayList<>();
        try {
            if (html.length() <= partBudget) {
                notes.addAll(RendererLog.collect(() -> pdf[0] = whole(html, new BundleResources(files,
                        setup.outlines()), plan.settings().buildTime(), missing)));
            } else {
                LongPlanPdf parts = new LongPlanPdf(setup, files, partBudget);
                notes.addAll(RendererLog.collect(() -> pdf[0] = parts.render(html, plan.settings().buildTime(),
                        missing)));
                notes.addAll(parts.notes());
            }
        } catch (RuntimeException e) {
            diagnostics.error(null, 0, 0, "cannot make plan.pdf: " + e.getMessage());
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            // What the layout held is unreachable once this frame is left, so the build can report and clean up.
            long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            diagnostics.error(null, 0, 0, "cannot make plan.pdf: it needs more memory than this JVM may use ("
                    + heap + " MB): give Maven more (MAVEN_OPTS=-Xmx" + Math.max(2, 2 * heap / 1024) + "g) or build "
                    + "without the PDF (-Ddrplan.pdf=false); the previous bundle is left as it was");
            return Optional.empty();
        }
        new ResourceProblems(plan).report(missing, notes, diagnostics);
        return Optional.of(pdf[0]);
    }

    /** Lays the whole document out at once, dated {@code buildTime}. */
    private RenderedPdf whole(String html, BundleResources resources, Instant buildTime, Set<String> missing) {
        // Page content streams go to temporary files, not the heap.
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PdfBoxRenderer renderer = setup.builder(document, Jsoup.parse(html), resources).buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            ReproducibleMetadata.apply(document, buildTime, html);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            missing.addAll(resources.missing());
            return new RenderedPdf(out.toByteArray(), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

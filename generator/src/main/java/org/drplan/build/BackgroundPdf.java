package org.drplan.build;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.pdf.PdfRenderer;
import org.drplan.pdf.RenderedPdf;
import org.drplan.plan.Plan;

/**
 * Stage 9 on a thread of its own. The renderer reads its fonts while the plan is parsed and the pages are made; the
 * PDF is laid out once the search index is built (both at once ran a 2,400-page plan out of a 2 GB heap). (Laying
 * out a small document first to warm the renderer's classes up was tried: it only took CPU from the other stages.)
 * The PDF's problems are collected apart and handed over when the build waits for it.
 */
final class BackgroundPdf {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread pdf = new Thread(work, "drplan-pdf");
        pdf.setDaemon(true);
        return pdf;
    });
    private final CompletableFuture<PdfRenderer> renderer;
    private final Diagnostics problems;
    private CompletableFuture<Optional<RenderedPdf>> pdf = CompletableFuture.completedFuture(Optional.empty());

    private BackgroundPdf(boolean wanted, boolean strict) {
        problems = new Diagnostics(strict);
        renderer = wanted ? CompletableFuture.supplyAsync(PdfRenderer::new, thread)
                : CompletableFuture.completedFuture(null);
    }

    /** Starts reading the renderer's fonts, when the build makes a PDF. */
    static BackgroundPdf prepare(boolean wanted, boolean strict) {
        return new BackgroundPdf(wanted, strict);
    }

    /** Starts laying out {@code printDocument}; nothing at all when there is none (no PDF wanted). */
    void start(Plan plan, Optional<String> printDocument, Map<String, byte[]> files, StageClock clock) {
        if (printDocument.isPresent()) {
            pdf = renderer.thenApplyAsync(pdfRenderer -> clock.time("pdf", () -> pdfRenderer.render(plan,
                    printDocument.get(), files, problems), result -> result.map(r -> r.pages() + " pages")
                    .orElse("failed")), thread);
        }
    }

    /** Waits for the PDF, reports its problems into {@code diagnostics}, and returns it unless it failed. */
    Optional<RenderedPdf> join(Diagnostics diagnostics) {
        try {
            Optional<RenderedPdf> result = pdf.join();
            problems.problems().forEach(diagnostics::report);
            return result;
        } finally {
            thread.shutdown();
        }
    }
}

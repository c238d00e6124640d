package org.drplan.build;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.pdf.PdfRenderer;
import org.drplan.pdf.RenderedPdf;
import org.drplan.plan.Plan;

/**
 * Stage 9 on a thread of its own: laying out the PDF takes as long as building the search index, and neither needs
 * the other, so on a machine of two cores they run side by side. The plan is only read by both; the PDF's problems
 * are collected apart and handed over when the build waits for it.
 */
final class BackgroundPdf {

    private final CompletableFuture<Optional<RenderedPdf>> pdf;
    private final Diagnostics problems;

    private BackgroundPdf(CompletableFuture<Optional<RenderedPdf>> pdf, Diagnostics problems) {
        this.pdf = pdf;
        this.problems = problems;
    }

    /** Starts laying out {@code printDocument}; nothing at all when there is none (no PDF wanted). */
    static BackgroundPdf start(Plan plan, Optional<String> printDocument, Map<String, byte[]> files, boolean strict,
                               StageClock clock) {
        Diagnostics problems = new Diagnostics(strict);
        if (printDocument.isEmpty()) {
            return new BackgroundPdf(CompletableFuture.completedFuture(Optional.empty()), problems);
        }
        CompletableFuture<Optional<RenderedPdf>> pdf = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                pdf.complete(clock.time("pdf", () -> new PdfRenderer().render(plan, printDocument.get(), files,
                        problems), result -> result.map(r -> r.pages() + " pages").orElse("failed")));
            } catch (Throwable e) {
                pdf.completeExceptionally(e);
            }
        }, "drplan-pdf");
        thread.setDaemon(true);
        thread.start();
        return new BackgroundPdf(pdf, problems);
    }

    /** Waits for the PDF, reports its problems into {@code diagnostics}, and returns it unless it failed. */
    Optional<RenderedPdf> join(Diagnostics diagnostics) {
        Optional<RenderedPdf> result = pdf.join();
        problems.problems().forEach(diagnostics::report);
        return result;
    }
}

package org.drplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.drplan.build.SiteBuilder;
import org.drplan.checks.PlanHealth;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.pdf.PdfRenderer;
import org.drplan.plan.Plan;
import org.drplan.render.SectionHtmlRenderer;
import org.drplan.theme.PrintDocument;
import org.drplan.theme.ThemeAssets;
import org.drplan.theme.ThemeTemplates;

/**
 * PDF benchmark (bench/pdf.sh runs it; not a test). For the sample plan and synthetic plans of the given sizes: the
 * time to lay out plan.pdf from the print document (median of the given runs after one warm-up in the same JVM, as
 * in a Maven build of several modules), its pages, milliseconds per page, and the heap in use after it.
 */
public final class PdfBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> plans = new ArrayList<>(List.of("sample"));
        for (int i = 1; i < args.length; i++) {
            plans.add(args[i]);
        }
        if (args.length < 2) {
            plans.addAll(List.of("100", "1000"));
        }
        PdfRenderer renderer = new PdfRenderer();
        for (String name : plans) {
            Path content = name.equals("sample") ? Path.of("content")
                    : SyntheticPlan.write(Files.createTempDirectory("drplan-pdf-bench-"), Integer.parseInt(name));
            Path root = Files.createTempDirectory("drplan-pdf-bench-out-");
            SiteBuilder builder = new SiteBuilder(BuildConfig.builder(content, root.resolve("out"))
                    .linkCheck(LinkCheck.WARN).build());
            Plan plan = builder.modelPlan().orElseThrow();
            String html = new PrintDocument(new ThemeTemplates(null), new SectionHtmlRenderer())
                    .render(plan, PlanHealth.UNCHECKED, List.of());
            Map<String, byte[]> files = files(plan);
            byte[] pdf = renderer.render(plan, html, files, new Diagnostics(false)).orElseThrow().bytes();
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                pdf = renderer.render(plan, html, files, new Diagnostics(false)).orElseThrow().bytes();
                times.add((System.nanoTime() - start) / 1e6);
            }
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            Runtime runtime = Runtime.getRuntime();
            double median = median(times);
            System.out.printf("%-7s %4d sections: %5d pages, median %7.0f ms (runs %s), %.1f ms/page, %.0f pages/s, "
                            + "%.1f MB, heap in use %.0f MB%n", name, plan.sections().size(), pages, median,
                    times.stream().map(t -> String.format("%.0f", t)).toList(), median / pages,
                    pages / (median / 1000), pdf.length / 1e6, (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
        }
    }

    private static Map<String, byte[]> files(Plan plan) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(ThemeAssets.load(null));
        for (SourceFile asset : plan.assets()) {
            files.put(asset.relativePath(), Files.readAllBytes(asset.path()));
        }
        return files;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

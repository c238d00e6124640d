package org.drplan.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.drplan.bench.SyntheticPlan;
import org.drplan.build.SiteBuilder;
import org.drplan.checks.PlanHealth;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.render.SectionHtmlRenderer;
import org.drplan.theme.PrintDocument;
import org.drplan.theme.ThemeAssets;
import org.drplan.theme.ThemeTemplates;

/**
 * Run in a JVM of its own with a small heap by {@link LongPlanPdfTest}: lays out the PDF of a synthetic plan of
 * {@code args[0]} sections and prints its pages, or its problems and exits 1.
 */
public final class PdfInLittleMemory {

    private PdfInLittleMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path content = SyntheticPlan.write(Files.createTempDirectory("drplan-little-memory-"),
                Integer.parseInt(args[0]));
        Plan plan = new SiteBuilder(BuildConfig.builder(content, content.resolveSibling("out"))
                .linkCheck(LinkCheck.WARN).build()).modelPlan().orElseThrow();
        String html = new PrintDocument(new ThemeTemplates(null), new SectionHtmlRenderer())
                .render(plan, PlanHealth.UNCHECKED, List.of());
        Map<String, byte[]> files = new TreeMap<>(ThemeAssets.load(null));
        Diagnostics diagnostics = new Diagnostics(false);
        var pdf = new PdfRenderer().render(plan, html, files, diagnostics);
        diagnostics.problems().stream().filter(p -> p.isError()).forEach(p -> System.out.println(p.message()));
        System.out.println(pdf.map(p -> p.pages() + " pages").orElse("no PDF"));
        System.exit(pdf.isPresent() ? 0 : 1);
    }
}

package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.drplan.build.SiteBuilder;
import org.drplan.checks.PlanHealth;
import org.drplan.config.BuildConfig;
import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.render.SectionHtmlRenderer;
import org.drplan.testing.TestSite;
import org.drplan.theme.PrintDocument;
import org.drplan.theme.ThemeAssets;
import org.drplan.theme.ThemeTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan laid out in parts (as a long plan is, so that memory does not grow with it) prints as the same plan laid
 * out at once: every page's text (contents, "(see 2.1, p. 4)", "Page 5 of 9"), the bookmarks, where every link and
 * bookmark leads. PlanPdfTest's plan, with parts so small that each section is one.
 */
class LongPlanPdfTest {

    private static Plan plan;
    private static String html;
    private static Map<String, byte[]> files;
    private static byte[] whole;

    @BeforeAll
    static void model() throws IOException {
        Path root = TestSite.write(PlanPdfTest.PLAN);
        SiteBuilder builder = new SiteBuilder(BuildConfig.forTest(root));
        plan = builder.modelPlan().orElseThrow();
        html = new PrintDocument(new ThemeTemplates(null), new SectionHtmlRenderer())
                .render(plan, PlanHealth.UNCHECKED, List.of());
        files = new TreeMap<>(ThemeAssets.load(null));
        for (SourceFile asset : plan.assets()) {
            files.put(asset.relativePath(), Files.readAllBytes(asset.path()));
        }
        whole = render(Integer.MAX_VALUE);
    }

    private static byte[] render(int partBudget) {
        Diagnostics diagnostics = new Diagnostics(false);
        var pdf = new PdfRenderer(partBudget).render(plan, html, files, diagnostics);
        assertEquals(List.of(), diagnostics.problems().stream().filter(p -> p.isError()).map(p -> p.message())
                .toList());
        return pdf.orElseThrow().bytes();
    }

    @Test
    void partsPrintTheSamePagesAsTheWholeDocument() throws IOException {
        byte[] parted = render(8_000);
        try (PDDocument expected = Loader.loadPDF(whole); PDDocument actual = Loader.loadPDF(parted)) {
            assertTrue(expected.getNumberOfPages() >= 7, "pages: " + expected.getNumberOfPages());
            assertEquals(pageTexts(expected), pageTexts(actual));
            assertEquals(outline(expected, expected.getDocumentCatalog().getDocumentOutline(), ""),
                    outline(actual, actual.getDocumentCatalog().getDocumentOutline(), ""));
            assertEquals(links(expected), links(actual));
            assertTrue(actual.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("en", actual.getDocumentCatalog().getLanguage());
        }
    }

    /**
     * The parts' structure (most of a tagged PDF) is written compressed, as PDFBox saves a whole document: the parts
     * cost little more than the fonts each embeds again.
     */
    @Test
    void thePartsAreWrittenCompressed() throws IOException {
        byte[] parted = render(8_000);
        try (PDDocument actual = Loader.loadPDF(parted)) {
            assertTrue(actual.getDocument().isXRefStream(), "a cross-reference stream");
        }
        assertTrue(parted.length < 1.5 * whole.length, parted.length + " bytes in parts, " + whole.length
                + " at once");
    }

    @Test
    void thePartsMakeTheSameBytesEveryTime() {
        assertArrayEquals(render(8_000), render(8_000));
    }

    @Test
    void aChecklistLongerThanAPartIsCutBetweenItsTablesWithNoStepLost() throws IOException {
        try (PDDocument parted = Loader.loadPDF(render(2_000))) {
            String text = new PDFTextStripper().getText(parted);
            assertEquals(10, text.chars().filter(c -> c == '\u2610').count(), "a box per step, twice");
            assertTrue(text.contains("3.1.1 Stop the application"), text);
        }
    }

    /** The merged parts keep each part's tagged structure: still PDF/UA-1 and PDF/A-2a. */
    @Test
    void thePartsStayTaggedAndArchivable() throws Exception {
        Path pdf = Files.createTempFile("drplan-parts-", ".pdf");
        Files.write(pdf, render(8_000));
        for (SamplePlanPdfTest.Standard standard : SamplePlanPdfTest.Standard.values()) {
            SamplePlanPdfTest.assertConforms(pdf, standard);
        }
    }

    /**
     * The heap a plan needs does not grow with it: 250 sections (about 800 pages, which laid out at once took some
     * 800 MB) print in a JVM of 400 MB.
     */
    @Test
    void aLongPlanPrintsInAHeapSmallerThanItsWholeLayout() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx400m", "-cp", System.getProperty("java.class.path"), PdfInLittleMemory.class.getName(), "250")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.matches("(?s).*\\b\\d{3} pages.*"), output);
    }

    private static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    /** Every link as "from page: to page". */
    private static List<String> links(PDDocument document) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                    PDPage target = ((PDPageDestination) go.getDestination()).getPage();
                    links.add(document.getPages().indexOf(page) + 1 + ": " + (document.getPages().indexOf(target)
                            + 1) + " " + link.getContents());
                }
            }
        }
        return links;
    }

    private static List<String> outline(PDDocument document, PDOutlineNode node, String indent) throws IOException {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle() + " p. " + (document.getPages().indexOf(item.findDestinationPage(
                    document)) + 1));
            titles.addAll(outline(document, item, indent + "  "));
        }
        return titles;
    }
}

package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** plan.pdf read back with PDFBox: outline, text, numbers, links, fonts, the checklist for a pen. */
class PlanPdfTest {

    static final String PLAN = """
            -- content/drplan.yml --
            title: Payroll continuity plan
            organisation: Example Corp
            version: 2.0.0
            -- content/team.yml --
            roles:
              - id: dba-lead
                title: Database lead
                name: Ana Silva
                phone: +1 555 0123
            -- content/scope.md --
            ---
            type: scope
            ---
            # Scope
            Covers payroll. Ελληνικά και Кириллица are printed too.
            ## Out of scope
            The canteen.
            -- content/team.md --
            ---
            type: team
            ---
            # Recovery team
            -- content/procedures/restore.md --
            ---
            type: procedure
            owner: dba-lead
            rto: 4h
            requires: [scope]
            ---
            # Restore the database
            !!! warning "Do not restore over the only copy"
                Check the host name twice.

            ## Prepare
            - [ ] Stop the application {#stop}
              - [ ] Notify: [[@dba-lead]] that payroll is down
            - [ ] Renew the certificate in the office
            ## Verify
            - [ ] Milestone: database restored, see [[scope#out-of-scope]]
            -- content/key-actions.md --
            ---
            title: Key actions
            type: checklist
            ---
            - [ ] Escalate: call the CIO if late
            """;

    private static TestSite site;
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.build(PLAN).assertSucceeded();
        pdf = Loader.loadPDF(Files.readAllBytes(site.output().resolve("plan.pdf")));
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        text = stripper.getText(pdf).replaceAll(" +", " ");
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void bookmarksMirrorTheNavigation() {
        assertEquals(List.of("Contents", "1 Scope", "  1.1 Scope", "    Out of scope",
                "2 Recovery team and communication", "  2.1 Recovery team", "3 Recovery procedures",
                "  3.1 Restore the database", "    Prepare", "    Verify", "4 Key actions and milestones",
                "  4.1 Key actions", "Checklist"), outline(pdf.getDocumentCatalog().getDocumentOutline(), ""));
    }

    /** The same, read off the bundle's own navigation: the sidebar's parts and sections, the authors' h2s. */
    @Test
    void bookmarksAreTheSidebarAndEachPagesHeadings() {
        List<String> navigation = new ArrayList<>(List.of("Contents"));
        var sidebar = site.assertFile("index.html").html().select("#sidebar .nav-group");
        for (var group : sidebar) {
            navigation.add(group.selectFirst(".nav-heading").text());
            for (var link : group.select("a[href]")) {
                navigation.add("  " + link.text());
                site.assertFile(link.attr("href")).html().select(".prose h2").forEach(h -> navigation.add("    "
                        + h.ownText()));
            }
        }
        navigation.add("Checklist");
        assertEquals(navigation, outline(pdf.getDocumentCatalog().getDocumentOutline(), ""));
    }

    @Test
    void everySectionAndEveryStepIsInTheTextWithItsNumber() {
        for (String expected : List.of("Payroll continuity plan", "EXAMPLE CORP", "Version 2.0.0",
                "Printed copy: check the bundle for a newer version", "1.1 Scope", "2.1 Recovery team",
                "3.1 Restore the database", "4.1 Key actions", "3.1.1 Stop the application",
                "3.1.1.1 NOTIFY Notify: Database lead, Ana Silva (see 2.1, p. 4) that payroll is down",
                "3.1.2 Renew the certificate in the office", "3.1.3 MILESTONE Milestone: database restored",
                "4.1.1 ESCALATE Escalate: call the CIO if late", "Ελληνικά και Кириллица")) {
            assertTrue(text.contains(expected), () -> "PDF text lacks '" + expected + "':\n" + text);
        }
        assertFalse(text.contains("\uFB01"), "no ligature glyph: the text reads as written");
    }

    @Test
    void theSameNumberOnTheSectionPageTheChecklistPageAndPaper() {
        String step = "procedures/restore/stop";
        Document page = site.assertFile("procedures/restore.html").html();
        assertEquals("3.1.1", page.select("li[data-step=" + step + "] > .step-number").text());
        Document checklist = site.assertFile("checklist.html").html();
        assertEquals("3.1.1", checklist.select("input[data-step=" + step + "]").attr("data-number"));
        assertEquals("3.1", page.select("main h1 .section-number").text());
        assertTrue(text.contains("3.1.1 Stop the application"));
    }

    @Test
    void theChecklistHasABoxForAPenForEveryStepAndEveryStepIsAlsoTickableInItsProcedure() throws IOException {
        int steps = 5;
        assertEquals(2 * steps, text.chars().filter(c -> c == '\u2610').count(),
                "one box in the procedure and one in the checklist table per step");
        PDOutlineItem checklist = null;
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            checklist = item.getTitle().equals("Checklist") ? item : checklist;
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(pdf.getPages().indexOf(checklist.findDestinationPage(pdf)) + 1);
        String pages = stripper.getText(pdf).replaceAll(" +", " ");
        assertEquals(steps, pages.chars().filter(c -> c == '\u2610').count(), "one box per step on the checklist "
                + "pages:\n" + pages);
        for (String step : List.of("3.1.1", "3.1.1.1", "3.1.2", "3.1.3", "4.1.1")) {
            assertTrue(pages.contains("\u2610 " + step + " "), step + " with its box:\n" + pages);
        }
        assertTrue(pages.contains("Done by Initials Time"), pages);
    }

    @Test
    void crossLinksJumpInsideTheDocumentAndPrintWhereTheyLead() throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    links.add(link);
                }
            }
        }
        assertTrue(links.size() > 10, "links: " + links.size());
        for (PDAnnotationLink link : links) {
            assertFalse(link.getAction() instanceof PDActionURI, "no link leaves the document");
            var destination = link.getDestination() != null ? link.getDestination()
                    : ((PDActionGoTo) link.getAction()).getDestination();
            PDPage target = ((PDPageDestination) destination).getPage();
            assertTrue(pdf.getPages().indexOf(target) >= 0, "a link to a page of this document");
        }
        assertTrue(text.matches("(?s).*Out of scope \\(see 1\\.1, p\\. \\d+\\).*"), text);
    }

    /** The owner in a section's facts is a link to the role's row in the contact table, as on screen. */
    @Test
    void anOwnerLinksToItsRowInTheContactTable() throws IOException {
        int owners = 0;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && textUnder(page, link)
                        .contains("Database lead, Ana Silva")) {
                    var destination = link.getDestination() != null ? link.getDestination()
                            : ((PDActionGoTo) link.getAction()).getDestination();
                    int target = pdf.getPages().indexOf(((PDPageDestination) destination).getPage()) + 1;
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(target);
                    stripper.setEndPage(target);
                    assertTrue(stripper.getText(pdf).contains("@dba-lead"), "the contact table is on page " + target);
                    owners++;
                }
            }
        }
        assertEquals(2, owners, "links reading as the role: [[@dba-lead]] in a step and the owner in the facts");
    }

    private static String textUnder(PDPage page, PDAnnotationLink link) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        var box = link.getRectangle();
        float height = page.getMediaBox().getHeight();
        area.addRegion("link", new java.awt.geom.Rectangle2D.Float(box.getLowerLeftX(),
                height - box.getUpperRightY(), box.getWidth(), box.getHeight()));
        area.extractRegions(page);
        return area.getTextForRegion("link").replaceAll("\\s+", " ");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts++;
            }
        }
        assertTrue(fonts > 0);
    }

    @Test
    void theDocumentHasItsTitleLanguageAndTags() {
        assertEquals("Payroll continuity plan", pdf.getDocumentInformation().getTitle());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
    }

    @Test
    void pagesLinkToThePdf() {
        site.assertFile("index.html").contains("href=\"plan.pdf\"");
        site.assertFile("procedures/restore.html").contains("href=\"../plan.pdf\"");
    }

    private static List<String> outline(PDOutlineNode node, String indent) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> {
            titles.add(indent + item.getTitle());
            titles.addAll(outline(item, indent + "  "));
        });
        return titles;
    }
}

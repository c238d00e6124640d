package org.drplan.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.drplan.testing.DecisionPlans;
import org.drplan.testing.PdfPageText;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The change sheet: a bundle carries plan.json; given the bundle of an earlier version (a folder or a zip), the build
 * writes changes.html with the sections added, removed and changed (number, owner, RTO, RPO), and their steps added,
 * removed and reworded (the words marked).
 */
class ChangeSheetSiteTest {

    @Test
    void everyBundleCarriesItsPlanAsData() {
        TestSite site = TestSite.build(ChangePlans.version1()).assertSucceeded();
        site.assertFile("plan.json").contains("\"format\":1", "\"version\":\"3.1.0\"",
                "\"id\":\"procedures/restore/restore-the-nightly-backup\"");
        site.assertFile("SHA256SUMS").contains(" plan.json");
        site.assertNoFile("changes.html");
    }

    @Test
    void changesSinceAnEarlierBundleFolderAreListedSectionBySection() {
        TestSite before = TestSite.build(ChangePlans.version1()).assertSucceeded();
        TestSite after = TestSite.build(ChangePlans.version2(), b -> b.previousBundle(before.output())).assertSucceeded();
        Document changes = after.assertFile("changes.html").html();
        assertEquals("Changes since 3.1.0", changes.selectFirst("h1").text());
        assertEquals("Version 3.2.0 against 3.1.0 (build " + buildId(before) + "): 1 section changed, 1 added, "
                + "1 removed; 2 steps added, 1 removed, 2 reworded or changed. Replace these sections' pages in a "
                + "printed binder.", changes.selectFirst(".lede").text());
        List<String> sections = changes.select("section.change h2").eachText();
        assertEquals(List.of("2.1 Mail the bank added", "2.2 Restore payroll changed", "2.1 Fax the bank removed"),
                sections.stream().map(s -> s.replace("  ", " ")).toList());
        assertEquals(List.of("RTO 2h → 90m"), changes.select(".change-changed .change-facts li").eachText());
        assertEquals("Restore the <del>nightly</del> <ins>hourly</ins> backup",
                changes.select(".change-changed .step-changed").get(0).html().replaceAll("^.*</span> ", ""));
        assertEquals("Start the payroll app<ins> and the queue</ins>",
                changes.select(".change-changed .step-changed").get(1).html().replaceAll("^.*</span> ", ""),
                "a step with its own id keeps it when reworded");
        assertEquals(List.of("added 2.2.4 Notify: the service desk"),
                changes.select(".change-changed .step-added").eachText());
        after.assertFile("index.html").contains("Changes since 3.1.0");
        Document checklist = after.assertFile("checklist.html").html();
        assertEquals(List.of("added since 3.1.0", "reworded since 3.1.0", "reworded since 3.1.0", "added since 3.1.0"),
                checklist.select(".step .change-badge").eachText(), "new and reworded steps are marked");
        assertTrue(checklist.getElementById("previous-steps").data().contains(
                "\"procedures/restore/restore-the-nightly-backup\":{\"kind\":\"changed\",\"number\":\"2.2.2\","
                        + "\"now\":\"procedures/restore/restore-the-hourly-backup\"}"),
                checklist.getElementById("previous-steps").data());
    }

    @Test
    void aDecisionAddedRemovedOrLeadingElsewhereIsAChangeOfItsSection() {
        TestSite before = TestSite.build(DecisionPlans.SITE_A).assertSucceeded();
        before.assertFile("plan.json").contains("\"decisions\":[{\"id\":\"declare/decision-is-site-a-reachable\","
                + "\"section\":\"declare\",\"question\":\"Is Site A reachable?\",\"after\":\"declare/check-site-a\","
                + "\"answers\":[{\"answer\":\"yes\",\"text\":\"Yes\",\"target\":\"1.2 Promote\"},");
        TestSite after = TestSite.build(DecisionPlans.SITE_A.replace("- No -> [restore from backup](restore.md)",
                "- No -> [[promote]]").replace("- [ ] Tell the bridge what was decided", """
                - [ ] Tell the bridge what was decided

                !!! decision "Call the supplier?"
                    - Yes → [[restore]]
                    - No → [[promote]]
                """), b -> b.previousBundle(before.output())).assertSucceeded();
        assertEquals(List.of("decision “Is Site A reachable?”: was Yes → 1.2 Promote; No → 1.3 Restore; now Yes → "
                + "1.2 Promote; No → 1.2 Promote", "decision added: “Call the supplier?” Yes → 1.3 Restore; No → 1.2 "
                + "Promote"),
                after.assertFile("changes.html").html().select(".change-changed .change-facts li").eachText());
    }

    @Test
    void thePdfStartsWithTheChangesAfterItsCover() throws IOException {
        TestSite before = TestSite.build(ChangePlans.version1()).assertSucceeded();
        TestSite after = TestSite.build(ChangePlans.version2(), b -> b.previousBundle(before.output()).pdf(true))
                .assertSucceeded();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                after.output().resolve("plan.pdf").toFile())) {
            String page = PdfPageText.of(pdf, 2);
            assertTrue(page.contains("Changes since 3.1.0"), page);
            assertTrue(page.matches(".*CHANGED 2\\.2 Restore payroll \\(see 2\\.2, p\\. \\d+\\).*"), page);
            assertTrue(page.contains("RTO 2h → 90m"), page);
            assertTrue(page.contains("Restore the nightly hourly backup"), "both words printed, marked: " + page);
            assertTrue(page.contains("REMOVED 2.1 Fax the bank"), page);
            assertEquals("Changes since 3.1.0", pdf.getDocumentCatalog().getDocumentOutline().getFirstChild()
                    .getTitle());
        }
    }

    @Test
    void theEarlierBundleMayBeItsRunbookZip() throws IOException {
        TestSite before = TestSite.build(ChangePlans.version1()).assertSucceeded();
        Path zip = before.output().resolveSibling("payroll-3.1.0-runbook.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(before.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                z.putNextEntry(new ZipEntry("drplan/" + before.output().relativize(file).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(file));
                z.closeEntry();
            }
        }
        TestSite.build(ChangePlans.version2(), b -> b.previousBundle(zip)).assertSucceeded()
                .assertFile("changes.html").contains("Changes since 3.1.0", "RTO 2h → 90m");
    }

    @Test
    void anEarlierBundleWithoutPlanDataIsAnErrorAtItsPath() throws IOException {
        Path empty = Files.createTempDirectory("drplan-no-plan-json");
        TestSite site = TestSite.build(ChangePlans.version2(), b -> b.previousBundle(empty)).assertFailed();
        assertTrue(site.problems().stream().anyMatch(p -> p.contains("error: the previous bundle to compare with "
                + "holds no plan.json")), site.problems().toString());
    }

    private static String buildId(TestSite site) {
        return site.assertFile("BUILD-INFO.txt").text().lines().filter(l -> l.startsWith("build id"))
                .findFirst().orElseThrow().replaceAll(".*\\s", "");
    }
}

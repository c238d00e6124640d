package org.drplan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.drplan.plan.RecoveryTimes;
import org.drplan.testing.PdfPageText;
import org.drplan.testing.TestPlan;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Estimates and the critical path: step estimates ({@code {~15m}}, with or without an id), a section's
 * {@code estimate:} when its steps have none, the longest path through {@code requires}, warnings at the
 * {@code rto:} they exceed, steps without an estimate counted, bad estimates at their line and column.
 */
class RecoveryTimeSiteTest {

    /** A diamond: declare → (database, network) → app; a second root, comms, on its own. */
    private static final String DIAMOND = """
            -- content/scope.md --
            ---
            type: scope
            order: 1
            rto: 2h
            ---
            # Scope
            -- content/declare.md --
            ---
            type: procedure
            order: 2
            ---
            # Declare
            - [ ] Call the bridge {~10m}
            - [ ] Declare the disaster {#declare ~5m}
            -- content/database.md --
            ---
            type: procedure
            order: 3
            requires: [declare]
            ---
            # Database
            - [ ] Promote the replica {~30m}
            - [ ] Check the data
              - [ ] Count rows {~20m}
              - [ ] Compare checksums {~40m}
            -- content/network.md --
            ---
            type: procedure
            order: 4
            requires: [declare]
            estimate: 20m
            ---
            # Network
            - [ ] Switch the VPN
            -- content/app.md --
            ---
            type: procedure
            order: 5
            rto: 1h
            requires: [database, network]
            ---
            # Application
            - [ ] Start the app {~15m}
            - [ ] Smoke test
            -- content/comms.md --
            ---
            type: procedure
            order: 6
            ---
            # Comms
            - [ ] Tell staff {~5m}
            """;

    @Test
    void earliestFinishesFollowTheLongestPathThroughWhatEachSectionRequires() {
        RecoveryTimes times = RecoveryTimes.of(TestPlan.of(DIAMOND).plan());
        assertEquals(Duration.ofMinutes(15), times.sections().get("declare").finish());
        assertEquals(Duration.ofMinutes(90), times.sections().get("database").own(), "30m + (20m + 40m)");
        assertEquals(Duration.ofMinutes(105), times.sections().get("database").finish());
        assertEquals(Duration.ofMinutes(35), times.sections().get("network").finish(), "the section's estimate");
        assertEquals(Duration.ofMinutes(120), times.sections().get("app").finish(), "the longer arm of the diamond");
        assertEquals(List.of("declare", "database", "app"), times.sections().get("app").path());
        assertEquals(List.of("declare", "database", "app"), times.criticalPath());
        assertEquals(Duration.ofMinutes(5), times.sections().get("comms").finish(), "a second root");
        assertEquals(null, times.sections().get("scope").own());
        assertEquals(1, times.stepsWithoutEstimate(), "the smoke test; the VPN step has its section's estimate");
        assertEquals("3h 20m", RecoveryTimes.format(Duration.ofMinutes(200)));
        assertEquals("1d 2h", RecoveryTimes.format(Duration.ofHours(26)));
    }

    @Test
    void aPathLongerThanItsRtoIsAWarningAtThatRto() {
        TestSite.build(DIAMOND).assertSucceeded().assertProblemsBesidesPlanOutline(
                "content: warning: 1 of 10 steps have no estimate: the recovery times are a lower bound",
                "content/app.md:4:6: warning: 2.4 Application: 2h on 2.1 → 2.2 → 2.4, RTO 1h");
    }

    @Test
    void theCriticalPathAgainstThePlansRto() {
        TestSite site = TestSite.build(DIAMOND.replace("rto: 2h", "rto: 90m").replace("rto: 1h", "rto: 3h"))
                .assertSucceeded();
        site.assertProblemsBesidesPlanOutline(
                "content: warning: 1 of 10 steps have no estimate: the recovery times are a lower bound",
                "content/scope.md:4:6: warning: the critical path takes 2h (2.1 → 2.2 → 2.4), more than the plan's RTO of "
                        + "90m");
        site.assertFile("index.html").contains("The critical path takes 2h (2.1 → 2.2 → 2.4), more than the plan&#39;s RTO of "
                + "90m.");
    }

    @Test
    void theOverviewShowsTheCriticalPathAndEachSectionsSlack() {
        TestSite site = TestSite.build(DIAMOND).assertSucceeded();
        org.jsoup.nodes.Element recovery = site.assertFile("index.html").html().selectFirst("section.recovery");
        assertEquals("By the estimates, the recovery takes 2h against the plan's RTO of 2h, on the critical path "
                + "2.1 Declare → 2.2 Database → 2.4 Application.", recovery.selectFirst(".critical-path").text());
        assertEquals("1 of 10 steps have no estimate: every time here is a lower bound.",
                recovery.selectFirst(".lower-bound").text());
        List<String> rows = recovery.select("tbody tr").stream().map(r -> r.select("th, td").stream()
                .limit(5).map(org.jsoup.nodes.Element::text).toList().toString()).toList();
        assertEquals(List.of(
                "[1.1 Scope, —, 0m, 2h, 2h]",
                "[2.1 Declare critical path, 15m, 15m, —, —]",
                "[2.2 Database critical path, 1h 30m, 1h 45m, —, —]",
                "[2.3 Network, 20m, 35m, —, —]",
                "[2.4 Application critical path, 15m, 2h, 1h, −1h (over)]",
                "[2.5 Comms, 5m, 5m, —, —]"), rows);
        org.jsoup.nodes.Element bar = recovery.select("tbody tr").get(2).selectFirst("rect.bar");
        assertEquals("12.50 75.00", bar.attr("x") + " " + bar.attr("width"), "15m to 1h 45m of 2h");
    }

    @Test
    void thePdfPrintsTheSameOnAPageAfterTheContents() throws Exception {
        TestSite site = TestSite.build(DIAMOND, b -> b.pdf(true)).assertSucceeded();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                site.output().resolve("plan.pdf").toFile())) {
            String contents = PdfPageText.of(pdf, 2);
            String page = PdfPageText.of(pdf, 3);
            assertTrue(contents.contains("Can the plan meet its RTO? ... 3") || contents.matches(
                    ".*Can the plan meet its RTO\\?[ .]*3 .*"), contents);
            assertTrue(page.contains("By the estimates, the recovery takes 2h against the plan's RTO of 2h, on the "
                    + "critical path 2.1 Declare (see 2.1, p. "), page);
            assertTrue(page.contains("1 of 10 steps have no estimate: every time here is a lower bound."), page);
            assertTrue(page.contains("2.2 Database (see 2.2, p. 6) CRITICAL 1h 30m 1h 45m — —"), page);
            assertTrue(page.contains("−1h") && page.contains("(over)"), page);
            assertEquals("Recovery time", pdf.getDocumentCatalog().getDocumentOutline().getFirstChild()
                    .getNextSibling().getTitle(), "a bookmark after Contents");
        }
    }

    @Test
    void aPlanWithoutEstimatesIsNotJudged() {
        TestSite.build(DIAMOND.replaceAll(" ?\\{~\\d+m}", "").replace("{#declare ~5m}", "{#declare}")
                .replace("estimate: 20m\n", "")).assertSucceeded().assertProblemsBesidesPlanOutline()
                .assertFile("index.html").doesNotContain("Can the plan meet its RTO?");
    }

    @Test
    void anEstimateThatIsNotADurationIsAnErrorAtItsColumn() {
        TestSite.build("""
                -- content/restore.md --
                ---
                type: procedure
                ---
                # Restore
                - [ ] Restore the database {#restore ~soon}
                """).assertFailed().assertProblemsBesidesPlanOutline(
                "content/restore.md:5:38: error: estimate '~soon' is not a duration: write it as an rto: is, e.g. "
                        + "~15m, ~2h or ~PT1H30M");
    }

    @Test
    void theSuffixIsNeverShownAndTheCustomIdStillNamesTheStep() {
        TestSite site = TestSite.build(DIAMOND).assertSucceeded();
        site.assertFile("declare.html").contains("data-step=\"declare/declare\"", "Declare the disaster</li>")
                .doesNotContain("~5m", "{#", "~10m");
    }
}

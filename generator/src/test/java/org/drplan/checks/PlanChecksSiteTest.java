package org.drplan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What makes a plan a continuity plan, checked in tiny sites (build date 2026-01-02, from {@code BuildConfig.forTest}):
 * each warning and error with its exact message and place, and what the reader sees of it.
 */
class PlanChecksSiteTest {

    /** A plan with all eight parts, answered, synchronised back, reviewed within 180 days of the build date. */
    static final String COMPLETE = """
            -- content/scope.md --
            ---
            type: scope
            owner: ic
            reviewed: 2025-12-01
            ---
            # Scope
            -- content/data.md --
            ---
            type: data
            reviewed: 2025-12-01
            ---
            # Data
            -- content/dependencies.md --
            ---
            type: dependencies
            reviewed: 2025-12-01
            ---
            # Dependencies
            -- content/team.md --
            ---
            type: team
            reviewed: 2025-12-01
            ---
            # Team
            Call [[@dba]] first.
            -- content/restore.md --
            ---
            type: procedure
            owner: dba
            rto: 4h
            reviewed: 2025-12-01
            ---
            # Restore
            - [ ] Restore the database
            -- content/declare.md --
            ---
            type: procedure
            owner: ic
            rto: 30m
            reviewed: 2025-12-01
            ---
            # Declare
            -- content/key-actions.md --
            ---
            type: checklist
            reviewed: 2025-12-01
            ---
            # Key actions
            -- content/validation.md --
            ---
            type: validation
            reviewed: 2025-12-01
            validation:
              success_criteria: Tickets can be opened at Site B.
              assumptions: [Production keeps running]
              window: Second Saturday of March
              security: Test copies are deleted within 48 hours.
              modules: [Ticketing, CMDB]
              testers: The service desk team
              integrity_checks: Row counts match.
            ---
            # Testing
            -- content/return.md --
            ---
            type: return
            reviewed: 2025-12-01
            ---
            # Return
            Resynchronise Site A from Site B, then fail back.
            -- content/team.yml --
            roles:
              - id: ic
                title: Incident Commander
                name: Maren Okafor
                phone: +1 555 0140
                alternate: dba
              - id: dba
                title: Database lead
                name: Ana Silva
                phone: "+44 (0)20 5550 0123"
                alternate: ic
            bridge:
              dial_in: +1 555 0199
              access_code: "4829#"
              chat_channel: "#dr-bridge"
              fallback: Call the Incident Commander's mobile.
            escalation:
              - after: 0m
                who: dba
                how: Page the on-call DBA
              - after: 30m
                who: [ic]
                when: Not fixed within 30 minutes
            """;

    @Test
    void aCompletePlanBuildsWithoutAWord() {
        TestSite.build(COMPLETE).assertSucceeded().assertProblems();
    }

    @Test
    void anOwnerMustBeARoleOfTheTeamFile() {
        TestSite.build(COMPLETE.replace("owner: dba\n", "owner: dbaa\n")).assertFailed()
                .assertProblems("content/restore.md:3:8: error: owner 'dbaa' is not a role of team.yml "
                        + "(did you mean 'dba'?)");
    }

    @Test
    void withoutATeamFileOwnersAreNotCheckedAndShowAsWritten() {
        TestSite site = TestSite.build("""
                -- content/restore.md --
                ---
                type: procedure
                owner: whoever-is-on-call
                ---
                # Restore
                """).assertSucceeded().assertProblemsBesidesPlanOutline();
        assertEquals("whoever-is-on-call", site.assertFile("restore.html").html().select(".facts .role-ref").text());
    }

    @Test
    void anOwnerReadsAsTheRolesTitleAndPersonLinkedToTheCardWithThePhoneOneTapAway() {
        TestSite site = TestSite.build(COMPLETE).assertSucceeded();
        Document restore = site.assertFile("restore.html").html();
        assertEquals("Database lead, Ana Silva", restore.select(".facts a.role").text());
        assertEquals("team.html#role-dba", restore.select(".facts a.role").attr("href"));
        assertEquals("tel:+442055500123", restore.select(".facts a.role-call").attr("href"));
        assertEquals("+44 (0)20 5550 0123", restore.select(".facts a.role-call").text());

        Document overview = site.assertFile("index.html").html();
        assertEquals("team.html#role-dba", overview.select("[data-view-of=plan] tr:has(a[href=restore.html]) a.role")
                .attr("href"));
        Document checklist = site.assertFile("checklist.html").html();
        assertEquals("Database lead, Ana Silva", checklist.select("[data-section=restore] .facts a.role").text());
    }

    @Test
    void theTeamPageShowsTheBridgeAndTheEscalationLadderFromTheTeamFile() {
        TestSite site = TestSite.build(COMPLETE + """
                -- content/call.md --
                Join the [bridge](team.md#team-bridge); escalate as in [[team#team-escalation]].
                """).assertSucceeded();
        Document team = site.assertFile("team.html").html();
        assertEquals(List.of("Dial in +1 555 0199", "Access code 4829#", "Chat #dr-bridge",
                "If the bridge is down Call the Incident Commander's mobile."),
                team.select("#team-bridge .bridge-facts > div").eachText());
        assertEquals("tel:+15550199,4829%23", team.select("#team-bridge a.bridge-phone").attr("href"));
        assertEquals(List.of("1 0m Database lead, Ana Silva +44 (0)20 5550 0123 Page the on-call DBA",
                "2 30m Incident Commander, Maren Okafor +1 555 0140 Not fixed within 30 minutes"),
                team.select("#team-escalation tbody tr").eachText());
        assertEquals(List.of("team.html#team-bridge", "team.html#team-escalation"),
                site.assertFile("call.html").html().select(".prose a").eachAttr("href"));
    }

    @Test
    void aTeamFileWithoutATeamSectionGetsAGeneratedTeamPageWhereRoleLinksLand() {
        TestSite site = TestSite.build(COMPLETE.replaceAll("(?s)-- content/team.md --.*?Call \\[\\[@dba]] first.\n",
                "") + """
                -- content/call.md --
                Call [[@dba]].
                """).assertSucceeded().assertProblems("content: warning: the plan has no section of type 'team' "
                + "(Recovery team and communication; its page is generated from team.yml)");
        Document team = site.assertFile("team.html").html();
        assertEquals("4.1 Recovery team and communication", team.select("h1").text());
        assertEquals(2, team.select(".role-card").size());
        assertEquals("team.html#role-dba", site.assertFile("call.html").html().select(".prose a").attr("href"));
        assertTrue(site.assertFile("index.html").html().select(".findings li").eachText()
                .contains("The plan has no Recovery team and communication section of its own; the team page is "
                        + "made from team.yml."));
    }

    @Test
    void aPlanMissingPartsIsToldWhichOnesOnceAndTheOverviewSaysSo() {
        TestSite site = TestSite.build(COMPLETE.replaceAll("(?s)-- content/return.md --.*?fail back.\n", "")
                .replaceAll("(?s)-- content/data.md --.*?# Data\n", "")).assertSucceeded();
        site.assertProblems("content: warning: the plan has no section of type 'data' (Data considerations), "
                + "'return' (Return to normal operation)");
        assertEquals(List.of("The plan has no sections for Data considerations and Return to normal operation."),
                site.assertFile("index.html").html().select(".findings li").eachText());
    }

    @Test
    void aValidationMapLeavingQuestionsOpenIsWarnedAboutQuestionByQuestionAndShowsThemOpen() {
        TestSite site = TestSite.build(COMPLETE.replace("  window: Second Saturday of March\n", "")
                .replace("  security: Test copies are deleted within 48 hours.\n", "  security: ''\n"))
                .assertSucceeded();
        site.assertProblems(
                "content/validation.md:5:3: warning: 'validation' does not answer 'security' (Security)",
                "content/validation.md:5:3: warning: 'validation' does not answer 'window' (Testing window)");
        Document page = site.assertFile("validation.html").html();
        assertEquals(List.of("Testing window Not answered", "Security Not answered"),
                page.select(".validation-answers tr.unanswered").eachText());
        assertEquals("Modules tested Ticketing CMDB", page.select(".validation-answers tr:nth-child(5)").text());
        assertTrue(site.assertFile("index.html").html().select(".findings li").eachText().contains(
                "Testing leaves 2 of the 7 testing questions unanswered: testing window, security."));
    }

    @Test
    void withoutAValidationMapTheHeadingsMustAnswerTheQuestions() {
        TestSite site = TestSite.build(COMPLETE.replaceAll("(?s)validation:\n  success_criteria.*?match.\n", "")
                .replace("# Testing\n", """
                        # Testing
                        ## Success criteria
                        ## Assumptions
                        ## Test window
                        ## Who tests
                        ## Modules in scope
                        """)).assertSucceeded();
        site.assertProblems(
                "content/validation.md:2:7: warning: testing and validation does not answer 'integrity_checks' "
                        + "(Data integrity steps): give it in 'validation:' or under a heading",
                "content/validation.md:2:7: warning: testing and validation does not answer 'security' (Security): "
                        + "give it in 'validation:' or under a heading");
    }

    @Test
    void aReturnToNormalThatNeverBringsTheDataBackIsWarnedAbout() {
        TestSite.build(COMPLETE.replace("Resynchronise Site A from Site B, then fail back.", "Switch DNS back."))
                .assertSucceeded().assertProblems("content/return.md:2:7: warning: return to normal operation never "
                        + "mentions synchronising data back to production");
        TestSite.build(COMPLETE.replace("Resynchronise Site A from Site B, then fail back.",
                "Replicate the changes back to Site A.")).assertSucceeded().assertProblems();
    }

    @Test
    void aStaleReviewIsAWarningWithTheDaysOverdueAndABannerOnItsPage() {
        TestSite site = TestSite.build(COMPLETE.replace("""
                type: data
                reviewed: 2025-12-01""", """
                type: data
                reviewed: 2025-06-01""")).assertSucceeded();
        site.assertProblems("content/data.md:3:11: warning: review overdue by 35 days on the build date 2026-01-02: "
                + "reviewed 2025-06-01, due "
                + "2025-11-28 (review interval 180d)");
        Document data = site.assertFile("data.html").html();
        assertEquals("Review overdue since 2025-11-28 (35 days): this section was last reviewed on 2025-06-01. Check "
                + "it against the systems before you rely on it.", data.select(".review-banner").text());
        assertEquals(0, site.assertFile("scope.html").html().select(".review-banner").size());
        Document overview = site.assertFile("index.html").html();
        assertEquals("overdue 35 d 2025-06-01",
                overview.select("[data-view-of=plan] tr:has(a[href=data.html]) td:last-child").text());
        assertEquals(List.of("1 section is overdue for review."), overview.select(".findings li").eachText());
    }

    @Test
    void aReviewDateInTheFutureIsAWarningAndNoDateIsListedAsNeverReviewed() {
        TestSite site = TestSite.build(COMPLETE.replace("type: data\nreviewed: 2025-12-01", "type: data\n")
                .replace("type: data\n", "type: data\nreviewed: 2026-03-01\n").replace("""
                type: scope
                owner: ic
                reviewed: 2025-12-01""", """
                type: scope
                owner: ic""")).assertSucceeded();
        site.assertProblems("content/data.md:3:11: warning: reviewed 2026-03-01 is in the future (the build date is "
                + "2026-01-02)");
        Document overview = site.assertFile("index.html").html();
        assertEquals("never reviewed",
                overview.select("[data-view-of=plan] tr:has(a[href=scope.html]) td:last-child").text());
        assertEquals(List.of("1 section has never been reviewed."), overview.select(".findings li").eachText());
    }

    /**
     * Without a configured build date the bundle is dated by its newest source file, and reviews are measured against
     * that same date, never the clock: building the same files next year gives the same warnings and the same pages.
     */
    @Test
    void withoutAConfiguredBuildDateReviewsAreMeasuredAgainstTheNewestSourceFile() throws java.io.IOException {
        java.nio.file.Path root = TestSite.write("""
                -- content/data.md --
                ---
                type: data
                reviewed: 2020-01-01
                ---
                # Data
                """);
        java.nio.file.Files.setLastModifiedTime(root.resolve("content/data.md"),
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2021-01-01T00:00:00Z")));
        TestSite site = TestSite.buildIn(root, b -> b.buildTime(null)).assertSucceeded();
        site.assertProblemsBesidesPlanOutline("content/data.md:3:11: warning: review overdue by 186 days on the "
                + "build date 2021-01-01: reviewed 2020-01-01, due 2020-06-29 (review interval 180d)");
        assertTrue(site.assertFile("index.html").text().contains("2021-01-01"), "the bundle is dated by its file");
        assertEquals("Review overdue since 2020-06-29 (186 days): this section was last reviewed on 2020-01-01. Check "
                + "it against the systems before you rely on it.", site.assertFile("data.html").html()
                .select(".review-banner").text());
    }

    @Test
    void theReviewIntervalComesFromDrplanYml() {
        TestSite.build(COMPLETE + """
                -- content/drplan.yml --
                title: Plan
                review_interval: 4w
                """).assertSucceeded().assertProblems(COMPLETE.lines().filter(l -> l.startsWith("-- content/") &&
                l.endsWith(".md --")).sorted().map(l -> l.substring(3, l.length() - 3))
                .map(file -> file + ":" + (file.equals("content/scope.md") ? 4 : file.equals("content/restore.md")
                        || file.equals("content/declare.md") ? 5 : 3) + ":11: warning: review overdue by 4 days "
                        + "on the build date 2026-01-02: "
                        + "reviewed 2025-12-01, due 2025-12-29 (review interval 4w)").toArray(String[]::new));
    }

    @Test
    void strictMakesEveryWarningOfThePlanChecksAnError() {
        String flawed = COMPLETE.replace("Resynchronise Site A from Site B, then fail back.", "Switch DNS back.")
                .replace("  window: Second Saturday of March\n", "")
                .replace("type: data\nreviewed: 2025-12-01", "type: data\nreviewed: 2025-06-01")
                .replaceAll("(?s)-- content/dependencies.md --.*?# Dependencies\n", "");
        List<String> warnings = TestSite.build(flawed).assertSucceeded().problems();
        assertEquals(4, warnings.size(), warnings.toString());
        TestSite strict = TestSite.build(flawed, b -> b.strict(true)).assertFailed();
        assertEquals(warnings.stream().map(w -> w.replace(": warning: ", ": error: ")).toList(), strict.problems());
    }

    /** The checks the test above leaves out: a review date in the future, validation answered by headings. */
    @Test
    void strictMakesTheOtherPlanCheckWarningsErrorsToo() {
        String flawed = COMPLETE.replace("type: data\nreviewed: 2025-12-01", "type: data\nreviewed: 2026-03-01")
                .replaceAll("(?s)validation:\n  success_criteria.*?match.\n", "")
                .replace("# Testing\n", "# Testing\n## Success criteria\n## Assumptions\n## Test window\n"
                        + "## Who tests\n## Modules in scope\n## Security\n");
        List<String> warnings = TestSite.build(flawed).assertSucceeded().problems();
        assertEquals(List.of("content/data.md:3:11: warning: reviewed 2026-03-01 is in the future (the build date is "
                + "2026-01-02)", "content/validation.md:2:7: warning: testing and validation does not answer "
                + "'integrity_checks' (Data integrity steps): give it in 'validation:' or under a heading"), warnings);
        TestSite strict = TestSite.build(flawed, b -> b.strict(true)).assertFailed();
        assertEquals(warnings.stream().map(w -> w.replace(": warning: ", ": error: ")).toList(), strict.problems());
    }
}

package org.drplan.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.drplan.config.LinkCheck;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Cross-links across whole tiny sites: every form, from sub-folders, with anchors, backlinks and requires. */
class CrossLinkSiteTest {

    private static final String PLAN = """
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            ---
            Read [[procedures/restore-db]], [[restore-db#verify]], [[restore-db#verify|the checks]],
            [restore](procedures/restore-db.md#verify), [as html](procedures/restore-db.html) and
            call [[@dba-lead]].
            -- content/procedures/restore-db.md --
            ---
            type: procedure
            owner: dba-lead
            rto: 2h
            requires: [procedures/declare, scope]
            ---
            # Restore the database
            ## Verify
            Back to [[scope]] or [the scope](../scope.md), see [[#verify]].
            -- content/procedures/declare.md --
            ---
            title: Declare a disaster
            type: procedure
            owner: incident-commander
            rto: 30m
            ---
            Then [[restore-db]].
            -- content/team.md --
            ---
            type: team
            ---
            # Team
            -- content/team.yml --
            roles:
              - id: dba-lead
                title: Database lead
                name: Ana Silva
                phone: +1 555 0123
                email: ana@example.com
                alternate: incident-commander
              - id: incident-commander
                title: Incident Commander
            """;

    /** A step is a link target by its id's last part, an explicit {@code {#id}} or the one made from its text. */
    @Test
    void aLinkToAStepLandsOnThatStep() {
        TestSite site = TestSite.build("""
                -- content/restore.md --
                ---
                type: procedure
                ---
                # Restore
                ## Verify
                - [ ] Stop the app {#stop}
                - [ ] Check the replica lag
                - [ ] Verify
                -- content/scope.md --
                ---
                type: scope
                ---
                First [[restore#stop]], then [the lag](restore.md#check-the-replica-lag), then [[restore#verify]].
                """).assertSucceeded().assertProblemsBesidesPlanOutline();
        assertEquals(List.of("restore.html#stop", "restore.html#check-the-replica-lag", "restore.html#verify"),
                site.assertFile("scope.html").html().select(".prose a").eachAttr("href"));
        var restore = site.assertFile("restore.html").html();
        assertEquals("2.1.1 Stop the app", restore.getElementById("stop").text(), "procedures come after scope");
        assertEquals("li", restore.getElementById("check-the-replica-lag").tagName());
        assertEquals("h2", restore.getElementById("verify").tagName(), "a heading keeps its id; the step has none");
        assertEquals(1, restore.select("[id=verify]").size());
    }

    @Test
    void everyLinkFormBecomesARelativeUrlWithItsAnchor() {
        TestSite site = TestSite.build(PLAN).assertSucceeded();

        Document scope = site.assertFile("scope.html").html();
        assertEquals(List.of("procedures/restore-db.html", "procedures/restore-db.html#verify",
                "procedures/restore-db.html#verify", "procedures/restore-db.html#verify",
                "procedures/restore-db.html", "team.html#role-dba-lead"), scope.select(".prose a").eachAttr("href"));
        assertEquals(List.of("Restore the database", "Verify", "the checks", "restore", "as html",
                "Database lead, Ana Silva"), scope.select(".prose a").eachText());

        Document restore = site.assertFile("procedures/restore-db.html").html();
        assertEquals(List.of("../scope.html", "../scope.html", "#verify"),
                restore.select(".prose a:not(.heading-anchor)").eachAttr("href"));
    }

    @Test
    void checklistStepsShowCrossReferencesAsThePageDoesAndKeepTheirIds() {
        TestSite site = TestSite.build(PLAN + """
                -- content/call.md --
                - [ ] Notify: [[@dba-lead]] that [[restore-db]] starts
                """).assertSucceeded();

        Document checklist = site.assertFile("checklist.html").html();
        assertEquals("4.1.1 notify Notify: Database lead, Ana Silva that Restore the database starts",
                checklist.select("li[data-step^=call/]").select(".step-text").text());
        assertEquals("call/notify-dba-lead-that-restore-db-starts", checklist.select("li[data-step^=call/]")
                .attr("data-step"));
        assertEquals("Notify: Database lead, Ana Silva that Restore the database starts",
                site.assertFile("call.html").html().select("input.step-box").attr("aria-label"));
    }

    @Test
    void roleLinksLandOnTheRolesContactCard() {
        TestSite site = TestSite.build(PLAN).assertSucceeded();

        Document team = site.assertFile("team.html").html();
        var card = team.getElementById("role-dba-lead");
        assertEquals("Database lead @dba-lead Ana Silva +1 555 0123 ana@example.com If unreachable: Incident Commander",
                card.text());
        assertEquals("tel:+15550123", card.select("a.role-phone").attr("href"));
        assertEquals("mailto:ana@example.com", card.select("a.role-email").attr("href"));
        assertEquals("#role-incident-commander", card.select(".role-alternate a").attr("href"));
        assertEquals(0, site.assertFile("scope.html").html().select(".role-cards").size());
    }

    @Test
    void pagesListWhatToDoFirstAndWhatLinksHere() {
        TestSite site = TestSite.build(PLAN).assertSucceeded();

        Document restore = site.assertFile("procedures/restore-db.html").html();
        assertEquals(List.of("3.1 Declare a disaster Incident Commander RTO 30m", "1.1 Scope"),
                restore.select(".before-you-start li").eachText());
        assertEquals(List.of("../procedures/declare.html", "../team.html#role-incident-commander", "../scope.html"),
                restore.select(".before-you-start a").eachAttr("href"), "the owner links to the role's card");
        assertEquals(List.of("1.1 Scope", "3.1 Declare a disaster"), restore.select(".referenced-by a").eachText());

        Document scope = site.assertFile("scope.html").html();
        assertEquals(List.of("3.2 Restore the database"), scope.select(".referenced-by a").eachText(),
                "a page's links to itself are not backlinks");
        assertEquals(0, site.assertFile("team.html").html().select(".before-you-start").size());
    }

    @Test
    void sidebarShowsSubFoldersAsGroupsOnlyWhenAPartSpansFolders() {
        TestSite site = TestSite.build(PLAN + """
                -- content/failover.md --
                ---
                title: Fail over DNS
                type: procedure
                ---
                """).assertSucceeded();

        Document page = site.assertFile("procedures/declare.html").html();
        assertEquals(List.of("Procedures"), page.select(".sidebar .nav-folder").eachText());
        assertEquals(List.of("1.1 Scope", "2.1 Team", "3.1 Declare a disaster", "3.2 Restore the database", "3.3 Fail over DNS"),
                page.select(".sidebar a").eachText());
        assertEquals("3.2 Restore the database", page.select(".pager .next").first().ownText(),
                "previous/next follow the sidebar's folder groups");
    }

    @Test
    void withLinkCheckWarnABrokenCrossReferenceIsVisiblyBrokenAndTheBundleIsMade() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                # Scope
                Go to [[restor-db]] and [[scope#nowhere|here]].
                """, b -> b.linkCheck(LinkCheck.WARN)).assertSucceeded();

        site.assertProblemsBesidesPlanOutline(
                "content/scope.md:2:7: warning: link target 'restor-db' not found",
                "content/scope.md:2:25: warning: anchor '#nowhere' not found in 'scope'");
        Document page = site.assertFile("scope.html").html();
        assertEquals(List.of("restor-db", "here"), page.select(".prose a.broken-link").eachText());
        assertEquals(List.of(false, false), page.select(".prose a.broken-link").stream().map(a -> a.hasAttr("href"))
                .toList());
    }

    @Test
    void strictTurnsEveryWarningIntoAnError() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                ---
                type: docs
                ---
                Go to [[restor-db]].
                """, b -> b.linkCheck(LinkCheck.WARN).strict(true)).assertFailed();

        site.assertProblemsBesidesPlanOutline(
                "content/scope.md:2:7: error: unknown type 'docs', treated as reference (known types: scope, data, "
                        + "dependencies, team, procedure, checklist, validation, return, reference)",
                "content/scope.md:4:7: error: link target 'restor-db' not found");
    }

    @Test
    void externalLinksAreMarkedAndNeverTouched() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                See <https://status.example.com>, [mail](mailto:ops@example.com) and [call](tel:+15550100).
                """).assertSucceeded();

        Document page = site.assertFile("scope.html").html();
        assertEquals(List.of("https://status.example.com", "mailto:ops@example.com", "tel:+15550100"),
                page.select(".prose a").eachAttr("href"));
        assertEquals(List.of("https://status.example.com"), page.select(".prose a.external-link").eachAttr("href"));
    }
}

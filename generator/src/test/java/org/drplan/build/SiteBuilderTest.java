package org.drplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteBuilderTest {

    @Test
    void buildsOverviewSectionPagesAndChecklist() {
        TestSite site = TestSite.build("""
                -- content/drplan.yml --
                title: Payroll continuity plan
                organisation: Example Corp
                version: 1.4.0
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                rto: 4h
                ---
                What the plan covers.
                -- content/procedures/restore-db.md --
                ---
                type: procedure
                owner: dba-lead
                ---
                # Restore the database
                ## Prepare
                - [ ] Stop the application
                - [ ] Notify: service desk that payroll is down
                ## Restore
                ## Verify
                """).assertSucceeded();

        site.assertFile("index.html").contains("Payroll continuity plan", "Example Corp", "1.4.0",
                "href=\"scope.html\"", "href=\"procedures/restore-db.html\"", "2026-01-02 03:04 UTC");
        Document page = site.assertFile("procedures/restore-db.html").html();
        assertEquals("2.1 Restore the database", page.select("main h1").text());
        assertEquals(1, page.select("h1").size(), "the leading # heading is the page title, not repeated");
        assertEquals(List.of("Prepare", "Restore", "Verify"), page.select(".toc a").eachText());
        assertEquals("../assets/drplan.css", page.select("link[rel=stylesheet]").attr("href"));
        assertEquals("../scope.html", page.select(".sidebar a").first().attr("href"));
        assertEquals("page", page.select(".sidebar a[href=../procedures/restore-db.html]").attr("aria-current"));
        Document checklist = site.assertFile("checklist.html").html();
        assertEquals(List.of("2.1.1 Stop the application", "2.1.2 notify Notify: service desk that payroll is down"),
                checklist.select(".checklist .step-text").eachText());
        site.assertFile("assets/drplan.css");
        site.assertFile("assets/drplan.js");
    }

    @Test
    void sectionsFollowPlanOrderThenOrderThenTitle() {
        TestSite site = TestSite.build("""
                -- content/b.md --
                ---
                title: Beta procedure
                type: procedure
                ---
                -- content/a.md --
                ---
                title: Alpha procedure
                type: procedure
                ---
                -- content/z.md --
                ---
                title: Zulu procedure
                type: procedure
                order: 1
                ---
                -- content/glossary.md --
                # Glossary
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                ---
                """).assertSucceeded();

        Document index = site.assertFile("index.html").html();
        assertEquals(List.of("1.1 Scope", "2.1 Zulu procedure", "2.2 Alpha procedure", "2.3 Beta procedure", "3.1 Glossary"),
                index.select(".sidebar a").eachText());
        assertEquals(List.of("1 Scope", "2 Recovery procedures", "3 Reference"), index.select(".nav-heading").eachText());
    }

    @Test
    void aLargePartShowsAWindowOfItsSectionsSoPagesStaySmall() {
        StringBuilder plan = new StringBuilder("-- content/scope.md --\n---\ntype: scope\n---\n# Scope\n");
        for (int i = 0; i < 70; i++) {
            plan.append(String.format("-- content/p%02d.md --%n---%ntitle: Procedure %02d%ntype: procedure%n---%n", i, i));
        }
        TestSite site = TestSite.build(plan.toString()).assertSucceeded();

        Document middle = site.assertFile("p40.html").html();
        List<String> procedures = middle.select(".nav-group:nth-of-type(2) li a").eachText();
        assertEquals(31, procedures.size());
        assertEquals("2.26 Procedure 25", procedures.get(0));
        assertEquals("2.56 Procedure 55", procedures.get(30));
        assertEquals(List.of("25 earlier sections", "14 more sections"), middle.select(".nav-group .nav-more").eachText());
        assertEquals(List.of("All 70 sections"), site.assertFile("scope.html").html().select(".nav-more").eachText());
        assertEquals("index.html#part-procedure", middle.select(".nav-more a").attr("href"));
    }

    @Test
    void frontMatterTextIsEscapedEverywhere() {
        TestSite site = TestSite.build("""
                -- content/drplan.yml --
                title: "<script>alert(1)</script>"
                -- content/x.md --
                ---
                title: "<img src=x onerror=alert(1)>"
                tags: ["<b>bold</b>"]
                ---
                - [ ] <i>step</i> text
                """).assertSucceeded();

        site.assertFile("x.html").doesNotContain("<img src=x", "<script>alert", "<b>bold</b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;bold&lt;/b&gt;");
        site.assertFile("checklist.html").doesNotContain("<img src=x")
                .contains("aria-label=\"step text\"", "<i>step</i> text</label>");
    }

    @Test
    void copiesAssetsAndRewritesMarkdownLinksToPages() {
        TestSite site = TestSite.build("""
                -- content/procedures/restore.md --
                See the [team](../team.md#escalation), ![diagram](../images/net.svg) and [runbook](<files/run book.pdf>).
                -- content/procedures/files/run book.pdf --
                %PDF-1.4
                -- content/images/net.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/team.md --
                # Team
                ## Escalation
                """).assertSucceeded();

        Document page = site.assertFile("procedures/restore.html").html();
        assertEquals("../team.html#escalation", page.select(".prose a").get(0).attr("href"));
        assertEquals("../images/net.svg", page.select(".prose img").attr("src"));
        assertEquals("files/run%20book.pdf", page.select(".prose a").get(1).attr("href"));
        site.assertFile("images/net.svg");
        site.assertFile("procedures/files/run book.pdf");
    }
}

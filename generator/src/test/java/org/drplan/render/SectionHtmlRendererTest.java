package org.drplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.drplan.testing.TestPlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One parsed tree, rendered for each output with that output's links. */
class SectionHtmlRendererTest {

    private static final TestPlan PLAN = TestPlan.of("""
            -- content/scope.md --
            ---
            type: scope
            ---
            # Scope
            ## Verify
            See [[procedures/restore-db#verify]], [the restore](procedures/restore-db.md), [[#verify|above]],
            ![map](images/map.svg) and <a href="procedures/restore-db.md#verify" class='raw'>raw</a>.
            -- content/procedures/restore-db.md --
            ---
            type: procedure
            ---
            # Restore the database
            ## Verify
            - [ ] Check the row counts

              ```sql
              select count(*) from ticket;
              ```

              Expect `42`.

              - [ ] Notify: the [[scope]] owner
            - [ ] Done
            -- content/images/map.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

    @Test
    void theSameTreeRendersAsAPageOfTheBundleAndAsPartOfThePrintDocument() {
        Document page = Jsoup.parse(PLAN.body("scope"));
        assertEquals(List.of("procedures/restore-db.html#verify", "procedures/restore-db.html", "#verify",
                "procedures/restore-db.html#verify"), page.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("verify", page.select("h2").attr("id"));
        assertEquals("images/map.svg", page.select("img").attr("src"));

        Document print = Jsoup.parse(PLAN.body("scope", new PrintLinks(PLAN.plan())));
        assertEquals(List.of("#sec-2-1--verify", "#sec-2-1", "#sec-1-1--verify", "#sec-2-1--verify"),
                print.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("sec-1-1--verify", print.select("h2").attr("id"));
        assertEquals("#sec-1-1--verify", print.select("h2 a.heading-anchor").attr("href"));
        assertEquals("images/map.svg", print.select("img").attr("src"));
    }

    @Test
    void rawHtmlIsWrittenAsTheAuthorWroteItButForItsUrl() {
        String html = PLAN.body("scope");
        assertTrue(html.contains("<a href=\"procedures/restore-db.html#verify\" class='raw'>raw</a>"), html);
    }

    @Test
    void forTheChecklistEachStepIsItsSentenceAndItsBlocksWithNestedStepsApart() {
        Map<String, StepHtml> steps = PLAN.renderer().steps(PLAN.plan(), PLAN.section("procedures/restore-db"),
                PageLinks.collectionPage(PLAN.plan(), "checklist.html"));

        StepHtml check = steps.get("procedures/restore-db/check-the-row-counts");
        assertEquals("Check the row counts", check.label());
        Document details = Jsoup.parseBodyFragment(check.details());
        assertEquals("select count(*) from ticket;\n", details.select("pre code.language-sql").text() + "\n");
        assertEquals("Expect 42.", details.select("p").text());
        assertEquals(0, details.select("li, input").size(), "the nested step is a step of its own");
        assertEquals("Notify: the <a class=\"xref\" href=\"scope.html\">Scope</a> owner",
                steps.get("procedures/restore-db/notify-the-scope-owner").label());
        assertEquals(3, steps.size());
    }

    @Test
    void onAPageOfManySectionsHeadingsCarryNoIdsThatCouldClash() {
        Document page = Jsoup.parse(PLAN.body("scope", PageLinks.collectionPage(PLAN.plan(), "checklist.html")));
        assertEquals(0, page.select("[id]").size());
        assertEquals("procedures/restore-db.html#verify", page.select("a").first().attr("href"));
    }

    @Test
    void footnotesHaveIdsOfTheirSectionInTheOnePrintDocument() {
        TestPlan plan = TestPlan.of("""
                -- content/a.md --
                # A
                Done[^1], and again[^1].

                [^1]: By the on-call engineer.
                -- content/b.md --
                # B
                Checked[^x].

                [^x]: By the DBA.
                """);
        PrintLinks print = new PrintLinks(plan.plan());
        Document a = Jsoup.parseBodyFragment(plan.body("a", print));
        Document b = Jsoup.parseBodyFragment(plan.body("b", print));
        String fnA = a.select(".footnote").attr("id");
        String fnB = b.select(".footnote").attr("id");
        assertTrue(fnA.endsWith("fn-1") && fnB.endsWith("fn-1") && !fnA.equals(fnB), fnA + " " + fnB);
        assertEquals(List.of("#" + fnA, "#" + fnA), a.select("a.footnote-ref").eachAttr("href"));
        assertEquals(2, a.select("sup[id]").eachAttr("id").stream().distinct().count(), "each reference its own id");
        Document page = Jsoup.parseBodyFragment(plan.body("a"));
        assertEquals("fn-1", page.select(".footnote").attr("id"));
    }

    @Test
    void aFoldedNoteFoldsOnScreenAndShowsOnPaper() {
        TestPlan plan = TestPlan.of("""
                -- content/a.md --
                # A
                ??? tip "Where are the logs?"
                    In /var/log/app.
                """);
        Document page = Jsoup.parseBodyFragment(plan.body("a"));
        assertEquals("Where are the logs?", page.select("details.admonition-tip:not([open]) > summary").text());
        Document paper = Jsoup.parseBodyFragment(plan.body("a", new PrintLinks(plan.plan())));
        assertEquals(0, paper.select("details").size());
        assertEquals("Where are the logs?", paper.select("aside.admonition-tip .admonition-title").text());
    }
}

package org.drplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drplan.testing.DecisionPlans;
import org.drplan.testing.PdfPageText;
import org.drplan.testing.TestPlan;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Decision points: {@code !!! decision "question"} with answers that lead to the steps or section to go on with; the
 * links are checked like every link, a badly written decision is an error at its line; pages ask the question with a
 * button per answer and the steps each one opens, the checklist asks it where it comes in the section, and the PDF
 * prints it with a box per answer and where each leads.
 */
class DecisionSiteTest {

    private static final String PLAN = DecisionPlans.SITE_A;

    @Test
    void aDecisionHasItsQuestionAndItsAnswersInOrder() {
        ParsedSection declare = TestPlan.of(PLAN).plan().require("declare").parsed();
        assertEquals(1, declare.decisions().size());
        ParsedDecision decision = declare.decisions().get(0);
        assertEquals("declare/decision-is-site-a-reachable", decision.id());
        assertEquals("Is Site A reachable?", decision.question());
        assertEquals(List.of("yes:Yes", "no:No"), decision.answers().stream().map(a -> a.key() + ":" + a.label())
                .toList());
    }

    @Test
    void aDecisionsLinksAreCheckedLikeEveryLink() {
        TestSite.build(PLAN.replace("[[promote]]", "[[promot]]")).assertFailed().problems().stream()
                .filter(p -> p.contains("promot"))
                .findFirst().orElseThrow(() -> new AssertionError("the broken answer link is reported"));
    }

    @Test
    void aBadlyWrittenDecisionIsAnErrorAtItsLine() {
        List<String> problems = TestSite.build(PLAN.replace("- No -> [restore from backup](restore.md)", "- No"))
                .assertFailed().problems();
        assertEquals(1, problems.stream().filter(p -> p.startsWith("content/declare.md:11:")
                && p.contains("a decision's answer reads '- Yes → [[section]]'")).count(), problems.toString());
        List<String> untitled = TestSite.build(PLAN.replace("!!! decision \"Is Site A reachable?\"",
                "!!! decision")).assertFailed().problems();
        assertEquals(1, untitled.stream().filter(p -> p.startsWith("content/declare.md:7:")
                && p.contains("a decision asks its question in its title")).count(), untitled.toString());
    }

    @Test
    void aPageAsksTheQuestionWithAButtonPerAnswerAndTheStepsEachOpens() {
        TestSite site = TestSite.build(PLAN).assertSucceeded();
        Document page = site.assertFile("declare.html").html();
        Element decision = page.selectFirst("div.decision[data-decision=declare/decision-is-site-a-reachable]");
        assertEquals("Decision Is Site A reachable?", decision.selectFirst(".decision-question").text());
        assertEquals("Ask the network lead.", decision.selectFirst("p:not(.decision-question)").text());
        assertEquals(List.of("Yes", "No"), decision.select("button.decision-choice").eachText());
        assertEquals("promote/promote-the-replica promote/point-the-application-at-it",
                decision.selectFirst("[data-answer=yes]").attr("data-branch"));
        assertEquals("restore/restore-the-backup", decision.selectFirst("[data-answer=no]").attr("data-branch"));
        assertEquals("Yes \u2192 Promote", decision.selectFirst("[data-answer=yes]").text());
        assertEquals("promote.html", decision.selectFirst("[data-answer=yes] a").attr("href"));

        Document checklist = site.assertFile("checklist.html").html();
        Element asked = checklist.selectFirst("li.decision-item > div.decision");
        assertEquals("declare/check-site-a", asked.parent().previousElementSibling().attr("data-step"),
                "the checklist asks it after the step it follows");
        assertEquals("declare/tell-the-bridge-what-was-decided", asked.parent().nextElementSibling().attr("data-step"));
    }

    @Test
    void thePdfPrintsTheQuestionWithABoxPerAnswerAndWhereEachLeads() throws Exception {
        TestSite site = TestSite.build(PLAN, b -> b.pdf(true)).assertSucceeded();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                site.output().resolve("plan.pdf").toFile())) {
            StringBuilder pages = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.append(PdfPageText.of(pdf, page)).append(' ');
            }
            text = pages.toString();
        }
        assertTrue(text.contains("Is Site A reachable?"), text);
        assertTrue(text.matches("(?s).*\u2610 Yes \u2192 Promote \\(see 1\\.2, p\\. \\d+\\).*"), text);
        assertTrue(text.matches("(?s).*\u2610 No \u2192 restore from backup \\(see 1\\.3, p\\. \\d+\\).*"), text);
    }
}

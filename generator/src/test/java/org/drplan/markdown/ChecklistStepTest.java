package org.drplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.drplan.plan.Step;
import org.drplan.testing.TestPlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Step ids: stable while the text stays, unique within a section, overridable with {@code {#id}}. */
class ChecklistStepTest {

    private static final String SECTION = "procedures/restore-db";

    private static List<Step> steps(String markdown) {
        return MarkdownSpecTest.plan(markdown).section(SECTION).allSteps();
    }

    private static List<String> ids(String markdown) {
        return steps(markdown).stream().map(Step::id).toList();
    }

    @Test
    void idIsTheSectionIdAndASlugOfTheText() {
        assertEquals(List.of("procedures/restore-db/stop-the-app-servers",
                        "procedures/restore-db/run-pg-ctl-promote-on-db01-example-net"),
                ids("- [ ] Stop the app servers\n- [ ] Run `pg_ctl promote` on db01.example.net\n"));
    }

    @Test
    void sameTextGivesTheSameIdAndEditedTextANewOne() {
        String before = ids("- [ ] Stop the app\n").get(0);
        assertEquals(before, ids("Intro paragraph.\n\n- [ ] Stop the app\n").get(0), "position does not matter");
        assertEquals("procedures/restore-db/stop-the-application", ids("- [ ] Stop the application\n").get(0));
    }

    @Test
    void duplicatesGetANumber() {
        assertEquals(List.of("procedures/restore-db/check-the-log", "procedures/restore-db/check-the-log-2",
                        "procedures/restore-db/check-the-log-3"),
                ids("- [ ] Check the log\n- [ ] Check the log\n- [ ] Check the log\n"));
    }

    @Test
    void customIdOverridesTheSlugAndIsNotShown() {
        TestPlan plan = MarkdownSpecTest.plan("- [ ] Promote the replica now {#promote}\n");
        Step step = plan.section(SECTION).steps().get(0);
        assertEquals("procedures/restore-db/promote", step.id());
        assertEquals("Promote the replica now", step.text());
        Document html = Jsoup.parse(plan.body(SECTION));
        assertEquals("2.1.1 Promote the replica now", html.select("li").text(), "its number, then its text");
        assertEquals("procedures/restore-db/promote", html.select("li").attr("data-step"));
    }

    @Test
    void nestedItemsAreStepsOfTheirParentWithDepthKindAndNumber() {
        TestPlan plan = MarkdownSpecTest.plan("""
                - [ ] Milestone: database up
                  - [ ] Notify: the service desk
                    - [ ] Escalate: to the CIO if late
                - [ ] Next
                """);
        List<Step> steps = plan.section(SECTION).allSteps();
        assertEquals(List.of(0, 1, 2, 0), steps.stream().map(Step::depth).toList());
        assertEquals(List.of(StepKind.MILESTONE, StepKind.NOTIFY, StepKind.ESCALATE, StepKind.STEP),
                steps.stream().map(Step::kind).toList());
        String section = plan.section(SECTION).number();
        assertEquals(List.of(section + ".1", section + ".1.1", section + ".1.1.1", section + ".2"),
                steps.stream().map(Step::number).toList());
        assertEquals(2, plan.section(SECTION).steps().size(), "two top-level steps");
    }

    @Test
    void rawHtmlThatLooksLikeATaskItemShiftsNothing() {
        List<String> before = ids("- [ ] First\n- [ ] Second\n");
        assertEquals(before, ids("""
                <ul><li class="task-list-item"><input type="checkbox"> raw</li></ul>

                - [ ] First
                - [ ] Second
                """));
    }

    @Test
    void renderedItemsAreEnabledLabelledCheckboxesWithTheirIds() {
        Document html = Jsoup.parse(MarkdownSpecTest.render("- [ ] Notify: the desk\n"));
        var box = html.selectFirst("li input[type=checkbox]");
        assertEquals("procedures/restore-db/notify-the-desk", box.attr("data-step"));
        assertEquals("Notify: the desk", box.attr("aria-label"));
        assertEquals(false, box.hasAttr("disabled"));
        assertEquals("notify", html.select("li .badge-notify").text());
    }

    @Test
    void aStepsTextIsItsSentenceWithCrossReferencesAsShown() {
        List<Step> steps = steps("""
                - [ ] Call [[@incident-commander]] before [[failover-dns]]

                  ```
                  not part of the sentence
                  ```
                """);
        assertEquals("Call Incident Commander, Maren Okafor before Fail over DNS", steps.get(0).text());
        assertEquals("procedures/restore-db/call-incident-commander-before-failover-dns", steps.get(0).id(),
                "the id follows what was written, so it does not change with a linked title");
    }
}

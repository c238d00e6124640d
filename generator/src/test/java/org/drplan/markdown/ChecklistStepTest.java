package org.drplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Step ids: stable while the text stays, unique within a section, overridable with {@code {#id}}. */
class ChecklistStepTest {

    private static List<ChecklistStep> steps(String markdown) {
        return MarkdownSpecTest.renderSection(markdown).steps();
    }

    @Test
    void idIsTheSectionIdAndASlugOfTheText() {
        assertEquals(List.of("procedures/restore-db/stop-the-app-servers",
                        "procedures/restore-db/run-pg-ctl-promote-on-db01-example-net"),
                steps("- [ ] Stop the app servers\n- [ ] Run `pg_ctl promote` on db01.example.net\n")
                        .stream().map(ChecklistStep::id).toList());
    }

    @Test
    void sameTextGivesTheSameIdAndEditedTextANewOne() {
        String before = steps("- [ ] Stop the app\n").get(0).id();
        assertEquals(before, steps("Intro paragraph.\n\n- [ ] Stop the app\n").get(0).id(), "position does not matter");
        assertEquals("procedures/restore-db/stop-the-application", steps("- [ ] Stop the application\n").get(0).id());
    }

    @Test
    void duplicatesGetANumber() {
        assertEquals(List.of("procedures/restore-db/check-the-log", "procedures/restore-db/check-the-log-2",
                        "procedures/restore-db/check-the-log-3"),
                steps("- [ ] Check the log\n- [ ] Check the log\n- [ ] Check the log\n").stream()
                        .map(ChecklistStep::id).toList());
    }

    @Test
    void customIdOverridesTheSlugAndIsNotShown() {
        RenderedSection section = MarkdownSpecTest.renderSection("- [ ] Promote the replica now {#promote}\n");
        ChecklistStep step = section.steps().get(0);
        assertEquals("procedures/restore-db/promote", step.id());
        assertEquals("Promote the replica now", step.text());
        Document html = Jsoup.parse(section.html());
        assertEquals("Promote the replica now", html.select("li").text());
        assertEquals("procedures/restore-db/promote", html.select("li").attr("data-step"));
    }

    @Test
    void nestedItemsAreStepsWithTheirDepthAndKinds() {
        List<ChecklistStep> steps = steps("""
                - [ ] Milestone: database up
                  - [ ] Notify: the service desk
                    - [ ] Escalate: to the CIO if late
                """);
        assertEquals(List.of(0, 1, 2), steps.stream().map(ChecklistStep::depth).toList());
        assertEquals(List.of(StepKind.MILESTONE, StepKind.NOTIFY, StepKind.ESCALATE),
                steps.stream().map(ChecklistStep::kind).toList());
    }

    @Test
    void renderedItemsAreEnabledLabelledCheckboxesWithTheirIds() {
        Document html = Jsoup.parse(MarkdownSpecTest.renderSection("- [ ] Notify: the desk\n").html());
        var box = html.selectFirst("li input[type=checkbox]");
        assertEquals("procedures/restore-db/notify-the-desk", box.attr("data-step"));
        assertEquals("Notify: the desk", box.attr("aria-label"));
        assertEquals(false, box.hasAttr("disabled"));
        assertEquals("notify", html.select("li .badge-notify").text());
    }
}

package org.drplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.drplan.testing.TestPlan;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Decision points (#22, part 2; work in progress): {@code !!! decision "question"} with answers that lead to the steps
 * or section to go on with; the links are checked like every link and a badly written decision is an error at its
 * line.
 */
class DecisionSiteTest {

    private static final String PLAN = """
            -- content/declare.md --
            ---
            title: Declare
            type: procedure
            ---
            - [ ] Check Site A

            !!! decision "Is Site A reachable?"
                Ask the network lead.

                - Yes → [[promote]]
                - No -> [restore from backup](restore.md)
            -- content/promote.md --
            ---
            title: Promote
            type: procedure
            ---
            - [ ] Promote the replica
            -- content/restore.md --
            ---
            title: Restore
            type: procedure
            ---
            - [ ] Restore the backup
            """;

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
}

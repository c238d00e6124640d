package org.drplan.plan;

import java.util.List;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import org.drplan.config.PlanDuration;
import org.drplan.markdown.StepKind;

/**
 * A step of the plan: a task item someone ticks during a recovery.
 *
 * @param id       stable across builds while its text (or {@code {#custom-id}}) stays: the checklist's key
 * @param number   its place in the plan, e.g. {@code 5.3.7}, nested steps {@code 5.3.7.2}; moves when steps or
 *                 sections are inserted, unlike the id
 * @param text     what it says, as a reader sees it on the page (cross-references show their titles)
 * @param estimate how long the step takes ({@code {~15m}}), or null
 * @param node     the task item in its section's tree, which each output renders
 * @param children the steps nested in this one, in order
 */
public record Step(String id, String number, String text, int depth, StepKind kind, PlanDuration estimate,
                   TaskListItem node, List<Step> children) {

    public Step {
        children = List.copyOf(children);
    }
}

package org.drplan.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import org.drplan.config.PlanDuration;

/**
 * A GFM task item as parsed: a step someone ticks during a recovery.
 *
 * @param id       {@code <section-id>/<slug of its text>}, unique within the section ({@code -2}, {@code -3}), or
 *                 {@code <section-id>/<custom-id>} when the text ends with {@code {#custom-id}}
 * @param parentId the id of the step this one is nested in, or null
 * @param depth    0 for a top-level item, 1 for an item nested in another list item, ...
 * @param estimate how long the step takes ({@code {~15m}}), or null
 */
public record ParsedStep(TaskListItem node, String id, String parentId, int depth, StepKind kind,
                         PlanDuration estimate) {

    /** The name a step is a link target by ({@code [[restore#stop]]}): the last part of its id. */
    public static String anchorName(String stepId) {
        return stepId.substring(stepId.lastIndexOf('/') + 1);
    }
}

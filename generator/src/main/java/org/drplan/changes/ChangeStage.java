package org.drplan.changes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanJson;
import org.drplan.plan.RecoveryTimes;

/**
 * The change sheet stage: with an earlier bundle given ({@code previousBundle}), what changed since, for
 * {@code changes.html} and the front of {@code plan.pdf}. An earlier bundle that cannot be read is an error at its
 * path: the reader asked for the comparison.
 */
public final class ChangeStage {

    private ChangeStage() {
    }

    public static Optional<ChangeSheet> compare(Path previousBundle, Plan plan, Diagnostics diagnostics) {
        if (previousBundle == null) {
            return Optional.empty();
        }
        PlanSnapshot before;
        try {
            before = PlanSnapshot.parse(PreviousBundle.planJson(previousBundle));
        } catch (IllegalArgumentException e) {
            diagnostics.error(previousBundle, 0, 0, "the previous bundle to compare with " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(previousBundle, 0, 0, "the previous bundle could not be read: " + e.getMessage());
            return Optional.empty();
        }
        PlanSnapshot now = PlanSnapshot.parse(PlanJson.of(plan, RecoveryTimes.of(plan)));
        if (before.plan() != null && !before.plan().equals(now.plan())) {
            diagnostics.warning(previousBundle, 0, 0, "the previous bundle is of the plan '" + before.plan()
                    + "', this one is '" + now.plan() + "': sections and steps are compared by id");
        }
        return Optional.of(ChangeSheet.between(before, now));
    }
}

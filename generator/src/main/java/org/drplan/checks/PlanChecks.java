package org.drplan.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.RecoveryTimes;

/**
 * Stage 5, second half: what makes the plan a continuity plan. Owners must be roles of the team; the plan must have its eight
 * parts; testing and validation must answer its seven questions; return to normal must bring the data back; every
 * section must have been reviewed within the plan's review interval. Problems go to the build's report (warnings
 * unless said otherwise; {@code strict} makes them errors); the reader gets the same as {@link PlanHealth}.
 */
public final class PlanChecks {

    private final Path contentDirectory;

    /** @param contentDirectory where plan-wide findings (a missing part) are reported */
    public PlanChecks(Path contentDirectory) {
        this.contentDirectory = contentDirectory;
    }

    public PlanHealth check(Plan plan, Diagnostics diagnostics) {
        List<String> findings = new ArrayList<>();
        OwnerCheck.check(plan, diagnostics);
        CompletenessCheck.check(plan, contentDirectory, diagnostics, findings);
        ValidationCheck.check(plan, diagnostics, findings);
        ReturnCheck.check(plan, diagnostics, findings);
        PlaceholderCheck.check(plan, contentDirectory, diagnostics, findings);
        RecoveryTimes times = RecoveryTimeCheck.check(plan, contentDirectory, diagnostics, findings);
        Map<String, ReviewStatus> reviews = ReviewCheck.check(plan, diagnostics, findings);
        return new PlanHealth(findings, reviews, times);
    }
}

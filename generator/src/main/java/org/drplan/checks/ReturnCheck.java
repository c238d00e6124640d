package org.drplan.checks;

import java.util.List;
import java.util.regex.Pattern;

import org.drplan.content.SectionType;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Return to normal operation must bring the data back: a return section that never mentions synchronising data
 * back to production (sync, resync, failback, replicate back, reverse replication) is warned about.
 */
final class ReturnCheck {

    private static final Pattern SYNC_BACK = Pattern.compile(
            "(?i)sync|fail[- ]?back|replicat\\w*\\s+(?:\\w+\\s+){0,3}back|reverse[- ]replication|copy\\w*\\s+back");

    private ReturnCheck() {
    }

    static void check(Plan plan, Diagnostics diagnostics, List<String> findings) {
        for (PlanSection section : plan.sections()) {
            if (section.type() == SectionType.RETURN && !syncsBack(section)) {
                SourcePosition at = section.meta().position("type").orElse(SourcePosition.START);
                diagnostics.warning(section.source().path(), at.line(), at.column(), "return to normal operation "
                        + "never mentions "
                        + "synchronising data back to production");
                findings.add(section.title() + " never says how the data gets back to production.");
            }
        }
    }

    /** Whether the section says how the data gets back; the same for as long as its tree is kept (a preview). */
    private static boolean syncsBack(PlanSection section) {
        return section.parsed().memo().get(ReturnCheck.class, () -> SYNC_BACK.matcher(text(section)).find());
    }

    private static String text(PlanSection section) {
        return section.title() + "\n" + section.parsed().section().markdown();
    }
}

package org.drplan.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.drplan.content.SectionType;
import org.drplan.content.TeamFileReader;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * The eight parts of a continuity plan (all types but reference): a plan missing any is warned about, once, naming
 * each part it lacks.
 */
final class CompletenessCheck {

    private CompletenessCheck() {
    }

    static void check(Plan plan, Path contentDirectory, Diagnostics diagnostics, List<String> findings) {
        Set<SectionType> present = EnumSet.noneOf(SectionType.class);
        boolean teamGenerated = false;
        for (PlanSection section : plan.sections()) {
            if (isGenerated(section)) {
                teamGenerated = true;
            } else {
                present.add(section.type());
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> missingParts = new ArrayList<>();
        for (SectionType type : SectionType.values()) {
            if (type == SectionType.REFERENCE || present.contains(type)) {
                continue;
            }
            boolean generated = type == SectionType.TEAM && teamGenerated;
            missing.add("'" + type.key() + "' (" + type.heading() + (generated ? "; its page is generated from team.yml"
                    : "") + ")");
            if (generated) {
                findings.add("The plan has no " + type.heading() + " section of its own; the team page is made from "
                        + "team.yml.");
            } else {
                missingParts.add(type.heading());
            }
        }
        // One line for all the missing parts: an imported collection lacks most of them, and the overview must
        // not open with eight lines of the same sentence.
        if (missingParts.size() == 1) {
            findings.add(0, "The plan has no " + missingParts.get(0) + " section.");
        } else if (missingParts.size() > 1) {
            findings.add(0, "The plan has no sections for " + String.join(", ",
                    missingParts.subList(0, missingParts.size() - 1)) + " and "
                    + missingParts.get(missingParts.size() - 1) + ".");
        }
        if (!missing.isEmpty()) {
            diagnostics.warning(contentDirectory, 0, 0, "the plan has no section of type "
                    + String.join(", ", missing));
        }
    }

    /** The team page made from team.yml when the plan has no team section (its source is team.yml itself). */
    static boolean isGenerated(PlanSection section) {
        return section.source().relativePath().equals(TeamFileReader.FILE_NAME);
    }
}

package org.drplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.util.ast.Node;
import org.drplan.links.SectionLinks;
import org.drplan.markdown.ParsedSection;
import org.drplan.markdown.ParsedStep;

/** A section's parsed steps as a numbered tree, each with its text as the page shows it. */
final class StepTree {

    private StepTree() {
    }

    /** The top-level steps of a section numbered {@code sectionNumber}, nested steps inside their parents. */
    static List<Step> of(ParsedSection section, SectionLinks links, String sectionNumber) {
        Map<String, List<ParsedStep>> childrenOf = new LinkedHashMap<>();
        List<ParsedStep> roots = new ArrayList<>();
        for (ParsedStep step : section.steps()) {
            if (step.parentId() == null) {
                roots.add(step);
            } else {
                childrenOf.computeIfAbsent(step.parentId(), p -> new ArrayList<>()).add(step);
            }
        }
        return number(roots, sectionNumber, section, links, childrenOf);
    }

    private static List<Step> number(List<ParsedStep> steps, String prefix, ParsedSection section, SectionLinks links,
                                     Map<String, List<ParsedStep>> childrenOf) {
        List<Step> numbered = new ArrayList<>();
        for (ParsedStep step : steps) {
            String number = prefix + "." + (numbered.size() + 1);
            List<Step> children = number(childrenOf.getOrDefault(step.id(), List.of()), number, section, links,
                    childrenOf);
            numbered.add(new Step(step.id(), number, text(step, section, links), step.depth(), step.kind(),
                    step.estimate(), step.node(), children));
        }
        return numbered;
    }

    /**
     * The step's first block (its sentence), cross-references showing what they show on the page. A sentence with no
     * cross-reference is the same in every build that keeps the section's tree, so it is kept with the tree.
     */
    private static String text(ParsedStep step, ParsedSection section, SectionLinks links) {
        Node sentence = step.node().getFirstChild();
        if (sentence == null) {
            return "";
        }
        String kept = section.memo().kept(sentence);
        if (kept != null) {
            return kept;
        }
        boolean[] crossReference = {false};
        String text = PlanSection.text(section, link -> {
            crossReference[0] = true;
            return links.xrefText(link);
        }, sentence);
        if (!crossReference[0]) {
            section.memo().put(sentence, text);
        }
        return text;
    }
}

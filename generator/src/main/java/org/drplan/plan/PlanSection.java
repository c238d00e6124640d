package org.drplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.drplan.content.Role;
import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.drplan.links.SectionLinks;
import org.drplan.markdown.Heading;
import org.drplan.markdown.ParsedSection;

/**
 * One section in the plan: its tree and front-matter, its place (number, part), its steps, and how it links to the
 * rest of the plan.
 *
 * @param number       {@code part.position}, e.g. {@code 5.3}
 * @param steps        the top-level steps, each with its nested ones
 * @param requires     ids of the sections to complete first ("Before you start"), in the order written
 * @param referencedBy ids of the sections that link here, in plan order
 * @param owner        the role named by {@code owner:}, when {@code team.yml} has it
 * @param label        the title in lists (sidebar, overview, search results): the title, with the folder after it
 *                     when another section has the same title
 */
public record PlanSection(
        ParsedSection parsed,
        String number,
        List<Step> steps,
        List<String> requires,
        List<String> referencedBy,
        Optional<Role> owner,
        SectionLinks links,
        String label) {

    public PlanSection {
        steps = List.copyOf(steps);
        requires = List.copyOf(requires);
        referencedBy = List.copyOf(referencedBy);
    }

    public String id() {
        return parsed.id();
    }

    public String title() {
        return parsed.title();
    }

    public SectionMeta meta() {
        return parsed.section().meta();
    }

    public SectionType type() {
        return meta().type();
    }

    public SourceFile source() {
        return parsed.section().source();
    }

    /** The page's path in the bundle, e.g. {@code procedures/restore-db.html}. */
    public String outputPath() {
        return parsed.section().outputPath();
    }

    public List<Heading> headings() {
        return parsed.headings();
    }

    /** Every step, nested ones after their parent, in the order they are written. */
    public List<Step> allSteps() {
        List<Step> all = new ArrayList<>();
        addAll(steps, all);
        return all;
    }

    private static void addAll(List<Step> steps, List<Step> into) {
        for (Step step : steps) {
            into.add(step);
            addAll(step.children(), into);
        }
    }
}

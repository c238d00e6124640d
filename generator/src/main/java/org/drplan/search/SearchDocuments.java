package org.drplan.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import org.drplan.content.SectionType;
import org.drplan.markdown.PlainText;
import org.drplan.markdown.RawHtml;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.plan.Step;

/**
 * Cuts the plan into search documents, from the sections' trees: one per section (everything on it) and one per
 * top-level h2/h3 heading (the text up to the next such heading), in plan order.
 */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    public static List<SearchDocument> of(Plan plan) {
        String roles = plan.team().roles().orElse(List.of()).stream()
                .map(r -> String.join(" ", nonNull(r.id(), r.title(), r.name()))).collect(Collectors.joining(" "));
        return plan.sections().parallelStream().flatMap(section -> of(section, roles).stream()).toList();
    }

    private static List<SearchDocument> of(PlanSection section, String roles) {
        List<SearchDocument> documents = new ArrayList<>();
        SectionText text = new SectionText(section);
        String part = section.type().heading();
        String steps = section.allSteps().stream().map(Step::text).collect(Collectors.joining(" "));
        String headings = section.headings().stream().map(h -> h.text()).collect(Collectors.joining(" "));
        documents.add(new SearchDocument(section.outputPath(), section.title(), section.title(), part, headings,
                String.join(" ", section.meta().tags()), text.of(section.parsed().document()), steps,
                section.type() == SectionType.TEAM ? roles : "", text.introduction()));
        documents.addAll(headingDocuments(section, text, part));
        return documents;
    }

    private static List<SearchDocument> headingDocuments(PlanSection section, SectionText text, String part) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Node block = section.parsed().document().getFirstChild(); block != null; block = block.getNext()) {
            if (!isSplit(block) || ((Heading) block).getAnchorRefId().isEmpty()) {
                continue;
            }
            Heading heading = (Heading) block;
            StringBuilder own = new StringBuilder();
            StringBuilder steps = new StringBuilder();
            for (Node next = heading.getNext(); next != null && !isSplit(next); next = next.getNext()) {
                own.append(text.of(next)).append(' ');
                text.stepsIn(next).forEach(step -> steps.append(step.text()).append(' '));
            }
            String body = own.toString().trim();
            documents.add(new SearchDocument(section.outputPath() + "#" + heading.getAnchorRefId(), text.of(heading),
                    section.title(), part, "", "", body, steps.toString().trim(), "", body));
        }
        return documents;
    }

    private static boolean isSplit(Node block) {
        return block instanceof Heading heading && (heading.getLevel() == 2 || heading.getLevel() == 3);
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    /** The text of a section's blocks as its page shows them. */
    private static final class SectionText {
        private final PlanSection section;
        private final Map<Node, Step> steps = new IdentityHashMap<>();

        SectionText(PlanSection section) {
            this.section = section;
            section.allSteps().forEach(step -> steps.put(step.node(), step));
        }

        String of(Node node) {
            return PlainText.of(node, section.links()::xrefText,
                    n -> section.parsed().rawHtml(n).map(RawHtml::text).orElse(""));
        }

        /** The text before the first h2/h3; the whole text when the section has no such heading. */
        String introduction() {
            StringBuilder text = new StringBuilder();
            for (Node block = section.parsed().document().getFirstChild(); block != null; block = block.getNext()) {
                if (isSplit(block)) {
                    return text.length() > 0 ? text.toString().trim() : of(section.parsed().document());
                }
                text.append(of(block)).append(' ');
            }
            return text.toString().trim();
        }

        List<Step> stepsIn(Node block) {
            List<Step> found = new ArrayList<>();
            if (steps.containsKey(block)) {
                found.add(steps.get(block));
            }
            for (Node node : block.getDescendants()) {
                if (steps.containsKey(node)) {
                    found.add(steps.get(node));
                }
            }
            return found;
        }
    }
}

package org.drplan.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.content.SectionType;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Cuts the plan into search parts, from the sections' trees, in plan order: for each section its introduction (the
 * text before its first top-level {@code ##}/{@code ###} heading, with its title, tags and roles) and one part per
 * such heading (the text up to the next one).
 */
public final class SearchParts {

    private SearchParts() {
    }

    public static List<SearchPart> of(Plan plan) {
        String roles = teamText(plan);
        List<PlanSection> sections = plan.sections();
        return IntStream.range(0, sections.size()).parallel()
                .mapToObj(i -> of(i, sections.get(i), roles)).flatMap(List::stream).toList();
    }

    private static List<SearchPart> of(int index, PlanSection section, String roles) {
        SectionText text = new SectionText(section);
        String part = section.type().heading();
        List<SearchPart> parts = new ArrayList<>();
        List<Node> intro = new ArrayList<>();
        Node block = section.parsed().document().getFirstChild();
        for (; block != null && !isSplit(block); block = block.getNext()) {
            intro.add(block);
        }
        String introText = text.of(intro);
        parts.add(new SearchPart(index, section.outputPath(), section.label(), part, fields(section.title(), "",
                String.join(" ", section.meta().tags()), section.type() == SectionType.TEAM ? roles : "",
                text.steps(intro), introText), introText));
        while (block != null) {
            Heading heading = (Heading) block;
            List<Node> under = new ArrayList<>();
            for (block = block.getNext(); block != null && !isSplit(block); block = block.getNext()) {
                under.add(block);
            }
            String headingText = text.of(List.of(heading));
            String body = text.of(under);
            String anchor = heading.getAnchorRefId().isEmpty() ? "" : "#" + heading.getAnchorRefId();
            parts.add(new SearchPart(index, section.outputPath() + anchor, headingText,
                    part + " › " + section.label(), fields("", headingText, "", "", text.steps(under), body), body));
        }
        return parts;
    }

    /** What the team page shows of team.yml, for its introduction part: roles, the bridge, the escalation ladder. */
    private static String teamText(Plan plan) {
        List<String> text = new ArrayList<>();
        plan.team().roles().orElse(List.of())
                .forEach(r -> {
                    text.addAll(nonNull(r.id(), r.title(), r.name()));
                    r.phones().forEach(phone -> text.add(phone.text()));
                    text.addAll(nonNull(r.email()));
                });
        plan.team().bridge().ifPresent(b -> {
            text.add("Conference bridge");
            b.dialIn().forEach(phone -> text.add(phone.text()));
            text.addAll(nonNull(b.accessCode(), b.chatChannel(), b.videoUrl(), b.fallback()));
        });
        if (!plan.team().escalation().isEmpty()) {
            text.add("Escalation");
            plan.team().escalation().forEach(l -> text.addAll(nonNull(l.when(), l.how())));
        }
        return String.join(" ", text);
    }

    private static Map<String, String> fields(String title, String headings, String tags, String roles,
                                              String steps, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("headings", headings);
        fields.put("tags", tags);
        fields.put("roles", roles);
        fields.put("steps", steps);
        fields.put("body", body);
        return fields;
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

        SectionText(PlanSection section) {
            this.section = section;
        }

        String of(List<Node> blocks) {
            StringBuilder text = new StringBuilder();
            for (Node block : blocks) {
                text.append(section.text(block)).append(' ');
            }
            return text.toString().trim();
        }

        /** The texts of the steps written in these blocks. */
        String steps(List<Node> blocks) {
            StringBuilder text = new StringBuilder();
            for (Node block : blocks) {
                section.step(block).ifPresent(step -> text.append(step.text()).append(' '));
                for (Node node : block.getDescendants()) {
                    section.step(node).ifPresent(step -> text.append(step.text()).append(' '));
                }
            }
            return text.toString().trim();
        }
    }
}

package org.drplan.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.content.Role;
import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.drplan.links.SectionLinks;
import org.drplan.markdown.Heading;
import org.drplan.markdown.ParsedSection;
import org.drplan.markdown.PlainText;
import org.drplan.markdown.RawHtml;

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
 * @param stepsByNode  every step by the task-list item of the tree it is (see {@link #step(Node)})
 */
public record PlanSection(
        ParsedSection parsed,
        String number,
        List<Step> steps,
        List<String> requires,
        List<String> referencedBy,
        Optional<Role> owner,
        SectionLinks links,
        String label,
        Map<Node, Step> stepsByNode) {

    public PlanSection {
        steps = List.copyOf(steps);
        requires = List.copyOf(requires);
        referencedBy = List.copyOf(referencedBy);
        stepsByNode = Collections.unmodifiableMap(new IdentityHashMap<>(stepsByNode));
    }

    /** A section whose steps are found by their nodes. */
    public PlanSection(ParsedSection parsed, String number, List<Step> steps, List<String> requires,
                       List<String> referencedBy, Optional<Role> owner, SectionLinks links, String label) {
        this(parsed, number, steps, requires, referencedBy, owner, links, label, byNode(steps));
    }

    private static Map<Node, Step> byNode(List<Step> steps) {
        Map<Node, Step> byNode = new IdentityHashMap<>();
        List<Step> all = new ArrayList<>();
        addAll(steps, all);
        all.forEach(step -> byNode.put(step.node(), step));
        return byNode;
    }

    /**
     * The text of a node of this section's tree as its page shows it: cross-references as the words they show,
     * the author's HTML as its text. What search, the glyph check and the steps read.
     */
    public String text(Node node) {
        return text(parsed, links, node);
    }

    static String text(ParsedSection parsed, SectionLinks links, Node node) {
        return text(parsed, links::xrefText, node);
    }

    static String text(ParsedSection parsed, java.util.function.Function<WikiLink, String> xrefText, Node node) {
        return PlainText.of(node, xrefText, n -> parsed.rawHtml(n).map(RawHtml::text).orElse(""));
    }

    /** The step a task-list item of this section's tree is, if it is one. */
    public Optional<Step> step(Node node) {
        return Optional.ofNullable(stepsByNode.get(node));
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

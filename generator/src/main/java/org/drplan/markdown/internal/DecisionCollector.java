package org.drplan.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.content.SectionIds;
import org.drplan.markdown.Admonition;
import org.drplan.markdown.ParsedDecision;

/**
 * Finds the decision points of one section's tree ({@link ParsedDecision}) and what is wrong with how they are
 * written: a decision asks its question in its title and lists two answers or more, each "answer → link".
 */
public final class DecisionCollector {

    static final String KIND = "decision";

    private final String sectionId;
    private final Map<String, Integer> idCounts = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    public DecisionCollector(String sectionId) {
        this.sectionId = sectionId;
    }

    /** What is wrong with a decision, at an offset in the document. */
    public record Problem(int offset, String message) {
    }

    public List<ParsedDecision> collect(Document document) {
        List<ParsedDecision> decisions = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Admonition block && KIND.equals(block.kind())) {
                read(block).ifPresent(decisions::add);
            }
        }
        return decisions;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private java.util.Optional<ParsedDecision> read(Admonition block) {
        // without a title the block is given its kind's name, which asks nothing
        if (block.title().isBlank() || block.title().equalsIgnoreCase(KIND)) {
            problems.add(new Problem(block.getStartOffset(), "a decision asks its question in its title: "
                    + "!!! decision \"Is Site A reachable?\""));
            return java.util.Optional.empty();
        }
        ListBlock list = null;
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock found) {
                list = found;
            }
        }
        List<ParsedDecision.Answer> answers = new ArrayList<>();
        if (list != null) {
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListItem item) {
                    answer(item).ifPresent(answers::add);
                }
            }
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ParsedDecision.Answer answer : answers) {
            if (!keys.add(answer.key())) {
                problems.add(new Problem(answer.item().getStartOffset(), "decision '" + block.title() + "' has the "
                        + "answer '" + answer.label() + "' twice"));
                return java.util.Optional.empty();
            }
        }
        if (answers.size() < 2) {
            if (list == null || answers.size() == countItems(list)) {
                problems.add(new Problem(block.getStartOffset(), "decision '" + block.title() + "' needs two "
                        + "answers or more, each in a list item: '- Yes → [[section]]'"));
            }
            return java.util.Optional.empty();
        }
        String slug = "decision-" + SectionIds.slug(block.title());
        int n = idCounts.merge(slug, 1, Integer::sum);
        String id = sectionId + "/" + (n == 1 ? slug : slug + "-" + n);
        return java.util.Optional.of(new ParsedDecision(id, block.title(), block, answers));
    }

    private java.util.Optional<ParsedDecision.Answer> answer(ListItem item) {
        String text = new TextCollectingVisitor().collectAndGetText(item).strip();
        int arrow = ParsedDecision.firstArrow(text).map(ParsedDecision.Arrow::start).filter(at -> at > 0)
                .orElse(-1);
        boolean linked = hasLink(item);
        if (item instanceof TaskListItem || arrow < 0 || !linked) {
            problems.add(new Problem(item.getStartOffset(), "a decision's answer reads '- Yes → [[section]]': the "
                    + "answer, an arrow and a link to the steps or section to go on with" + (item instanceof TaskListItem
                    ? " (not a task item: the answer is chosen, not ticked)" : "")));
            return java.util.Optional.empty();
        }
        String label = text.substring(0, arrow).strip();
        String key = SectionIds.slug(label);
        if (key.isEmpty()) {
            problems.add(new Problem(item.getStartOffset(), "a decision's answer needs words before its arrow"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ParsedDecision.Answer(key, label, item));
    }

    private static boolean hasLink(Node item) {
        for (Node node : item.getDescendants()) {
            if (node instanceof Link || node instanceof WikiLink || node instanceof RefNode) {
                return true;
            }
        }
        return false;
    }

    private static int countItems(ListBlock list) {
        int count = 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            count += child instanceof ListItem ? 1 : 0;
        }
        return count;
    }
}

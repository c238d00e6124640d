package org.drplan.markdown;

import java.util.List;
import java.util.Optional;

import com.vladsch.flexmark.ast.ListItem;

/**
 * A decision point: {@code !!! decision "Is Site A reachable?"} with a list of answers, each leading to the steps or
 * section to go on with ({@code - Yes → [[promote-replica]]}). Its links are checked like every link.
 *
 * @param id       {@code <section-id>/decision-<slug of the question>}: the key its answer is recorded under
 * @param question the block's title
 * @param node     the block in the section's tree
 * @param answers  in the order written
 */
public record ParsedDecision(String id, String question, Admonition node, List<Answer> answers) {

    /**
     * @param key   the slug of the answer ({@code yes}), what the log records
     * @param label the answer as written before the arrow
     * @param item  its list item in the tree (with the link to where it leads)
     */
    public record Answer(String key, String label, ListItem item) {
    }

    public ParsedDecision {
        answers = List.copyOf(answers);
    }

    /** The arrows that part an answer from where it leads. */
    private static final List<String> ARROWS = List.of("\u2192", "->", "=>");

    /** Where an arrow is in a text: it starts at {@code start} and the text after it at {@code end}. */
    public record Arrow(int start, int end) {
    }

    /** The first arrow of any kind in {@code text}, if there is one. */
    public static Optional<Arrow> firstArrow(String text) {
        Arrow first = null;
        for (String arrow : ARROWS) {
            int at = text.indexOf(arrow);
            if (at >= 0 && (first == null || at < first.start())) {
                first = new Arrow(at, at + arrow.length());
            }
        }
        return Optional.ofNullable(first);
    }
}

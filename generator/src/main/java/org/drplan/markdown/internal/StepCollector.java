package org.drplan.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.config.PlanDuration;
import org.drplan.content.SectionIds;
import org.drplan.markdown.ParsedStep;
import org.drplan.markdown.StepKind;
import org.drplan.markdown.StepText;

/**
 * Finds the task items of one section's tree and gives each its step id: a slug of its text as written, or its
 * {@code {#custom-id}}, which is then taken out of the tree so that no output shows it. Steps are the tree's own
 * nodes, so raw HTML that looks like a task item can never shift an id.
 */
public final class StepCollector {

    private static final int MAX_SLUG = 80;

    private final String sectionId;
    private final Map<String, Integer> idCounts = new HashMap<>();
    private final Map<Node, String> idsByNode = new IdentityHashMap<>();

    public StepCollector(String sectionId) {
        this.sectionId = sectionId;
    }

    /** An estimate that is not a duration: where its text starts in the document, and what was written. */
    public record BadEstimate(int offset, String written) {
    }

    private final List<BadEstimate> badEstimates = new ArrayList<>();

    /** The estimates found unreadable by {@link #collect}. */
    public List<BadEstimate> badEstimates() {
        return badEstimates;
    }

    public List<ParsedStep> collect(Document document) {
        List<ParsedStep> steps = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TaskListItem item) {
                steps.add(step(item));
            }
        }
        return steps;
    }

    private ParsedStep step(TaskListItem item) {
        Node firstBlock = item.getFirstChild();
        String written = firstBlock == null ? "" : new TextCollectingVisitor().collectAndGetText(firstBlock).trim();
        StepText text = StepText.of(written);
        String id = uniqueId(text.customId() != null ? text.customId()
                : SectionIds.slug(text.text()).replaceAll("[._]+", "-"));
        PlanDuration estimate = null;
        if (text.estimate() != null) {
            estimate = PlanDuration.parse(text.estimate()).orElse(null);
            if (estimate == null) {
                badEstimates.add(new BadEstimate(estimateOffset(firstBlock), text.estimate()));
            }
        }
        if (text.customId() != null || text.estimate() != null) {
            removeCustomId(firstBlock);
        }
        idsByNode.put(item, id);
        int depth = 0;
        String parentId = null;
        for (Node parent = item.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListItem) {
                depth++;
            }
            if (parentId == null && parent instanceof TaskListItem) {
                parentId = idsByNode.get(parent);
            }
        }
        return new ParsedStep(item, id, parentId, depth, StepKind.of(text.text()), estimate);
    }

    private String uniqueId(String slug) {
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        String base = sectionId + "/" + (slug.isEmpty() ? "step" : slug);
        int count = idCounts.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    /** Where the estimate's "~" is in the document: in the last text node of the item's first block. */
    private static int estimateOffset(Node block) {
        if (block.getLastChild() instanceof Text text) {
            StepText written = StepText.of(text.getChars().toString());
            if (written.estimateAt() >= 0) {
                return text.getStartOffset() + written.estimateAt();
            }
        }
        return block.getStartOffset();
    }

    /** The suffix sits at the end of the item's first block, in its last text node. */
    private static void removeCustomId(Node block) {
        if (block.getLastChild() instanceof Text text) {
            int start = StepText.suffixStart(text.getChars());
            if (start >= 0) {
                text.setChars(text.getChars().subSequence(0, start));
                if (text.getChars().isEmpty()) {
                    text.unlink();
                }
            }
        }
    }
}

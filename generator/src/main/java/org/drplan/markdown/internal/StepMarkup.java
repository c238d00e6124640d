package org.drplan.markdown.internal;

import java.util.List;

import org.drplan.markdown.ChecklistStep;
import org.drplan.markdown.StepKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns flexmark's task items into steps the checklist script can track: each {@code li.task-list-item} (in
 * document order, as the steps were collected from the tree) gets its step id, an enabled checkbox labelled with
 * the step's text, a badge for notifications, escalations and milestones, and loses any {@code {#custom-id}}.
 */
final class StepMarkup {

    private StepMarkup() {
    }

    static void apply(Element body, List<ChecklistStep> steps) {
        List<Element> items = body.select("li.task-list-item");
        for (int i = 0; i < items.size() && i < steps.size(); i++) {
            Element item = items.get(i);
            ChecklistStep step = steps.get(i);
            item.attr("data-step", step.id()).addClass("step-item");
            Element box = item.selectFirst("> input[type=checkbox], > p > input[type=checkbox]");
            if (box == null) {
                continue;
            }
            box.removeAttr("disabled").removeAttr("readonly").removeAttr("checked")
                    .addClass("step-box").attr("data-step", step.id()).attr("aria-label", step.text());
            removeCustomId(box.parent());
            if (step.kind() != StepKind.STEP) {
                box.after(new Element("span").addClass("badge").addClass("badge-" + step.kind().key())
                        .text(step.kind().key()));
            }
        }
    }

    /** Drops a trailing {@code {#id}} from the step's own text (not from nested lists). */
    private static void removeCustomId(Element container) {
        for (Node node : container.childNodes()) {
            if (node instanceof Element e && (e.tagName().equals("ul") || e.tagName().equals("ol"))) {
                break;
            }
            if (node instanceof TextNode text && text.text().matches("(?s).*\\{#[a-z0-9][a-z0-9._-]*}\\s*$")) {
                text.text(text.text().replaceFirst("\\s*\\{#[a-z0-9][a-z0-9._-]*}\\s*$", ""));
            }
        }
    }
}

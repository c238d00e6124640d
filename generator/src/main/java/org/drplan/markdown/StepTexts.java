package org.drplan.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Step texts as the reader sees them, read back from a page's final HTML once cross-references have their text
 * ("page Maren Okafor" rather than "page @incident-commander"). Ids are left as they were: they come from what
 * the author wrote and must not change when a linked title does.
 */
public final class StepTexts {

    private StepTexts() {
    }

    public static RenderedSection refresh(RenderedSection section) {
        if (section.steps().isEmpty()) {
            return section;
        }
        Document doc = Jsoup.parseBodyFragment(section.html());
        doc.outputSettings().prettyPrint(false);
        Map<String, String> texts = new HashMap<>();
        for (Element item : doc.select("li[data-step]")) {
            Element copy = item.clone();
            copy.select("ul, ol, .badge, input").remove();
            String text = copy.text().trim();
            texts.put(item.attr("data-step"), text);
            Element box = item.selectFirst("input.step-box");
            if (box != null) {
                box.attr("aria-label", text);
            }
        }
        List<ChecklistStep> steps = new ArrayList<>();
        for (ChecklistStep step : section.steps()) {
            String text = texts.getOrDefault(step.id(), step.text());
            steps.add(new ChecklistStep(step.id(), text, step.line(), step.depth(), step.kind()));
        }
        return new RenderedSection(section.section(), section.title(), section.pageHeading(), doc.body().html(),
                section.headings(), steps, section.links(), section.anchors());
    }
}

package org.drplan.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.drplan.markdown.ParsedSection;

/**
 * How lists name sections: by title, and where two sections share a title (six runbooks all called "Overview"), by
 * title and folder, "Overview (services/api)", so a reader can tell them apart in the sidebar and in search results.
 */
final class SectionLabels {

    private SectionLabels() {
    }

    static Map<String, String> of(List<ParsedSection> sections) {
        Map<String, Long> counts = sections.stream()
                .collect(Collectors.groupingBy(s -> key(s.title()), Collectors.counting()));
        Map<String, String> labels = new HashMap<>();
        for (ParsedSection section : sections) {
            String folder = section.section().source().folder();
            boolean shared = counts.get(key(section.title())) > 1;
            labels.put(section.id(), shared && !folder.isEmpty()
                    ? section.title() + " (" + folder + ")" : section.title());
        }
        return labels;
    }

    private static String key(String title) {
        return title.trim().toLowerCase(Locale.ROOT);
    }
}

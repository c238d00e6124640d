package org.drplan.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A kind of build warning and how many the build gave, for the overview's summary: an imported collection can have
 * hundreds, and the plan must not disappear below them.
 */
public record WarningKind(String label, int count) {

    private static final Map<Pattern, String> KINDS = kinds();
    /** Each kind's label for one warning. */
    private static final Map<String, String> SINGULAR = Map.of("images not found", "image not found",
            "anchors not found", "anchor not found", "link targets not found", "link target not found",
            "links out of the content folder", "link out of the content folder",
            "files loaded from the network", "file loaded from the network",
            "pages with template code", "page with template code", "mistyped link schemes", "mistyped link scheme",
            "plan outline warnings", "plan outline warning",
            "other warnings", "other warning");

    private static Map<Pattern, String> kinds() {
        Map<Pattern, String> kinds = new LinkedHashMap<>();
        kinds.put(Pattern.compile("^image '.*' not found"), "images not found");
        kinds.put(Pattern.compile("^anchor '.*' not found"), "anchors not found");
        kinds.put(Pattern.compile("^link target '.*' not found"), "link targets not found");
        kinds.put(Pattern.compile("points outside the content folder"), "links out of the content folder");
        kinds.put(Pattern.compile("is loaded from the network"), "files loaded from the network");
        kinds.put(Pattern.compile("^unrendered template syntax"), "pages with template code");
        kinds.put(Pattern.compile("has the unknown scheme"), "mistyped link schemes");
        kinds.put(Pattern.compile("^the plan has no section of type"), "plan outline warnings");
        return kinds;
    }

    /** The warnings counted by kind, most frequent first; what fits no kind is counted as "other warnings". */
    static List<WarningKind> of(List<String> warnings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String warning : warnings) {
            int at = warning.indexOf("warning: ");
            String message = at < 0 ? warning : warning.substring(at + "warning: ".length());
            String label = KINDS.entrySet().stream().filter(k -> k.getKey().matcher(message).find())
                    .map(Map.Entry::getValue).findFirst().orElse("other warnings");
            counts.merge(label, 1, Integer::sum);
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> new WarningKind(e.getValue() == 1 ? SINGULAR.get(e.getKey()) : e.getKey(), e.getValue()))
                .toList();
    }
}

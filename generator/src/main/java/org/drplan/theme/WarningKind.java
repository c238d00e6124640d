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
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("images not found", "image not found"),
            Map.entry("anchors not found", "anchor not found"),
            Map.entry("link targets not found", "link target not found"),
            Map.entry("links out of the content folder", "link out of the content folder"),
            Map.entry("files loaded from the network", "file loaded from the network"),
            Map.entry("pages with template code", "page with template code"),
            Map.entry("mistyped link schemes", "mistyped link scheme"),
            Map.entry("plan outline warnings", "plan outline warning"),
            Map.entry("sections overdue for review", "section overdue for review"),
            Map.entry("review dates in the future", "review date in the future"),
            Map.entry("testing questions unanswered", "testing question unanswered"),
            Map.entry("return-to-normal warnings", "return-to-normal warning"),
            Map.entry("team roles without contact or alternate", "team role without contact or alternate"),
            Map.entry("characters the PDF cannot print", "character the PDF cannot print"),
            Map.entry("other warnings", "other warning"));

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
        kinds.put(Pattern.compile("^review overdue by"), "sections overdue for review");
        kinds.put(Pattern.compile("^reviewed .* is in the future"), "review dates in the future");
        kinds.put(Pattern.compile("does not answer '"), "testing questions unanswered");
        kinds.put(Pattern.compile("^return to normal operation never mentions"), "return-to-normal warnings");
        kinds.put(Pattern.compile("^role '.*' has no (alternate|phone)"), "team roles without contact or alternate");
        kinds.put(Pattern.compile("^the PDF's fonts have no glyph"), "characters the PDF cannot print");
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

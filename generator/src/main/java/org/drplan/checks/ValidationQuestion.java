package org.drplan.checks;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seven questions a testing-and-validation section must answer, as keys of its {@code validation:} map, with the
 * words a heading answering one would use when the section has no map.
 */
public enum ValidationQuestion {
    SUCCESS_CRITERIA("success_criteria", "Success criteria", "success|criteri|pass|accept"),
    ASSUMPTIONS("assumptions", "Assumptions", "assum|precondition|prerequisite"),
    WINDOW("window", "Testing window", "window|schedul|timing|when"),
    SECURITY("security", "Security", "secur"),
    MODULES("modules", "Modules tested", "module|component|in scope|what is tested|systems tested"),
    TESTERS("testers", "Who tests", "tester|who tests|participant"),
    INTEGRITY_CHECKS("integrity_checks", "Data integrity steps", "integrity|checksum|reconcil|consisten");

    private final String key;
    private final String label;
    private final Pattern heading;

    ValidationQuestion(String key, String label, String headingWords) {
        this.key = key;
        this.label = label;
        this.heading = Pattern.compile(headingWords);
    }

    /** The key in {@code validation:}, e.g. {@code integrity_checks}. */
    public String key() {
        return key;
    }

    /** How a reader sees it, e.g. "Data integrity steps". */
    public String label() {
        return label;
    }

    /** Whether a heading with this text answers the question. */
    boolean answeredBy(String headingText) {
        return heading.matcher(headingText.toLowerCase(Locale.ROOT)).find();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ValidationQuestion::key).toList();
    }

    /** Whether a value of the map answers its question: text that is not blank, a list or mapping not empty. */
    public static boolean isAnswer(Object value) {
        if (value instanceof String text) {
            return !text.isBlank();
        }
        if (value instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }
}

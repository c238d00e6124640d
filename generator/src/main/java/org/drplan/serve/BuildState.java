package org.drplan.serve;

import java.util.List;
import java.util.stream.Collectors;

import org.drplan.json.JsonText;

/**
 * The outcome of one build while serving: its number (pages reload when it grows), whether it published, and the
 * problems it found, formatted as the build prints them. A failed build leaves the last good bundle served.
 */
public record BuildState(int number, int bundle, boolean succeeded, List<String> errors, List<String> warnings,
        long millis) {

    /** As the reload script reads it. */
    String json() {
        return "{\"number\":" + number + ",\"bundle\":" + bundle + ",\"succeeded\":" + succeeded + ",\"millis\":"
                + millis + ",\"errors\":" + list(errors) + ",\"warnings\":" + list(warnings) + "}";
    }

    private static String list(List<String> lines) {
        return lines.stream().map(JsonText::quote).collect(Collectors.joining(",", "[", "]"));
    }
}

package org.drplan.serve;

import java.util.List;
import java.util.stream.Collectors;

import org.drplan.json.JsonText;

/**
 * The outcome of one build or preview while serving: its number, how many good ones were served so far, whether it
 * succeeded, the problems it found, formatted as the build prints them, and whether the whole bundle on disk is now
 * that build's ({@code whole}; a preview makes only pages). A failure leaves the last good pages served.
 */
public record BuildState(int number, int bundle, boolean succeeded, List<String> errors, List<String> warnings,
        long millis, boolean whole) {

    /** As the reload script reads it. */
    String json() {
        return "{\"number\":" + number + ",\"bundle\":" + bundle + ",\"succeeded\":" + succeeded + ",\"millis\":"
                + millis + ",\"whole\":" + whole + ",\"errors\":" + list(errors) + ",\"warnings\":" + list(warnings) + "}";
    }

    private static String list(List<String> lines) {
        return lines.stream().map(JsonText::quote).collect(Collectors.joining(",", "[", "]"));
    }
}

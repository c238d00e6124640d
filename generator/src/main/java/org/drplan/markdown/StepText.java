package org.drplan.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task item's text with an optional suffix in braces split off: {@code {#custom-id}}, {@code {~15m}} or both,
 * {@code {#promote ~15m}}. The custom id keeps a step's ticks when its wording is edited; without one the id
 * follows the text, so a reworded step starts unticked. The estimate is how long the step takes, written as an
 * {@code rto:} is ({@code 30m}, {@code 2h}, {@code PT1H30M}).
 *
 * @param customId the id written in braces (already a slug), or null
 * @param estimate the estimate as written after {@code ~}, or null
 * @param estimateAt where the estimate's {@code ~} is in the text as written, or -1
 */
public record StepText(String text, String customId, String estimate, int estimateAt) {

    private static final String ID = "#[a-z0-9][a-z0-9._-]*";
    private static final String ESTIMATE = "~[^\\s{}]+";
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\{((?:" + ID + "|" + ESTIMATE + ")(?:\\s+(?:" + ID
            + "|" + ESTIMATE + "))*)}\\s*$");

    public static StepText of(String written) {
        Matcher m = SUFFIX.matcher(written);
        if (!m.find()) {
            return new StepText(written.trim(), null, null, -1);
        }
        String id = null;
        String estimate = null;
        int estimateAt = -1;
        int at = m.start(1);
        for (String token : m.group(1).split("\\s+")) {
            at = written.indexOf(token, at);
            if (token.startsWith("#") && id == null) {
                id = token.substring(1);
            } else if (token.startsWith("~") && estimate == null) {
                estimate = token.substring(1);
                estimateAt = at;
            }
            at += token.length();
        }
        return new StepText(written.substring(0, m.start()).trim(), id, estimate, estimateAt);
    }

    /** Where the suffix in braces (with the spaces before it) starts in {@code text}, or -1. */
    public static int suffixStart(CharSequence text) {
        Matcher m = SUFFIX.matcher(text);
        return m.find() ? m.start() : -1;
    }
}

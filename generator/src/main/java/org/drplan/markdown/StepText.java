package org.drplan.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task item's text with an optional {@code {#custom-id}} suffix split off. The custom id keeps a step's ticks
 * when its wording is edited; without one the id follows the text, so a reworded step starts unticked.
 *
 * @param customId the id written in braces (already a slug), or null
 */
public record StepText(String text, String customId) {

    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9._-]*)}\\s*$");

    public static StepText of(String written) {
        Matcher m = CUSTOM_ID.matcher(written);
        if (m.find()) {
            return new StepText(written.substring(0, m.start()).trim(), m.group(1));
        }
        return new StepText(written.trim(), null);
    }

    /** Where a {@code {#custom-id}} suffix (with the spaces before it) starts in {@code text}, or -1. */
    public static int suffixStart(CharSequence text) {
        Matcher m = CUSTOM_ID.matcher(text);
        return m.find() ? m.start() : -1;
    }
}

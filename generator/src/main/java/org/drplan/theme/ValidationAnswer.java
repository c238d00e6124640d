package org.drplan.theme;

/**
 * One row of a testing-and-validation section's table, from its {@code validation:} map.
 *
 * @param key    the map's key, e.g. {@code integrity_checks}
 * @param label  the question it answers, e.g. "Data integrity steps" (the key itself for a key drplan does not know)
 * @param answer as written: text, a list or a mapping; null when unanswered
 */
public record ValidationAnswer(String key, String label, Object answer) {
}

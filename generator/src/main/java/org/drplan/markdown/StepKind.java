package org.drplan.markdown;

import java.util.Locale;

/** What a checklist step is, from the word it starts with. */
public enum StepKind {
    STEP(""),
    NOTIFY("Notify:"),
    ESCALATE("Escalate:"),
    MILESTONE("Milestone:");

    private final String prefix;

    StepKind(String prefix) {
        this.prefix = prefix;
    }

    public static StepKind of(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (StepKind kind : values()) {
            if (!kind.prefix.isEmpty() && lower.startsWith(kind.prefix.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return STEP;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.drplan.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The parts of a continuity plan, in the order a plan reads them. */
public enum SectionType {
    SCOPE("Scope"),
    DATA("Data considerations"),
    DEPENDENCIES("External dependencies"),
    TEAM("Recovery team and communication"),
    PROCEDURE("Recovery procedures"),
    CHECKLIST("Key actions and milestones"),
    VALIDATION("Testing and validation"),
    RETURN("Return to normal operation"),
    REFERENCE("Reference");

    private final String heading;

    SectionType(String heading) {
        this.heading = heading;
    }

    /** The name of this part as a plan's reader sees it. */
    public String heading() {
        return heading;
    }

    /** The front-matter value, e.g. {@code procedure}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SectionType> find(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}

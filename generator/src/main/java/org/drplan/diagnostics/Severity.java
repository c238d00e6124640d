package org.drplan.diagnostics;

/** How bad a {@link Problem} is. Errors fail the build; warnings do too under {@code strict}. */
public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

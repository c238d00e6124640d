package org.drplan.config;

/**
 * How the printed plan is bound: {@code DUPLEX} (printed on both sides) puts the rings' wider margin at the left of
 * odd pages and the right of even ones; {@code SIMPLEX} (one side) at the left of every page.
 */
public enum Binding {
    DUPLEX, SIMPLEX;

    /** The name in drplan.yml and in the print document's model. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

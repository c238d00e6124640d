package org.drplan.theme;

/**
 * A template that cannot be loaded or fails while rendering.
 *
 * @see #templateName() the template's name in the lookup chain, e.g. {@code section.ftlh}
 */
public final class ThemeException extends RuntimeException {

    private final String templateName;
    private final int line;
    private final int column;

    public ThemeException(String templateName, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    public String templateName() {
        return templateName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

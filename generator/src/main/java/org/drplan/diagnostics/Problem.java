package org.drplan.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One located problem of a build, printed javac-style: {@code path:line:col: error: message}.
 * Line and column are 1-based; 0 means "not known" and is left out of the printed form.
 */
public record Problem(Path path, int line, int column, Severity severity, String message) {

    /** Orders problems the way a reader scans them: by file, then position. */
    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.path() == null ? "" : p.path().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(Path path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.ERROR, message);
    }

    public static Problem warning(Path path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Problem withSeverity(Severity newSeverity) {
        return new Problem(path, line, column, newSeverity, message);
    }

    /** The javac-style line, with the path shown relative to {@code base} when it lies below it. */
    public String format(Path base) {
        StringBuilder out = new StringBuilder();
        if (path != null) {
            out.append(displayPath(base));
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        return out.append(severity.label()).append(": ").append(message).toString();
    }

    private String displayPath(Path base) {
        Path shown = path;
        if (base != null && path.isAbsolute() && path.getRoot().equals(base.toAbsolutePath().getRoot())) {
            shown = base.toAbsolutePath().normalize().relativize(path.normalize());
        }
        return shown.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return format(null);
    }
}

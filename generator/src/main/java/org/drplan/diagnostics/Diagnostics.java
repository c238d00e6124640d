package org.drplan.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one build so they can be reported together (javac's Log, Spotless apply).
 * Stages report here instead of throwing; the orchestrator decides when errors stop the build. Stages that work on
 * several sections at once report from several threads.
 */
public final class Diagnostics {

    private final List<Problem> problems = new ArrayList<>();
    private final boolean strict;

    public Diagnostics(boolean strict) {
        this.strict = strict;
    }

    public synchronized void report(Problem problem) {
        problems.add(strict ? problem.withSeverity(Severity.ERROR) : problem);
    }

    public void error(Path path, int line, int column, String message) {
        report(Problem.error(path, line, column, message));
    }

    public void warning(Path path, int line, int column, String message) {
        report(Problem.warning(path, line, column, message));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, sorted by file and position, duplicates removed. */
    public synchronized List<Problem> problems() {
        return problems.stream().distinct().sorted(Problem.BY_POSITION).toList();
    }
}

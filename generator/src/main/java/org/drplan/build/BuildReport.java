package org.drplan.build;

import java.nio.file.Path;
import java.util.List;

import org.drplan.diagnostics.Problem;

/**
 * The outcome of one build.
 *
 * @param problems      every error and warning, sorted by file and position
 * @param outputDirectory the bundle folder (only replaced when {@link #succeeded()})
 * @param baseDirectory problem paths are shown relative to this folder
 * @param pageCount     HTML pages written; 0 when the build failed
 * @param stages        each stage's time, in the order they ended
 * @param summary       what the build made; null when it failed or was cancelled
 * @param notices       what the build did besides, that the user should hear of (not problems), one line each
 */
public record BuildReport(List<Problem> problems, Path outputDirectory, Path baseDirectory, int pageCount,
                          List<StageTime> stages, BuildSummary summary, List<String> notices) {

    public BuildReport {
        problems = List.copyOf(problems);
        stages = List.copyOf(stages);
        notices = List.copyOf(notices);
    }

    /** The bundle was written: no error, and the build was not cancelled. */
    public boolean succeeded() {
        return summary != null && problems.stream().noneMatch(Problem::isError);
    }

    /** Stopped by {@link SiteBuilder#cancel()} before it wrote anything, with no error of its own. */
    public boolean cancelled() {
        return summary == null && problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** Each problem on its own line, javac-style, paths relative to the base directory. */
    public List<String> formattedProblems() {
        return problems.stream().map(p -> p.format(baseDirectory)).toList();
    }
}

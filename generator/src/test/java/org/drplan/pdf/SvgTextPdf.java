package org.drplan.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;

/**
 * Run in a JVM of its own by {@link SvgTextFontsTest}: builds the plan in {@code args[0]} into {@code args[1]} and
 * prints its problems, so that a test can build the same plan under another machine state (no system fonts).
 */
public final class SvgTextPdf {

    private SvgTextPdf() {
    }

    public static void main(String[] args) throws Exception {
        BuildReport report = Drplan.build(BuildConfig.builder(Path.of(args[0]), Path.of(args[1]))
                .buildTime(Instant.parse("2026-11-25T00:00:00Z")).build());
        report.formattedProblems().forEach(System.out::println);
        System.exit(report.succeeded() && Files.exists(Path.of(args[1], "plan.pdf")) ? 0 : 1);
    }
}

package org.drplan.bench;

import java.nio.file.Path;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;

/** One build in a fresh JVM, as a user's first run meets it: {@code BuildOnce <content> <out> [pdf]}. */
public final class BuildOnce {

    public static void main(String[] args) {
        BuildReport report = Drplan.build(BuildConfig.builder(Path.of(args[0]), Path.of(args[1]))
                .linkCheck(LinkCheck.WARN).pdf(args.length > 2 && Boolean.parseBoolean(args[2])).build());
        if (!report.succeeded()) {
            System.err.println(String.join("\n", report.formattedProblems()));
            System.exit(1);
        }
        System.out.println(report.summary().line());
    }
}

package org.drplan.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;
import org.drplan.config.ConfigLoader;
import org.drplan.config.RunbookZipTarget;

/**
 * A bundle for each audience asked for, from one run ({@code audiences: [full, shareable]} in {@code drplan.yml}, or
 * the {@code audience} parameter {@code full,shareable}): the full plan where the
 * configuration says, the shareable edition beside it ({@code drplan-shareable/}, {@code …-runbook-shareable.zip}),
 * each with its own build id. The shareable edition is built first: its leak check is what most often stops a build,
 * and then neither bundle is replaced. The builds share one {@link BuildSession}, so a file is read and parsed once.
 */
public final class Editions {

    /** What is added to the output folder's, the zip's and its top folder's names for a shareable edition. */
    public static final String SHAREABLE_SUFFIX = "-shareable";

    private Editions() {
    }

    /**
     * The audiences to build: those asked for by a parameter, else those {@code drplan.yml} names
     * ({@code audiences: [full, shareable]}), else the configuration's own.
     */
    public static List<Audience> resolve(BuildConfig config, List<Audience> asked) {
        if (!asked.isEmpty()) {
            return asked;
        }
        List<Audience> named = ConfigLoader.audiences(config.contentDirectory());
        return named.isEmpty() ? List.of(config.audience()) : named;
    }

    /**
     * The builds, in the order run; after the first that fails, none. Asked for one audience, the one build writes
     * where the configuration says.
     */
    public static List<BuildReport> build(BuildConfig config, List<Audience> audiences) {
        return build(configs(config, audiences));
    }

    /** The builds of these editions ({@link #configs}), in order; after the first that fails, none. */
    public static List<BuildReport> build(List<BuildConfig> editions) {
        List<BuildReport> reports = new ArrayList<>();
        BuildSession session = new BuildSession();
        for (BuildConfig edition : editions) {
            BuildReport report = session.build(edition);
            reports.add(report);
            if (!report.succeeded()) {
                break;
            }
        }
        return reports;
    }

    /** The configuration of each edition ({@link #resolve} says which), the shareable one first. */
    public static List<BuildConfig> configs(BuildConfig config, List<Audience> audiences) {
        LinkedHashSet<Audience> asked = new LinkedHashSet<>(resolve(config, audiences));
        if (asked.size() <= 1) {
            Audience only = asked.isEmpty() ? config.audience() : asked.iterator().next();
            return List.of(config.toBuilder().audience(only).build());
        }
        RunbookZipTarget zip = config.runbookZip();
        BuildConfig shareable = config.toBuilder().audience(Audience.SHAREABLE)
                .runbookZip(zip == null ? null : new RunbookZipTarget(beside(zip.file(), ".zip"),
                        zip.topFolder() + SHAREABLE_SUFFIX))
                .build().withOutputDirectory(beside(config.outputDirectory(), ""));
        return List.of(shareable, config.toBuilder().audience(Audience.FULL).build());
    }

    /** {@code target/drplan} → {@code target/drplan-shareable}; {@code x-runbook.zip} → {@code x-runbook-shareable.zip}. */
    public static Path beside(Path path, String extension) {
        String name = path.getFileName().toString();
        String stem = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
        return path.resolveSibling(stem + SHAREABLE_SUFFIX + extension);
    }
}

package org.drplan;

import org.drplan.build.BuildReport;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;

/**
 * The one entry point: {@code Drplan.build(config)} turns a plan's content folder into a runbook bundle.
 * It never throws: problems in the plan, faults of the machine (a file that cannot be read, a disk full) and bugs in
 * drplan all come back in the {@link BuildReport}, each with the file it concerns and what to do.
 */
public final class Drplan {

    private Drplan() {
    }

    public static BuildReport build(BuildConfig config) {
        return new SiteBuilder(config).build();
    }
}

package org.drplan;

import org.drplan.build.BuildReport;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;

/**
 * The one entry point: {@code Drplan.build(config)} turns a plan's content folder into a runbook bundle.
 * Problems in the plan come back in the {@link BuildReport}; only environment failures (disk full, a folder
 * that cannot be written) are thrown.
 */
public final class Drplan {

    private Drplan() {
    }

    public static BuildReport build(BuildConfig config) {
        return new SiteBuilder(config).build();
    }
}

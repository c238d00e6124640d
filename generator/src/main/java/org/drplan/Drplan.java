package org.drplan;

import org.drplan.build.BuildReport;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.search.SearchEngine;

/**
 * The one entry point: {@code Drplan.build(config)} turns a plan's content folder into a runbook bundle.
 * Problems in the plan come back in the {@link BuildReport}; only environment failures (disk full, a folder
 * that cannot be written) are thrown.
 */
public final class Drplan {

    private Drplan() {
    }

    public static BuildReport build(BuildConfig config) {
        try (SearchEngine engine = SearchEngine.create()) {
            return build(config, engine);
        }
    }

    /**
     * Builds with a JavaScript engine the caller owns and reuses across builds (starting one costs seconds):
     * the Maven goal per execution, a test suite once for all its sites.
     */
    public static BuildReport build(BuildConfig config, SearchEngine engine) {
        return new SiteBuilder(config, engine).build();
    }
}

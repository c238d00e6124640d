package org.drplan.build;

import org.drplan.config.BuildConfig;
import org.drplan.markdown.MarkdownStage;

/**
 * Successive builds of one plan (the preview server's): each build is a whole build, with the same result as a fresh
 * one, but a section whose file reads the same as in the previous build is not parsed again.
 */
public final class BuildSession {

    private final MarkdownStage markdown = MarkdownStage.remembering();

    public BuildReport build(BuildConfig config) {
        return new SiteBuilder(config, markdown).build();
    }
}

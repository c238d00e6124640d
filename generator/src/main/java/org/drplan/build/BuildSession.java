package org.drplan.build;

import org.drplan.config.BuildConfig;
import org.drplan.yaml.YamlReader;

/**
 * Successive builds of one plan (the preview server's): each build is a whole build, with the same result as a fresh
 * one, but a file that reads the same as in the previous build is not hashed or parsed again. A build and a preview
 * may run at the same time.
 */
public final class BuildSession {

    private final YamlReader yaml = new YamlReader();
    private SessionMemory memory;

    /** The whole build, as {@code drplan:site} runs it. */
    public BuildReport build(BuildConfig config) {
        return builder(config).build();
    }

    /** A build to run, or {@link SiteBuilder#cancel() cancel}, on a thread of the caller's. */
    public SiteBuilder builder(BuildConfig config) {
        return new SiteBuilder(config, memory(config));
    }

    /** The plan's pages, made when asked, each the same as {@link #build} writes it. */
    public PagePreview preview(BuildConfig config) {
        return builder(config).preview();
    }

    private synchronized SessionMemory memory(BuildConfig config) {
        if (memory == null) {
            memory = SessionMemory.remembering(config, yaml);
        }
        return memory;
    }
}

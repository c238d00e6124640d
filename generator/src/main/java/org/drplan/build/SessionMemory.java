package org.drplan.build;

import org.drplan.config.BuildConfig;
import org.drplan.content.FrontMatterStage;
import org.drplan.integrity.FileDigests;
import org.drplan.markdown.MarkdownStage;
import org.drplan.yaml.YamlReader;

/**
 * The stages that can remember what they read from one build of a plan to the next: a file read the same is not
 * hashed, its front matter not parsed and its Markdown not parsed again. A single build remembers nothing.
 */
record SessionMemory(FileDigests digests, FrontMatterStage frontMatter, MarkdownStage markdown) {

    static SessionMemory none(BuildConfig config, YamlReader yaml) {
        return new SessionMemory(FileDigests.reading(), new FrontMatterStage(yaml, config.contentDirectory()),
                new MarkdownStage());
    }

    static SessionMemory remembering(BuildConfig config, YamlReader yaml) {
        return new SessionMemory(FileDigests.remembering(),
                FrontMatterStage.remembering(yaml, config.contentDirectory()), MarkdownStage.remembering());
    }
}

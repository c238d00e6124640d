package org.drplan.content;

import java.nio.file.Path;

/**
 * A URL written in a plan-wide YAML file ({@code team.yml}'s {@code video_url}), with its place there: checked like a
 * link in a section and reported at that place.
 *
 * @param key  the key as a reader finds it in the file, e.g. {@code bridge.video_url}
 * @param url  the value as written, trimmed
 */
public record YamlLink(Path file, String key, String url, SourcePosition at) {
}

package org.drplan.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A top-level YAML mapping that remembers where each key was written, in source order. */
public final class YamlMap {

    private final Map<String, YamlEntry> entries;

    YamlMap(Map<String, YamlEntry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static YamlMap empty() {
        return new YamlMap(Map.of());
    }

    public Optional<YamlEntry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Map<String, YamlEntry> entries() {
        return entries;
    }
}

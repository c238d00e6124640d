package org.drplan.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping, top-level or nested, that remembers where it and each of its keys were written, in source order.
 */
public final class YamlMap implements YamlValue {

    private static final YamlMap EMPTY = new YamlMap(Map.of(), 1, 1);

    private final Map<String, YamlEntry> entries;
    private final int line;
    private final int column;
    // Built once, for the same reason as YamlList's.
    private final Map<String, Object> plain;

    YamlMap(Map<String, YamlEntry> entries, int line, int column) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.line = line;
        this.column = column;
        Map<String, Object> values = new LinkedHashMap<>();
        entries.forEach((key, entry) -> values.put(key, entry.value().plain()));
        this.plain = Collections.unmodifiableMap(values);
    }

    public static YamlMap empty() {
        return EMPTY;
    }

    public Optional<YamlEntry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Map<String, YamlEntry> entries() {
        return entries;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public Map<String, Object> plain() {
        return plain;
    }

    @Override
    public YamlMap at(int line, int column) {
        return new YamlMap(entries, line, column);
    }
}

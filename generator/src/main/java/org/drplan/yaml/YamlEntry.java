package org.drplan.yaml;

/** One key of a YAML mapping, where the key was written, and its value (which knows its own position). */
public record YamlEntry(String key, int line, int column, YamlValue value) {
}

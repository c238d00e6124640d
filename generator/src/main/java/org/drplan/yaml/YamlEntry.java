package org.drplan.yaml;

/**
 * One key of a YAML mapping with its constructed value (String, Integer/Long, Boolean, List, Map or null)
 * and the 1-based position of the key and of the value in the source file.
 */
public record YamlEntry(String key, Object value, int line, int column, int valueLine, int valueColumn) {
}

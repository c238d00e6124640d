package org.drplan.yaml;

import java.util.List;

/**
 * One key of a YAML mapping with its constructed value (String, Integer/Long, Boolean, List, Map or null) and the
 * 1-based positions of the key, of the value and, when the value is a list, of each item.
 */
public record YamlEntry(String key, Object value, int line, int column, int valueLine, int valueColumn,
                        List<Item> items) {

    /** Where one item of a list value was written. */
    public record Item(int line, int column) {
    }

    public YamlEntry {
        items = List.copyOf(items);
    }
}

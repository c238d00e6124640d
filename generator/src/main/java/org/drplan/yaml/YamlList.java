package org.drplan.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence; each item keeps its own position. */
public final class YamlList implements YamlValue {

    private final List<YamlValue> items;
    private final int line;
    private final int column;
    // Built once: one YAML node aliased many times is one YamlList, so a plain copy per call could explode.
    private final List<Object> plain;

    YamlList(List<YamlValue> items, int line, int column) {
        this.items = List.copyOf(items);
        this.line = line;
        this.column = column;
        List<Object> values = new ArrayList<>(items.size());
        for (YamlValue item : items) {
            values.add(item.plain());
        }
        this.plain = Collections.unmodifiableList(values);
    }

    public List<YamlValue> items() {
        return items;
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
    public List<Object> plain() {
        return plain;
    }

    @Override
    public YamlList at(int line, int column) {
        return new YamlList(items, line, column);
    }
}

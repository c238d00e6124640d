package org.drplan.yaml;

/**
 * A single value.
 *
 * @param text  the value as the author wrote it, without quotes: {@code 1.10} stays {@code "1.10"} and a phone
 *              number keeps its leading zero, where {@code plain} is the YAML-typed reading of it
 * @param plain the value typed by YAML's core schema; null for an empty value, {@code ~} or {@code null}
 */
public record YamlScalar(String text, Object plain, int line, int column) implements YamlValue {

    public boolean isEmpty() {
        return plain == null;
    }

    @Override
    public YamlScalar at(int line, int column) {
        return new YamlScalar(text, plain, line, column);
    }
}

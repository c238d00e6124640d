package org.drplan.yaml;

/**
 * A value read from YAML together with where it was written (1-based line and column), so every check on it can
 * point at the exact place in the file.
 */
public sealed interface YamlValue permits YamlScalar, YamlList, YamlMap {

    int line();

    int column();

    /** The same value, placed where it is used: an alias ({@code *name}) is reported there, not at its anchor. */
    YamlValue at(int line, int column);

    /** The value as plain Java objects (String, Integer/Long, Boolean, Double, List, Map or null), for templates. */
    Object plain();
}

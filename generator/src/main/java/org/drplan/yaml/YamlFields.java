package org.drplan.yaml;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Suggestions;

/**
 * Typed access to the keys of one YAML mapping, a file's top level or a nested one, reporting every wrong value at
 * the value's own line and column. Messages come in two shapes, both quoting what the author wrote:
 * <ul>
 *   <li>the wrong kind of value: {@code 'owner' must be text, not a list},
 *       {@code 'order' must be a whole number, not 'first'};</li>
 *   <li>text that does not read as the format asked for:
 *       {@code invalid rto '4 hours': expected a duration such as 30m, 4h, 1h30m, 2d or PT4H}.</li>
 * </ul>
 * A missing key, an empty value ({@code key:}, {@code ~}, {@code null}) and blank text all count as not given.
 * Text is taken as written, not as YAML typed it, so {@code version: 1.10} reads {@code "1.10"}, not {@code "1.1"}.
 */
public final class YamlFields {

    private static final String MAPPING = "a mapping of 'key: value' lines";

    private final YamlMap map;
    private final Path path;
    private final Diagnostics diagnostics;

    public YamlFields(YamlMap map, Path path, Diagnostics diagnostics) {
        this.map = map;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    public YamlMap map() {
        return map;
    }

    public Optional<String> text(String key) {
        return scalar(key, "text").map(s -> s.text().trim());
    }

    /** Like {@link #text}, and reports {@code whenMissing} at the mapping itself when the key is not given. */
    public Optional<String> requiredText(String key, String whenMissing) {
        if (given(key).isEmpty()) {
            error(map, whenMissing);
            return Optional.empty();
        }
        return text(key);
    }

    public Optional<Integer> integer(String key) {
        return scalar(key, "a whole number").flatMap(s -> {
            if (s.plain() instanceof Integer number) {
                return Optional.of(number);
            }
            try {
                return Optional.of(Integer.parseInt(s.text().trim()));
            } catch (NumberFormatException e) {
                error(s, "'" + key + "' must be a whole number, not " + describe(s));
                return Optional.empty();
            }
        });
    }

    public Optional<LocalDate> date(String key) {
        return value(key, YamlFields::parseDate, "a date as YYYY-MM-DD");
    }

    /**
     * A value written as text in a format of its own (a duration, a paper size).
     *
     * @param parser   reads the trimmed text, empty when it is not in the format
     * @param expected what the format looks like, for the message: "a duration such as 30m, 4h, 1h30m, 2d or PT4H"
     */
    public <T> Optional<T> value(String key, Function<String, Optional<T>> parser, String expected) {
        return scalar(key, expected).flatMap(s -> {
            String text = s.text().trim();
            Optional<T> parsed = parser.apply(text);
            if (parsed.isEmpty()) {
                error(s, "invalid " + key + " " + quote(text) + ": expected " + expected);
            }
            return parsed;
        });
    }

    /** A list of text; a single value is a list of one. Empty when the key is not given or any item is wrong. */
    public List<String> list(String key) {
        return scalars(key).stream().map(s -> s.text().trim()).toList();
    }

    /**
     * As {@link #list}, each item with its place in the file, for checks of one item that report at that item.
     */
    public List<YamlScalar> scalars(String key) {
        Optional<YamlValue> value = given(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof YamlScalar scalar) {
            return List.of(scalar);
        }
        if (!(value.get() instanceof YamlList list)) {
            error(value.get(), "'" + key + "' must be a list, not " + describe(value.get()));
            return List.of();
        }
        List<YamlScalar> items = new ArrayList<>();
        boolean valid = true;
        for (YamlValue item : list.items()) {
            if (item instanceof YamlScalar scalar && !scalar.isEmpty()) {
                items.add(scalar);
            } else {
                error(item, "each item of '" + key + "' must be text, not " + describe(item));
                valid = false;
            }
        }
        return valid ? items : List.of();
    }

    public Optional<YamlMap> mapping(String key) {
        return given(key).flatMap(value -> {
            if (value instanceof YamlMap nested) {
                return Optional.of(nested);
            }
            error(value, "'" + key + "' must be " + MAPPING + ", not " + describe(value));
            return Optional.empty();
        });
    }

    /** A list of mappings, such as team.yml's roles; each item that is not a mapping is reported and left out. */
    public List<YamlMap> mappings(String key) {
        Optional<YamlValue> value = given(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof YamlList list)) {
            error(value.get(), "'" + key + "' must be a list, not " + describe(value.get()));
            return List.of();
        }
        List<YamlMap> items = new ArrayList<>();
        for (YamlValue item : list.items()) {
            if (item instanceof YamlMap nested) {
                items.add(nested);
            } else {
                error(item, "each item of '" + key + "' must be " + MAPPING + ", not " + describe(item));
            }
        }
        return items;
    }

    /**
     * Warns at each key not among {@code known}: a misspelt key would otherwise silently leave its value out (a
     * phone number nobody can find in the bundle). Says the closest known key, else all of them.
     *
     * @param where what the mapping is, for the message: "a role", "the bridge"
     */
    public void warnUnknownKeys(Collection<String> known, String where) {
        reportUnknownKeys(known, where, false);
    }

    /** As {@link #warnUnknownKeys}, but each unknown key is an error (a setting that must not be ignored). */
    public void rejectUnknownKeys(Collection<String> known, String where) {
        reportUnknownKeys(known, where, true);
    }

    private void reportUnknownKeys(Collection<String> known, String where, boolean error) {
        for (YamlEntry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                String hint = Suggestions.closest(entry.key(), known).map(k -> " (did you mean '" + k + "'?)")
                        .orElse(": known keys are " + String.join(", ", known instanceof List<String> inOrder ? inOrder
                                : known.stream().sorted().toList()));
                String message = "unknown key '" + entry.key() + "' in " + where + hint;
                if (error) {
                    diagnostics.error(path, entry.line(), entry.column(), message);
                } else {
                    diagnostics.warning(path, entry.line(), entry.column(), message);
                }
            }
        }
    }

    public void error(YamlValue at, String message) {
        diagnostics.error(path, at.line(), at.column(), message);
    }

    public void warning(YamlValue at, String message) {
        diagnostics.warning(path, at.line(), at.column(), message);
    }

    /** The value of {@code key} unless it is missing, empty or blank. */
    private Optional<YamlValue> given(String key) {
        return map.find(key).map(YamlEntry::value)
                .filter(v -> !(v instanceof YamlScalar s && (s.isEmpty() || s.text().isBlank())));
    }

    private Optional<YamlScalar> scalar(String key, String expected) {
        return given(key).flatMap(value -> {
            if (value instanceof YamlScalar scalar) {
                return Optional.of(scalar);
            }
            error(value, "'" + key + "' must be " + expected + ", not " + describe(value));
            return Optional.empty();
        });
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String describe(YamlValue value) {
        if (value instanceof YamlList) {
            return "a list";
        }
        if (value instanceof YamlMap) {
            return "a mapping";
        }
        YamlScalar scalar = (YamlScalar) value;
        return scalar.isEmpty() ? "an empty value" : quote(scalar.text());
    }

    /** The text in quotes, cut at its first line break or after 60 characters so the message stays one line. */
    private static String quote(String text) {
        return org.drplan.diagnostics.Echo.quote(text);
    }
}

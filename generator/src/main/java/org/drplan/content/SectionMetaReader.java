package org.drplan.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.config.PlanDuration;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlEntry;
import org.drplan.yaml.YamlMap;

/**
 * Types front-matter keys into a {@link SectionMeta}. A wrong value for a key drplan knows is an error at the
 * value; unknown keys are kept for templates. An unknown {@code type} is only a warning, because other site
 * generators use the same key with their own values (Hugo's {@code type: docs}) and such plans must still build.
 */
final class SectionMetaReader {

    private static final Set<String> KNOWN = Set.of("title", "id", "type", "order", "owner", "rto", "rpo",
            "requires", "tags", "reviewed", "validation");

    SectionMeta read(SourceFile source, YamlMap map, Diagnostics diagnostics) {
        Fields fields = new Fields(source, map, diagnostics);
        Map<String, Object> extra = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        for (YamlEntry entry : map.entries().values()) {
            positions.put(entry.key(), new SourcePosition(entry.valueLine(), entry.valueColumn()));
            for (int i = 0; i < entry.items().size(); i++) {
                YamlEntry.Item item = entry.items().get(i);
                positions.put(entry.key() + "/" + i, new SourcePosition(item.line(), item.column()));
            }
            if (!KNOWN.contains(entry.key())) {
                extra.put(entry.key(), entry.value());
            }
        }
        return new SectionMeta(
                fields.text("title").orElse(null),
                fields.id(),
                fields.type(),
                fields.integer("order").orElse(null),
                fields.text("owner").orElse(null),
                fields.duration("rto").orElse(null),
                fields.duration("rpo").orElse(null),
                fields.list("requires"),
                fields.list("tags"),
                fields.date("reviewed").orElse(null),
                fields.mapping("validation").orElse(null),
                extra,
                positions);
    }

    /** Typed access to one file's front-matter, reporting each bad value at its position. */
    private record Fields(SourceFile source, YamlMap map, Diagnostics diagnostics) {

        Optional<String> text(String key) {
            return map.find(key).filter(e -> e.value() != null).flatMap(e -> {
                if (e.value() instanceof Map || e.value() instanceof List) {
                    error(e, "'" + key + "' must be text, not a list or mapping");
                    return Optional.empty();
                }
                String value = e.value().toString().trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            });
        }

        String id() {
            Optional<String> given = text("id");
            if (given.isPresent()) {
                String id = given.get();
                YamlEntry entry = map.find("id").orElseThrow();
                if (!SectionIds.isValid(id)) {
                    error(entry, "invalid id '" + id + "': use lower-case letters, digits, '-', '_', '.' "
                            + "and '/' between parts, e.g. procedures/restore-db");
                } else if (SectionIds.RESERVED.contains(id)) {
                    error(entry, "id '" + id + "' is reserved for the bundle's own " + id + ".html page");
                } else {
                    return id;
                }
            }
            String id = SectionIds.fromPath(source.relativePath());
            if (SectionIds.RESERVED.contains(id)) {
                String renamed = id + "-page";
                diagnostics.warning(source.path(), 1, 1, "'" + source.relativePath() + "' would be published as "
                        + id + ".html, which the bundle uses itself; it is published as " + renamed
                        + ".html (set 'id:' to choose another name)");
                return renamed;
            }
            return id;
        }

        SectionType type() {
            Optional<String> value = text("type");
            if (value.isEmpty()) {
                return SectionType.REFERENCE;
            }
            Optional<SectionType> type = SectionType.find(value.get());
            if (type.isEmpty()) {
                YamlEntry entry = map.find("type").orElseThrow();
                diagnostics.warning(source.path(), entry.valueLine(), entry.valueColumn(), "unknown type '"
                        + value.get() + "', treated as reference (known types: scope, data, dependencies, team, "
                        + "procedure, checklist, validation, return, reference)");
            }
            return type.orElse(SectionType.REFERENCE);
        }

        Optional<Integer> integer(String key) {
            return map.find(key).filter(e -> e.value() != null).flatMap(e -> {
                try {
                    return Optional.of(Integer.parseInt(e.value().toString().trim()));
                } catch (NumberFormatException ex) {
                    error(e, "'" + key + "' must be a whole number, not '" + e.value() + "'");
                    return Optional.empty();
                }
            });
        }

        Optional<PlanDuration> duration(String key) {
            return text(key).flatMap(text -> {
                Optional<PlanDuration> parsed = PlanDuration.parse(text);
                if (parsed.isEmpty()) {
                    error(map.find(key).orElseThrow(), "invalid " + key + " '" + text
                            + "': expected a duration such as 30m, 4h, 2d or PT4H");
                }
                return parsed;
            });
        }

        Optional<LocalDate> date(String key) {
            return text(key).flatMap(text -> {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    error(map.find(key).orElseThrow(), "invalid " + key + " date '" + text
                            + "': expected YYYY-MM-DD");
                    return Optional.empty();
                }
            });
        }

        List<String> list(String key) {
            Optional<YamlEntry> entry = map.find(key).filter(e -> e.value() != null);
            if (entry.isEmpty()) {
                return List.of();
            }
            Object value = entry.get().value();
            List<String> items = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map || item instanceof List || item == null) {
                        error(entry.get(), "'" + key + "' must be a list of plain values");
                        return List.of();
                    }
                    items.add(item.toString().trim());
                }
            } else if (value instanceof Map) {
                error(entry.get(), "'" + key + "' must be a list, not a mapping");
            } else {
                items.add(value.toString().trim());
            }
            return items;
        }

        Optional<Map<String, Object>> mapping(String key) {
            return map.find(key).filter(e -> e.value() != null).flatMap(e -> {
                if (e.value() instanceof Map<?, ?> m) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    m.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    return Optional.of(copy);
                }
                error(e, "'" + key + "' must be a mapping of 'key: value' lines");
                return Optional.empty();
            });
        }

        private void error(YamlEntry entry, String message) {
            diagnostics.error(source.path(), entry.valueLine(), entry.valueColumn(), message);
        }
    }
}

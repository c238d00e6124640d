package org.drplan.content;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.config.PlanDuration;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Echo;
import org.drplan.yaml.YamlEntry;
import org.drplan.yaml.YamlFields;
import org.drplan.yaml.YamlList;
import org.drplan.yaml.YamlMap;
import org.drplan.yaml.YamlValue;

/**
 * Types front-matter keys into a {@link SectionMeta}. A wrong value for a key drplan knows is an error at the
 * value; unknown keys are kept for templates. An unknown {@code type} is only a warning, because other site
 * generators use the same key with their own values (Hugo's {@code type: docs}) and such plans must still build.
 */
final class SectionMetaReader {

    private static final Set<String> KNOWN = Set.of("title", "id", "type", "order", "owner", "rto", "rpo", "estimate",
            "requires", "tags", "reviewed", "validation", "audience");
    private static final String DURATION = "a duration such as 30m, 4h, 1h30m, 2d or PT4H";

    SectionMeta read(SourceFile source, YamlMap map, Diagnostics diagnostics) {
        YamlFields fields = new YamlFields(map, source.path(), diagnostics);
        Map<String, Object> extra = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries().values()) {
            if (!KNOWN.contains(entry.key())) {
                extra.put(entry.key(), entry.value().plain());
            }
        }
        return new SectionMeta(
                fields.text("title").orElse(null),
                id(source, fields, diagnostics),
                type(fields),
                fields.integer("order").orElse(null),
                fields.text("owner").orElse(null),
                fields.value("rto", PlanDuration::parse, DURATION).orElse(null),
                fields.value("rpo", PlanDuration::parse, DURATION).orElse(null),
                fields.value("estimate", PlanDuration::parse, DURATION).orElse(null),
                fields.list("requires"),
                fields.list("tags"),
                fields.date("reviewed").orElse(null),
                fields.mapping("validation").map(YamlMap::plain).orElse(null),
                extra,
                positions(map),
                restricted(fields));
    }

    /** {@code audience: restricted} (or {@code all}, the default); anything else is an error at its value. */
    private static boolean restricted(YamlFields fields) {
        return fields.value("audience", value -> switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "restricted" -> Optional.of(Boolean.TRUE);
            case "all" -> Optional.of(Boolean.FALSE);
            default -> Optional.<Boolean>empty();
        }, "restricted (left out of a shareable bundle) or all").orElse(false);
    }

    private static String id(SourceFile source, YamlFields fields, Diagnostics diagnostics) {
        Optional<String> given = fields.text("id");
        if (given.isPresent()) {
            String id = given.get();
            YamlValue at = fields.map().find("id").orElseThrow().value();
            if (!SectionIds.isValid(id)) {
                fields.error(at, "invalid id " + Echo.quote(id) + ": use lower-case letters, digits, '-', '_', '.' "
                        + "and '/' between parts, e.g. procedures/restore-db");
            } else if (SectionIds.RESERVED.contains(id)) {
                fields.error(at, "id " + Echo.quote(id) + " is reserved for the bundle's own " + id + ".html page");
            } else if (SectionIds.tooLongForAFileName(id).isPresent()) {
                fields.error(at, pageNameTooLong(id));
            } else {
                return id;
            }
        }
        String id = SectionIds.fromPath(source.relativePath());
        if (SectionIds.tooLongForAFileName(id).isPresent()) {
            diagnostics.error(source.path(), 1, 1, pageNameTooLong(id) + " or file name");
            return id;
        }
        if (SectionIds.RESERVED.contains(id)) {
            String renamed = id + "-page";
            diagnostics.warning(source.path(), 1, 1, "'" + source.relativePath() + "' would be published as "
                    + id + ".html, which the bundle uses itself; it is published as " + renamed
                    + ".html (set 'id:' to choose another name)");
            return renamed;
        }
        return id;
    }

    private static String pageNameTooLong(String id) {
        String name = SectionIds.tooLongForAFileName(id).orElseThrow();
        return "its page would be named " + Echo.quote(name) + ", " + name.getBytes(StandardCharsets.UTF_8).length
                + " bytes: longer than file systems allow (" + SectionIds.MAX_NAME_BYTES + "); give the section a "
                + "shorter id";
    }

    private static SectionType type(YamlFields fields) {
        Optional<String> value = fields.text("type");
        if (value.isEmpty()) {
            return SectionType.REFERENCE;
        }
        Optional<SectionType> type = SectionType.find(value.get());
        if (type.isEmpty()) {
            fields.warning(fields.map().find("type").orElseThrow().value(), "unknown type " + Echo.quote(value.get())
                    + ", treated as reference (known types: scope, data, dependencies, team, procedure, checklist, "
                    + "validation, return, reference)");
        }
        return type.orElse(SectionType.REFERENCE);
    }

    /** Where each key's value was written, and each item of a list value under {@code key/index}. */
    private static Map<String, SourcePosition> positions(YamlMap map) {
        Map<String, SourcePosition> positions = new HashMap<>();
        for (YamlEntry entry : map.entries().values()) {
            positions.put(entry.key(), position(entry.value()));
            if (entry.value() instanceof YamlList list) {
                List<YamlValue> items = list.items();
                for (int i = 0; i < items.size(); i++) {
                    positions.put(entry.key() + "/" + i, position(items.get(i)));
                }
            }
        }
        return positions;
    }

    private static SourcePosition position(YamlValue value) {
        return new SourcePosition(value.line(), value.column());
    }
}

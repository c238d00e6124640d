package org.drplan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlEntry;
import org.drplan.yaml.YamlMap;
import org.drplan.yaml.YamlReader;

/**
 * Reads the roles of {@code team.yml} at the content root: they are shown as contact cards on the team section and
 * cross-references ({@code [[@role-id]]}) are checked against them. Bridge and escalation details stay in the file
 * for now; only roles are typed here.
 */
public final class TeamFileReader {

    public static final String FILE_NAME = "team.yml";

    private final YamlReader yaml;

    public TeamFileReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The roles, or empty when the plan has no {@code team.yml} (then role ids cannot be checked). */
    public Optional<List<Role>> read(Path contentDirectory, Diagnostics diagnostics) {
        Path file = contentDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            diagnostics.error(file, 0, 0, "cannot read file: " + ContentScanner.describe(e));
            return Optional.of(List.of());
        }
        Optional<YamlMap> map = yaml.readMapping(text, file, 1, diagnostics);
        Optional<YamlEntry> roles = map.flatMap(m -> m.find("roles"));
        if (roles.isEmpty() || roles.get().value() == null) {
            return Optional.of(List.of());
        }
        if (!(roles.get().value() instanceof List<?> list)) {
            diagnostics.error(file, roles.get().valueLine(), roles.get().valueColumn(), "'roles' must be a list");
            return Optional.of(List.of());
        }
        List<Role> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            YamlEntry.Item at = i < roles.get().items().size() ? roles.get().items().get(i)
                    : new YamlEntry.Item(roles.get().valueLine(), roles.get().valueColumn());
            if (list.get(i) instanceof Map<?, ?> role && role.get("id") != null) {
                result.add(new Role(text(role, "id"), text(role, "title"), text(role, "name"),
                        text(role, "organisation"), text(role, "location"), text(role, "phone"), text(role, "email"),
                        text(role, "alternate")));
            } else {
                diagnostics.error(file, at.line(), at.column(), "a role needs at least an 'id'");
            }
        }
        return Optional.of(result);
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString().trim();
    }
}

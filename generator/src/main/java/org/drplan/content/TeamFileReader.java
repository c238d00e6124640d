package org.drplan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlFields;
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
        if (map.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Role> roles = new ArrayList<>();
        for (YamlMap role : new YamlFields(map.get(), file, diagnostics).mappings("roles")) {
            role(new YamlFields(role, file, diagnostics)).ifPresent(roles::add);
        }
        return Optional.of(roles);
    }

    /** The role, empty without an id; every field is read either way, so all its wrong values are reported. */
    private static Optional<Role> role(YamlFields fields) {
        String id = fields.requiredText("id", "a role needs at least an 'id'").orElse(null);
        Role role = new Role(id, text(fields, "title"), text(fields, "name"),
                text(fields, "organisation"), text(fields, "location"), text(fields, "phone"), text(fields, "email"),
                text(fields, "alternate"));
        return id == null ? Optional.empty() : Optional.of(role);
    }

    private static String text(YamlFields fields, String key) {
        return fields.text(key).orElse(null);
    }
}

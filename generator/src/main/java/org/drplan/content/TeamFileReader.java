package org.drplan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.drplan.config.PlanDuration;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Suggestions;
import org.drplan.yaml.YamlEntry;
import org.drplan.yaml.YamlFields;
import org.drplan.yaml.YamlList;
import org.drplan.yaml.YamlMap;
import org.drplan.yaml.YamlReader;
import org.drplan.yaml.YamlScalar;
import org.drplan.yaml.YamlValue;

/**
 * Reads {@code team.yml} at the content root: the roles (contact cards, {@code [[@role-id]]}, owners), the bridge and
 * the escalation ladder, and checks what a reader in an outage depends on. Errors: a role id given twice, an
 * {@code alternate} or escalation role that is not a role. Warnings: a role nobody can reach (no phone, no e-mail),
 * a role with no alternate, a key drplan does not know (most likely a misspelt one).
 */
public final class TeamFileReader {

    public static final String FILE_NAME = "team.yml";

    private static final List<String> FILE_KEYS = List.of("roles", "bridge", "escalation", "restricted");
    private static final List<String> ROLE_KEYS =
            List.of("id", "title", "name", "organisation", "location", "phone", "email", "alternate", "restricted");
    private static final List<String> BRIDGE_KEYS =
            List.of("dial_in", "access_code", "chat_channel", "video_url", "fallback", "restricted");
    private static final List<String> LEVEL_KEYS = List.of("level", "after", "who", "when", "how");
    private static final String DURATION = "a duration such as 30m, 4h, 1h30m, 2d or PT4H";
    /** One address: a local part, {@code @}, a domain with a dot; no spaces, brackets or separators of a list. */
    private static final String ADDRESS_CHAR = "[^@\\s<>\"',;:()\\[\\]]+";
    private static final Pattern EMAIL =
            Pattern.compile(ADDRESS_CHAR + "@" + ADDRESS_CHAR + "\\." + ADDRESS_CHAR);

    private final YamlReader yaml;

    public TeamFileReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** What the file says, or empty when the plan has no {@code team.yml} (then role ids cannot be checked). */
    public Optional<TeamFile> read(Path contentDirectory, Diagnostics diagnostics) {
        Path file = contentDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            diagnostics.error(file, 0, 0, "cannot read file: " + ContentScanner.describe(e));
            return Optional.of(TeamFile.EMPTY);
        }
        Optional<YamlMap> map = yaml.readMapping(text, file, 1, diagnostics);
        if (map.isEmpty()) {
            return Optional.of(TeamFile.EMPTY);
        }
        YamlFields fields = new YamlFields(map.get(), file, diagnostics);
        fields.warnUnknownKeys(FILE_KEYS, "team.yml");
        List<YamlMap> roleMaps = fields.mappings("roles");
        Set<String> restrictedForAll = restricted(fields, Role.RESTRICTABLE, "of every role");
        List<Role> roles = roles(roleMaps, restrictedForAll, file, diagnostics);
        Bridge bridge = fields.mapping("bridge").map(b -> bridge(new YamlFields(b, file, diagnostics))).orElse(null);
        List<EscalationLevel> escalation = new ArrayList<>();
        for (YamlMap level : fields.mappings("escalation")) {
            escalation.add(level(new YamlFields(level, file, diagnostics), escalation.size() + 1, roles));
        }
        checkRoles(roleMaps, roles, new YamlFields(map.get(), file, diagnostics));
        return Optional.of(new TeamFile(roles, bridge, escalation, links(map.get(), file)));
    }

    /** The roles with an id, the first of each id; every field is read either way, so all wrong values are reported. */
    private static List<Role> roles(List<YamlMap> maps, Set<String> restrictedForAll, Path file,
                                    Diagnostics diagnostics) {
        List<Role> roles = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlMap map : maps) {
            YamlFields fields = new YamlFields(map, file, diagnostics);
            fields.warnUnknownKeys(ROLE_KEYS, "a role");
            Optional<String> id = fields.requiredText("id", "a role needs at least an 'id'");
            Set<String> restricted = new TreeSet<>(restrictedForAll);
            restricted.addAll(restricted(fields, Role.RESTRICTABLE, "of a role"));
            Role role = new Role(id.orElse(null), text(fields, "title"), text(fields, "name"),
                    text(fields, "organisation"), text(fields, "location"), phones(fields, "phone", null),
                    email(fields), text(fields, "alternate"), restricted);
            if (id.isEmpty()) {
                continue;
            }
            YamlValue idValue = map.find("id").map(YamlEntry::value).orElse(map);
            Integer first = firstLine.putIfAbsent(id.get(), idValue.line());
            if (first != null) {
                fields.error(idValue, "duplicate role id '" + id.get() + "' (first given on line " + first + ")");
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Alternates must be roles; a role must be reachable and have someone to stand in for it. */
    private static void checkRoles(List<YamlMap> maps, List<Role> roles, YamlFields file) {
        List<String> ids = roles.stream().map(Role::id).toList();
        for (YamlMap map : maps) {
            Optional<String> id = text(map, "id");
            if (id.isEmpty() || !ids.contains(id.get())) {
                continue;
            }
            Optional<YamlEntry> alternate = map.find("alternate");
            Optional<String> alternateId = text(map, "alternate");
            if (alternateId.isPresent() && alternateId.get().equals(id.get())) {
                file.error(alternate.get().value(), "role '" + id.get() + "' cannot be its own alternate");
            } else if (alternateId.isPresent() && !ids.contains(alternateId.get())) {
                file.error(alternate.get().value(), "alternate '" + alternateId.get() + "' is not a role of team.yml"
                        + hint(alternateId.get(), ids));
            } else if (alternateId.isEmpty()) {
                file.warning(map, "role '" + id.get() + "' has no alternate: nobody is named to stand in when it "
                        + "cannot be reached");
            }
            Role role = roles.get(ids.indexOf(id.get()));
            if (role.phones().isEmpty() && role.email() == null) {
                file.warning(map, "role '" + id.get() + "' has no phone and no email: a reader cannot reach it");
            }
        }
    }

    /** The URLs of the file with their places: the bridge's video link. */
    private static List<YamlLink> links(YamlMap map, Path file) {
        return map.find("bridge").map(YamlEntry::value).filter(b -> b instanceof YamlMap)
                .flatMap(bridge -> ((YamlMap) bridge).find("video_url")).map(YamlEntry::value)
                .filter(v -> v instanceof YamlScalar s && !s.isEmpty() && !s.text().isBlank())
                .map(v -> List.of(new YamlLink(file, "bridge.video_url", ((YamlScalar) v).text().trim(),
                        new SourcePosition(v.line(), v.column()))))
                .orElse(List.of());
    }

    private static Bridge bridge(YamlFields fields) {
        fields.warnUnknownKeys(BRIDGE_KEYS, "the bridge");
        String accessCode = text(fields, "access_code");
        return new Bridge(phones(fields, "dial_in", accessCode), accessCode, text(fields, "chat_channel"),
                text(fields, "video_url"), text(fields, "fallback"),
                restricted(fields, Bridge.RESTRICTABLE, "of the bridge"));
    }

    /**
     * The field keys {@code restricted} names, which a shareable bundle leaves out; a key that is not one of
     * {@code allowed} is an error at its place.
     */
    private static Set<String> restricted(YamlFields fields, List<String> allowed, String whose) {
        Set<String> keys = new TreeSet<>();
        for (YamlScalar item : fields.scalars("restricted")) {
            String key = item.text().trim();
            if (allowed.contains(key)) {
                keys.add(key);
            } else {
                fields.error(item, "'" + key + "' is not a field " + whose + " that 'restricted' can leave out: "
                        + "write " + String.join(", ", allowed) + hint(key, allowed));
            }
        }
        return keys;
    }

    /** The numbers of {@code key}, one or a list; each that cannot be dialled as written is an error at its place. */
    private static List<Phone> phones(YamlFields fields, String key, String accessCode) {
        List<Phone> phones = new ArrayList<>();
        for (YamlScalar number : fields.scalars(key)) {
            try {
                phones.add(Phone.parse(number.text(), accessCode));
            } catch (IllegalArgumentException e) {
                fields.error(number, key + " " + e.getMessage());
            }
        }
        return phones;
    }

    /** The e-mail address; a value that is not one is an error at its place (a mailto: link to nobody). */
    private static String email(YamlFields fields) {
        Optional<String> email = fields.text("email");
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            fields.map().find("email").ifPresent(entry -> fields.error(entry.value(), "email '" + email.get()
                    + "' is not an e-mail address: write one address, such as name@example.org"));
            return null;
        }
        return email.orElse(null);
    }

    /** One escalation level; its roles must be roles of the file. */
    private static EscalationLevel level(YamlFields fields, int place, List<Role> roles) {
        fields.warnUnknownKeys(LEVEL_KEYS, "an escalation level");
        int level = fields.integer("level").orElse(place);
        PlanDuration after = fields.value("after", PlanDuration::parse, DURATION).orElse(null);
        List<String> who = fields.list("who");
        List<String> ids = roles.stream().map(Role::id).toList();
        Optional<YamlValue> whoValue = fields.map().find("who").map(YamlEntry::value);
        if (who.isEmpty() && whoValue.isEmpty()) {
            fields.error(fields.map(), "an escalation level needs 'who': the role or roles it calls");
        }
        for (int i = 0; i < who.size(); i++) {
            if (!ids.contains(who.get(i))) {
                YamlValue at = whoValue.get() instanceof YamlList list ? list.items().get(i) : whoValue.get();
                fields.error(at, "escalation role '" + who.get(i) + "' is not a role of team.yml"
                        + hint(who.get(i), ids));
            }
        }
        return new EscalationLevel(level, after, who, text(fields, "when"), text(fields, "how"));
    }

    private static String hint(String wanted, List<String> ids) {
        return Suggestions.closest(wanted, ids).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static String text(YamlFields fields, String key) {
        return fields.text(key).orElse(null);
    }

    /** A text value as written, without reporting anything (the fields were read, and reported, already). */
    private static Optional<String> text(YamlMap map, String key) {
        return map.find(key).map(YamlEntry::value)
                .filter(v -> v instanceof YamlScalar s && !s.isEmpty() && !s.text().isBlank())
                .map(v -> ((YamlScalar) v).text().trim());
    }
}

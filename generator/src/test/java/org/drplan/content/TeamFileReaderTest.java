package org.drplan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamFileReaderTest {

    @TempDir
    Path content;

    private final Diagnostics diagnostics = new Diagnostics(false);

    private Optional<List<Role>> read(String teamYml) throws IOException {
        Files.writeString(content.resolve("team.yml"), teamYml);
        return new TeamFileReader(new YamlReader()).read(content, diagnostics);
    }

    private List<String> problems() {
        return diagnostics.problems().stream().map(p -> p.format(content)).toList();
    }

    @Test
    void readsEveryFieldOfARoleAsWritten() throws IOException {
        List<Role> roles = read("""
                roles:
                  - id: dba-lead
                    title: Database lead
                    name: Ana Silva
                    organisation: Harbourline
                    location: Site B
                    phone: 0301 5550123
                    email: ana@example.com
                    alternate: incident-commander
                  - id: incident-commander
                    phone: 5550140
                """).orElseThrow();
        assertEquals(List.of(
                new Role("dba-lead", "Database lead", "Ana Silva", "Harbourline", "Site B", "0301 5550123",
                        "ana@example.com", "incident-commander"),
                new Role("incident-commander", null, null, null, null, "5550140", null, null)), roles);
        assertEquals(List.of(), problems());
    }

    @Test
    void noTeamFileMeansRolesCannotBeChecked() {
        assertEquals(Optional.empty(), new TeamFileReader(new YamlReader()).read(content, diagnostics));
    }

    @Test
    void aRoleWithAWrongValueIsKeptWithoutItSoItsCrossReferencesStillResolve() throws IOException {
        List<Role> roles = read("roles:\n  - id: dba-lead\n    phone: [1, 2]\n").orElseThrow();
        assertEquals(List.of(new Role("dba-lead", null, null, null, null, null, null, null)), roles);
        assertEquals(List.of("team.yml:3:12: error: 'phone' must be text, not a list"), problems());
    }

    @Test
    void aRoleWithoutIdIsAnErrorAtTheRole() throws IOException {
        assertEquals(List.of(), read("roles:\n  - title: Comms lead\n  - id: ''\n").orElseThrow());
        assertEquals(List.of(
                "team.yml:2:5: error: a role needs at least an 'id'",
                "team.yml:3:5: error: a role needs at least an 'id'"), problems());
    }

    @Test
    void aFieldGivenTwiceInARoleWarnsAndTheLastValueWins() throws IOException {
        List<Role> roles = read("roles:\n  - id: a\n    name: First\n    name: Second\n").orElseThrow();
        assertEquals("Second", roles.get(0).name());
        assertEquals(List.of(
                "team.yml:4:5: warning: key 'name' given twice (lines 3 and 4); the last value wins"), problems());
    }

    @Test
    void aFileWithoutRolesHasNone() throws IOException {
        assertEquals(Optional.of(List.of()), read("bridge: +1 555 0100\n"));
        assertEquals(List.of(), problems());
    }
}

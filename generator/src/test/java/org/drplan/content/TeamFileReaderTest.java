package org.drplan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.drplan.config.PlanDuration;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamFileReaderTest {

    @TempDir
    Path content;

    private final Diagnostics diagnostics = new Diagnostics(false);

    private TeamFile read(String teamYml) throws IOException {
        Files.writeString(content.resolve("team.yml"), teamYml);
        return new TeamFileReader(new YamlReader()).read(content, diagnostics).orElseThrow();
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
                    alternate: dba-lead
                """).roles();
        assertEquals(List.of(
                new Role("dba-lead", "Database lead", "Ana Silva", "Harbourline", "Site B",
                        List.of(new Phone("0301 5550123", "tel:03015550123")), "ana@example.com",
                        "incident-commander"),
                new Role("incident-commander", null, null, null, null, List.of(new Phone("5550140", "tel:5550140")),
                        null, "dba-lead")), roles);
        assertEquals(List.of(), problems());
    }

    @Test
    void noTeamFileMeansRolesCannotBeChecked() {
        assertEquals(Optional.empty(), new TeamFileReader(new YamlReader()).read(content, diagnostics));
    }

    @Test
    void aRoleWithAWrongValueIsKeptWithoutItSoItsCrossReferencesStillResolve() throws IOException {
        List<Role> roles = read("roles:\n  - id: dba-lead\n    phone: {a: 1}\n    email: a@b.c\n    alternate: x\n"
                + "  - id: x\n    email: x@b.c\n    alternate: dba-lead\n").roles();
        assertEquals(new Role("dba-lead", null, null, null, null, List.of(), "a@b.c", "x"), roles.get(0));
        assertEquals(List.of("team.yml:3:12: error: 'phone' must be a list, not a mapping"), problems());
    }

    @Test
    void aRoleWithoutIdIsAnErrorAtTheRole() throws IOException {
        assertEquals(List.of(), read("roles:\n  - title: Comms lead\n  - id: ''\n").roles());
        assertEquals(List.of(
                "team.yml:2:5: error: a role needs at least an 'id'",
                "team.yml:3:5: error: a role needs at least an 'id'"), problems());
    }

    @Test
    void aFieldGivenTwiceInARoleWarnsAndTheLastValueWins() throws IOException {
        List<Role> roles = read("roles:\n  - id: a\n    phone: '101'\n    alternate: a2\n    name: First\n"
                + "    name: Second\n  - id: a2\n    phone: '102'\n    alternate: a\n").roles();
        assertEquals("Second", roles.get(0).name());
        assertEquals(List.of(
                "team.yml:6:5: warning: key 'name' given twice (lines 5 and 6); the last value wins"), problems());
    }

    @Test
    void aDuplicateRoleIdIsAnErrorAtTheSecondAndTheFirstWins() throws IOException {
        List<Role> roles = read("""
                roles:
                  - id: dba
                    phone: "101"
                    alternate: ic
                  - id: ic
                    phone: "102"
                    alternate: dba
                  - id: dba
                    phone: "103"
                    alternate: ic
                """).roles();
        assertEquals(List.of("101", "102"), roles.stream().map(Role::phone).toList());
        assertEquals(List.of("team.yml:8:9: error: duplicate role id 'dba' (first given on line 2)"), problems());
    }

    @Test
    void anAlternateMustBeAnotherRole() throws IOException {
        read("""
                roles:
                  - id: dba-lead
                    phone: "101"
                    alternate: incident-comander
                  - id: incident-commander
                    phone: "102"
                    alternate: incident-commander
                """);
        assertEquals(List.of(
                "team.yml:4:16: error: alternate 'incident-comander' is not a role of team.yml "
                        + "(did you mean 'incident-commander'?)",
                "team.yml:7:16: error: role 'incident-commander' cannot be its own alternate"), problems());
    }

    @Test
    void aRoleNobodyCanReachOrStandInForIsWarnedAbout() throws IOException {
        read("roles:\n  - id: lonely\n    name: Sam\n");
        assertEquals(List.of(
                "team.yml:2:5: warning: role 'lonely' has no alternate: nobody is named to stand in when it cannot "
                        + "be reached",
                "team.yml:2:5: warning: role 'lonely' has no phone and no email: a reader cannot reach it"),
                problems());
    }

    @Test
    void aMisspeltKeyIsWarnedAboutWithTheKeyItMostLikelyMeant() throws IOException {
        read("""
                roles:
                  - id: a
                    phnoe: "1"
                    email: a@example.com
                    alternate: a2
                  - id: a2
                    email: b@example.com
                    alternate: a
                brigde: {}
                """);
        assertEquals(List.of(
                "team.yml:3:5: warning: unknown key 'phnoe' in a role (did you mean 'phone'?)",
                "team.yml:9:1: warning: unknown key 'brigde' in team.yml (did you mean 'bridge'?)"), problems());
    }

    @Test
    void readsTheBridgeWithEveryDialInNumberAndItsAccessCode() throws IOException {
        Bridge bridge = read("""
                bridge:
                  dial_in: ["+1 555 0199", "+44 (0)20 5550 0199"]
                  access_code: "482913#"
                  chat_channel: "#dr-bridge"
                  video_url: https://bridge.example.com/dr
                  fallback: Call the Incident Commander's mobile.
                  pin: "1234"
                """).bridge();
        assertEquals(new Bridge(List.of(new Phone("+1 555 0199", "tel:+15550199,482913%23"),
                new Phone("+44 (0)20 5550 0199", "tel:+442055500199,482913%23")), "482913#", "#dr-bridge",
                "https://bridge.example.com/dr", "Call the Incident Commander's mobile."), bridge);
        assertEquals(List.of("team.yml:7:3: warning: unknown key 'pin' in the bridge: known keys are dial_in, "
                + "access_code, chat_channel, video_url, fallback, restricted"), problems());
    }

    @Test
    void readsTheEscalationLadderInOrderAndChecksItsRoles() throws IOException {
        TeamFile team = read("""
                roles:
                  - id: duty
                    phone: "101"
                    alternate: ic
                  - id: ic
                    phone: "102"
                    alternate: duty
                escalation:
                  - after: 0m
                    who: duty
                    how: page
                  - level: 5
                    after: 30m
                    who: [ic, cio]
                    when: Not fixed after 30 minutes
                  - after: soon
                    who: duyt
                  - how: nobody
                """);
        List<EscalationLevel> ladder = team.escalation();
        assertEquals(new EscalationLevel(1, PlanDuration.parse("0m").orElseThrow(), List.of("duty"), null, "page"),
                ladder.get(0));
        assertEquals(5, ladder.get(1).level());
        assertEquals(List.of("ic", "cio"), ladder.get(1).roles());
        assertEquals("Not fixed after 30 minutes", ladder.get(1).when());
        assertEquals(3, ladder.get(2).level(), "a level without a number is numbered by its place");
        assertNull(ladder.get(2).after());
        assertEquals(List.of(
                "team.yml:14:15: error: escalation role 'cio' is not a role of team.yml (did you mean 'ic'?)",
                "team.yml:16:12: error: invalid after 'soon': expected a duration such as 30m, 4h, 1h30m, 2d or PT4H",
                "team.yml:17:10: error: escalation role 'duyt' is not a role of team.yml (did you mean 'duty'?)",
                "team.yml:18:5: error: an escalation level needs 'who': the role or roles it calls"), problems());
    }

    @Test
    void aFileWithoutRolesHasNone() throws IOException {
        assertEquals(List.of(), read("bridge:\n  dial_in: +1 555 0100\n").roles());
        assertEquals(List.of(), problems());
    }

    @Test
    void aRoleMayHaveSeveralNumbersAndEachThatCannotBeDialledIsAnErrorAtItsPlace() throws IOException {
        List<Role> roles = read("""
                roles:
                  - id: dba-lead
                    phone: ["+1 555 0140 ext. 12", "+1 555 0199 (mobile)"]
                    email: ana@example.com
                    alternate: ic
                  - id: ic
                    phone: +1 555 0140 / +1 555 0141
                    email: "ana@example.com, bo@example.com"
                    alternate: dba-lead
                  - id: msp
                    phone: "-"
                    email: msp@example.com
                    alternate: ic
                """).roles();
        assertEquals(List.of("tel:+15550140;ext=12", "tel:+15550199"),
                roles.get(0).phones().stream().map(Phone::url).toList());
        assertEquals(List.of(
                "team.yml:6:5: warning: role 'ic' has no phone and no email: a reader cannot reach it",
                "team.yml:7:12: error: phone '+1 555 0140 / +1 555 0141' holds more than one number: write one "
                        + "number per field; use 'alternate' (another role) or a list (phone: [\"+1 555 0140\", "
                        + "\"+1 555 0199\"])",
                "team.yml:8:12: error: email 'ana@example.com, bo@example.com' is not an e-mail address: write one "
                        + "address, such as name@example.org",
                "team.yml:11:12: error: phone '-' has no digits to dial: write the number, such as +1 555 0140, or "
                        + "leave the field out"), problems());
    }

    @Test
    void aDialInNumberThatCannotBeDialledIsAnErrorAtItsItem() throws IOException {
        Bridge bridge = read("bridge:\n  dial_in:\n    - +1 555 0199\n    - call the desk\n").bridge();
        assertEquals(List.of("tel:+15550199"), bridge.dialIn().stream().map(Phone::url).toList());
        assertEquals(List.of("team.yml:4:7: error: dial_in 'call the desk' has no digits to dial: write the number, "
                + "such as +1 555 0140, or leave the field out"), problems());
    }
}

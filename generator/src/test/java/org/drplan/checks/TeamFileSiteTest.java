package org.drplan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.drplan.config.LinkCheck;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error and warning the team file can give, each in a tiny site: the exact message at its file, line and
 * column in {@code content/team.yml}, and under {@code strict} every warning the same line as an error.
 */
class TeamFileSiteTest {

    /** A team section and a team file whose roles are complete; each case swaps in its own roles. */
    private static String site(String teamYml) {
        return """
                -- content/team.md --
                ---
                type: team
                ---
                # Team
                -- content/team.yml --
                """ + teamYml;
    }

    private static final String GOOD_ROLES = """
            roles:
              - id: ic
                title: Incident Commander
                phone: +1 555 0140
                alternate: dba
              - id: dba
                title: Database lead
                email: dba@example.com
                alternate: ic
            """;

    record Case(String name, String teamYml, boolean fails, List<String> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("duplicate role id", GOOD_ROLES + """
                          - id: ic
                            title: Second commander
                            phone: +1 555 0141
                            alternate: dba
                        """, true, List.of("content/team.yml:10:9: error: duplicate role id 'ic' (first given on "
                        + "line 2)")),
                new Case("alternate that is not a role", GOOD_ROLES.replace("alternate: dba", "alternate: dbb"), true,
                        List.of("content/team.yml:5:16: error: alternate 'dbb' is not a role of team.yml (did you "
                                + "mean 'dba'?)")),
                new Case("own alternate", GOOD_ROLES.replace("alternate: dba", "alternate: ic"), true,
                        List.of("content/team.yml:5:16: error: role 'ic' cannot be its own alternate")),
                new Case("escalation role that is not a role", GOOD_ROLES + """
                        escalation:
                          - after: 15m
                            who: [dba, icc]
                        """, true, List.of("content/team.yml:12:16: error: escalation role 'icc' is not a role "
                        + "of team.yml (did you mean 'ic'?)")),
                new Case("escalation level without who", GOOD_ROLES + """
                        escalation:
                          - after: 15m
                            how: Page them
                        """, true, List.of("content/team.yml:11:5: error: an escalation level needs 'who': the role "
                        + "or roles it calls")),
                new Case("escalation after that is no duration", GOOD_ROLES + """
                        escalation:
                          - after: soon
                            who: dba
                        """, true, List.of("content/team.yml:11:12: error: invalid after 'soon': expected a "
                        + "duration such as 30m, 4h, 1h30m, 2d or PT4H")),
                new Case("role without alternate", GOOD_ROLES.replace("    alternate: dba\n", ""), false,
                        List.of("content/team.yml:2:5: warning: role 'ic' has no alternate: nobody is named to stand "
                                + "in when it cannot be reached")),
                new Case("role nobody can reach", GOOD_ROLES.replace("    email: dba@example.com\n", ""), false,
                        List.of("content/team.yml:6:5: warning: role 'dba' has no phone and no email: a reader "
                                + "cannot reach it")),
                new Case("unknown key in a role", GOOD_ROLES.replace("phone: +1", "phnoe: +1").replace(
                        "    alternate: dba\n", "    alternate: dba\n    phone: +1 555 0140\n"), false,
                        List.of("content/team.yml:4:5: warning: unknown key 'phnoe' in a role (did you mean "
                                + "'phone'?)")),
                new Case("unknown key in the bridge", GOOD_ROLES + """
                        bridge:
                          dial_in: +1 555 0199
                          acces_code: "4829#"
                        """, false, List.of("content/team.yml:12:3: warning: unknown key 'acces_code' in the bridge "
                        + "(did you mean 'access_code'?)")),
                new Case("phone with an extension and a second number", GOOD_ROLES.replace("phone: +1 555 0140",
                        "phone: +1 555 0140 x12 or +1 555 0141"), true, List.of("content/team.yml:2:5: warning: role 'ic' "
                        + "has no phone and no email: a reader cannot reach it", "content/team.yml:4:12: error: "
                        + "phone '+1 555 0140 x12 or +1 555 0141' holds more than one number: write one number per "
                        + "field; use 'alternate' (another role) or a list (phone: [\"+1 555 0140\", "
                        + "\"+1 555 0199\"])")),
                new Case("video link that runs a script", GOOD_ROLES + """
                        bridge:
                          video_url: "javascript:alert('the bridge')"
                        """, true, List.of("content/team.yml:11:14: error: bridge.video_url: link "
                        + "'javascript:alert('the bridge')' would run a script; drplan does not publish scripting "
                        + "URLs")),
                new Case("video link without its scheme", GOOD_ROLES + """
                        bridge:
                          video_url: meet.example.com/dr
                        """, true, List.of("content/team.yml:11:14: error: bridge.video_url: link target "
                        + "'meet.example.com/dr' not found (did you mean 'https://meet.example.com/dr'?)")),
                new Case("video link to a file of the plan", GOOD_ROLES + """
                        bridge:
                          video_url: team.md
                        """, true, List.of("content/team.yml:11:14: error: bridge.video_url 'team.md' must be an "
                        + "address outside the bundle, such as https://meet.example.com/dr")),
                new Case("video link with a mistyped scheme", GOOD_ROLES + """
                        bridge:
                          video_url: htps://meet.example.com/dr
                        """, false, List.of("content/team.yml:11:14: warning: bridge.video_url "
                        + "'htps://meet.example.com/dr' has the unknown scheme 'htps:' (did you mean 'https:'?)")),
                new Case("unknown key in the team file", GOOD_ROLES + """
                        escalaton:
                          - who: dba
                        """, false, List.of("content/team.yml:10:1: warning: unknown key 'escalaton' in team.yml "
                        + "(did you mean 'escalation'?)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachProblemAtItsPlace(Case c) {
        TestSite site = TestSite.build(site(c.teamYml()));
        if (c.fails()) {
            site.assertFailed();
        } else {
            site.assertSucceeded();
        }
        site.assertProblemsBesidesPlanOutline(c.problems().toArray(String[]::new));
    }

    @Test
    void underLinkCheckWarnAVideoLinkThatLeadsNowhereIsShownAsTextNotLinked() {
        TestSite site = TestSite.build(site(GOOD_ROLES + """
                bridge:
                  video_url: "javascript:alert(1)"
                """), b -> b.linkCheck(LinkCheck.WARN)).assertSucceeded();
        site.assertProblemsBesidesPlanOutline("content/team.yml:11:14: warning: bridge.video_url: link "
                + "'javascript:alert(1)' would run a script; drplan does not publish scripting URLs");
        assertEquals(List.of(), site.assertFile("team.html").html().select("a[href^=javascript]").eachAttr("href"));
        assertEquals("javascript:alert(1)", site.assertFile("team.html").html().select(".bridge-facts .broken-link")
                .text());
    }

    @Test
    void aGoodVideoLinkIsLinked() {
        TestSite site = TestSite.build(site(GOOD_ROLES + """
                bridge:
                  video_url: https://meet.example.com/dr
                """)).assertSucceeded();
        assertEquals(List.of("https://meet.example.com/dr"), site.assertFile("team.html").html()
                .select(".bridge-facts a[href^=https]").eachAttr("href"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strictMakesEachWarningAnError(Case c) {
        if (c.fails()) {
            return;
        }
        TestSite strict = TestSite.build(site(c.teamYml()), b -> b.strict(true)).assertFailed();
        strict.assertProblemsBesidesPlanOutline(c.problems().stream()
                .map(p -> p.replace(": warning: ", ": error: ")).toArray(String[]::new));
        assertFalse(strict.problems().stream().anyMatch(p -> p.contains(": warning: ")), strict.problems()
                .toString());
        assertEquals(1, c.problems().size());
    }
}

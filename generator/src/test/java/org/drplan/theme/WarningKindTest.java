package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The overview counts the build's warnings by kind, the plan checks' kinds by name rather than as "other". */
class WarningKindTest {

    @Test
    void planCheckWarningsAreCountedByTheirKind() {
        List<WarningKind> kinds = WarningKind.of(List.of(
                "content/a.md:3:11: warning: review overdue by 35 days on the build date 2026-01-02: reviewed 2025-06-01, due 2025-11-28 "
                        + "(review interval 180d)",
                "content/b.md:3:11: warning: review overdue by 2 days on the build date 2025-11-30: reviewed 2025-06-01, due 2025-11-28 "
                        + "(review interval 180d)",
                "content/c.md:3:11: warning: reviewed 2026-03-01 is in the future (the build date is 2026-01-02)",
                "content/v.md:5:3: warning: 'validation' does not answer 'security' (Security)",
                "content/r.md:2:7: warning: return to normal operation never mentions synchronising data back to "
                        + "production",
                "content/team.yml:2:5: warning: role 'ic' has no alternate: nobody is named to stand in",
                "content/s.md:2:19: warning: the PDF's fonts have no glyph for '東' (U+6771): it prints as an "
                        + "empty box in plan.pdf",
                "content/x.md:1:1: warning: something else entirely"));
        assertEquals(List.of(new WarningKind("sections overdue for review", 2),
                new WarningKind("review date in the future", 1), new WarningKind("testing question unanswered", 1),
                new WarningKind("return-to-normal warning", 1),
                new WarningKind("team role without contact or alternate", 1),
                new WarningKind("character the PDF cannot print", 1), new WarningKind("other warning", 1)), kinds);
    }
}

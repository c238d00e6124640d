package org.drplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.drplan.testing.TestPlan;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static String text(String markdown) {
        TestPlan plan = MarkdownSpecTest.plan(markdown);
        var section = plan.section("procedures/restore-db");
        return PlainText.of(section.parsed().document(), section.links()::xrefText,
                node -> section.parsed().rawHtml(node).map(RawHtml::text).orElse(""));
    }

    @Test
    void readsAsThePageShowsIt() {
        assertEquals("Warning Do not restore over the only copy. Run pg_ctl promote now: "
                        + "echo \"$1==\\\"x\\\"\" Call Incident Commander, Maren Okafor or see Fail over DNS . "
                        + "host role db01 primary Where? Here.",
                text("""
                        !!! warning
                            Do not restore over the only copy.

                        Run `pg_ctl promote` now:

                            echo "$1==\\"x\\""

                        Call [[@incident-commander]] or see [[failover-dns]] ![map](../images/topology.svg).

                        | host | role |
                        |---|---|
                        | db01 | primary |

                        <details><summary>Where?</summary>

                        Here.

                        </details>
                        """));
    }
}

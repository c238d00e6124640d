package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drplan.testing.TestSite;
import org.graalvm.polyglot.Context;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** report.html carries what its script needs of the plan, as JSON that no step's text can break out of. */
class ReportPageTest {

    @Test
    void theReportCarriesSectionsAndStepsWithTheirEstimatesInMinutes() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                rto: 4h
                ---
                Scope.
                -- content/procedures/a.md --
                ---
                title: First
                type: procedure
                rto: 1h30m
                ---
                - [ ] Stop the app {~1h30m}
                  - [ ] Milestone: stopped
                - [ ] Close `</script><script>alert(1)</script>` & "quote" {#close}
                -- content/procedures/b.md --
                ---
                title: Second
                type: procedure
                estimate: 2h
                requires: [procedures/a]
                ---
                Nothing to tick.
                """).assertSucceeded();
        Element data = site.assertFile("report.html").html().getElementById("report-plan");
        assertEquals(1, site.assertFile("report.html").html().select("script").stream()
                .filter(s -> s.html().contains("alert(1)")).count(), "the step's text stays inside the data element");
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            js.getBindings("js").putMember("text", data.data());
            String summary = js.eval("js", """
                    var p = JSON.parse(text);
                    [p.rto, p.rtoText, p.estimate.total, p.estimate.path.join('>'),
                     p.sections.map(function (s) { return s.id + ':' + s.rto + ':' + s.estimate + ':' + s.finish
                       + ':' + s.requires.join('+'); }).join(' '),
                     p.steps.map(function (s) { return s.number + ' ' + s.kind + ' ' + s.estimate; }).join(', '),
                     p.steps[2].id, p.steps[2].text].join(' | ')""").asString();
            assertEquals("240 | 4h | 210 | procedures/a>procedures/b | scope:240:null:0: "
                    + "procedures/a:90:90:90: procedures/b:null:120:210:procedures/a | "
                    + "2.1.1 step 90, 2.1.1.1 milestone null, 2.1.2 step null | procedures/a/close | "
                    + "Close </script><script>alert(1)</script> & \"quote\"", summary);
        }
        assertTrue(site.assertFile("report.html").text().contains("After-action report"));
        assertEquals(List.of("report.html"), site.assertFile("checklist.html").html()
                .select("a[href=report.html]").eachAttr("href"), "the checklist page links to the report");
    }
}

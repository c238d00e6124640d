package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checklist's core (assets/checklist-core.js) on its own, in GraalJS: it has no DOM and no storage, so the
 * rules of the execution log are checked here exactly, and the browser tests only check the wiring.
 */
class ChecklistCoreTest {

    private static Context js;

    @BeforeAll
    static void load() throws IOException {
        js = Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false").build();
        try (InputStream in = ChecklistCoreTest.class.getClassLoader()
                .getResourceAsStream("drplan/theme/assets/checklist-core.js")) {
            js.eval("js", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        js.eval("js", """
                var core = drplanChecklistCore;
                function ev(t, step, action, more) {
                  var e = {t: '2026-11-25T10:' + t + ':00.000Z', local: '', step: step, action: action, initials: ''};
                  for (var k in more || {}) { e[k] = more[k]; }
                  return e;
                }
                function brief(events) {
                  return events.map(function (e) { return e.t.substring(14, 16) + ' ' + e.step + ' ' + e.action; }).join('; ');
                }
                """);
    }

    @AfterAll
    static void close() {
        js.close();
    }

    private static String eval(String expression) {
        return js.eval("js", expression).toString();
    }

    @Test
    void aStepIsDoneWhenItsLastTickOrUntickIsATick() {
        assertEquals("a,c", eval("""
                Object.keys(core.doneSteps([
                  ev('01', 'a', 'tick'), ev('02', 'b', 'tick'), ev('03', 'b', 'untick'),
                  ev('04', 'c', 'tick'), ev('05', 'c', 'untick'), ev('06', 'c', 'tick'), ev('07', 'a', 'note', {note: 'n'})
                ])).sort().join()"""));
        assertEquals("second", eval("""
                core.notes([ev('01', 'a', 'note', {note: 'first'}), ev('02', 'a', 'note', {note: 'second'})]).a"""));
    }

    @Test
    void aDecisionsAnswerIsItsLastDecideEventAndSurvivesTheCsvExport() {
        assertEquals("d1=yes d2=no", eval("""
                var chosen = core.decisions([ev('01', 'd1', 'decide', {answer: 'no'}), ev('02', 'd2', 'decide', {answer: 'no'}),
                  ev('03', 'd1', 'decide', {answer: 'yes'}), ev('04', 'd1', 'tick'), ev('05', 'd2', 'decide')]);
                Object.keys(chosen).sort().map(function (k) { return k + '=' + chosen[k].answer; }).join(' ')"""));
        assertEquals("decide yes AB", eval("""
                var e = core.newEvent({step: 'd1', action: 'decide', answer: 'yes', initials: 'AB', text: 'Up? \u2014 Yes'},
                  new Date(Date.UTC(2026, 10, 25, 10, 1)));
                var back = core.parseLog(core.toCsv([e], {plan: 'p', version: '1', build: 'b', mode: 'exercise'}))[0];
                back.action + ' ' + back.answer + ' ' + back.initials"""));
    }

    @Test
    void mergeAddsNewEventsInTimeOrderSkipsDuplicatesAndMalformedOnesAndChangesNeitherInput() {
        assertEquals("01 a tick; 02 b tick; 03 a untick | added 02 b tick | inputs 2, 4", eval("""
                var mine = [ev('01', 'a', 'tick'), ev('03', 'a', 'untick')];
                var theirs = [ev('03', 'a', 'untick'), ev('02', 'b', 'tick'), {t: '', step: 'x', action: 'tick'}, null];
                var merged = core.merge(mine, theirs);
                brief(merged.events) + ' | added ' + brief(merged.added) + ' | inputs ' + mine.length + ', ' + theirs.length"""));
        assertEquals("2", eval("""
                core.merge([ev('01', 'a', 'note', {note: 'x'})], [ev('01', 'a', 'note', {note: 'y'})]).events.length"""),
                "the same time and step with another note is another event");
    }

    @Test
    void csvExportParsesBackToTheSameEvents() {
        String csv = eval("""
                core.toCsv([ev('01', 'a', 'tick', {initials: 'MK', number: '5.3.1', build: 'b0',
                                                   text: 'Say "stop", then\\nwait'}),
                            ev('02', 'a', 'note', {note: 'done, finally'})],
                           {plan: 'p', version: '1.0', build: 'b1', mode: 'incident',
                            numberOf: function (step) { return step === 'a' ? '5.3.7' : ''; }})""");
        assertEquals("time_local,time_utc,plan,version,build,mode,step,step_number,action,initials,note,text,answer\r\n"
                + ",2026-11-25T10:01:00.000Z,p,1.0,b0,incident,a,5.3.1,tick,MK,,\"Say \"\"stop\"\", then\nwait\",\r\n"
                + ",2026-11-25T10:02:00.000Z,p,1.0,b1,incident,a,5.3.7,note,,\"done, finally\",,\r\n", csv,
                "an event keeps the number and build it was recorded with; one recorded without gets the page's");
        js.getBindings("js").putMember("csvText", csv);
        assertEquals("[{\"t\":\"2026-11-25T10:01:00.000Z\",\"local\":\"\",\"step\":\"a\",\"action\":\"tick\","
                + "\"initials\":\"MK\",\"number\":\"5.3.1\",\"build\":\"b0\",\"text\":\"Say \\\"stop\\\", then\\nwait\"},"
                + "{\"t\":\"2026-11-25T10:02:00.000Z\",\"local\":\"\",\"step\":\"a\",\"action\":\"note\","
                + "\"initials\":\"\",\"note\":\"done, finally\",\"number\":\"5.3.7\",\"build\":\"b1\","
                + "\"text\":\"\"}]",
                eval("JSON.stringify(core.parseLog('\\uFEFF' + csvText))"));
    }

    @Test
    void jsonExportParsesBackAndAnythingElseIsRefusedWithAReason() {
        assertEquals("01 a tick", eval("""
                brief(core.parseLog(core.toJson({format: 1, plan: 'p', version: '1', mode: 'exercise',
                                                 events: [ev('01', 'a', 'tick')]})))"""));
        assertTrue(parseError("{\"events\": 3}").startsWith("Error: not a drplan execution log"));
        assertTrue(parseError("{\"events\": [").startsWith("Error: not a drplan execution log ("));
        assertTrue(parseError("name,phone\nAnn,123").startsWith(
                "Error: not a drplan execution log (a CSV log starts with the columns time_local,time_utc,"));
    }

    private static String parseError(String text) {
        js.getBindings("js").putMember("logText", text);
        return assertThrows(PolyglotException.class, () -> eval("core.parseLog(logText)")).getMessage();
    }

    @Test
    void aStoredRecordIsReadEmptyOrRecognisedAsDamaged() {
        assertEquals("empty", eval("core.readRecord(null, 'empty')"));
        assertEquals("1", eval("core.readRecord('{\"events\": [{}]}', null).events.length"));
        assertEquals("null,null,null", eval("""
                [core.readRecord('{"events": [broken', 'empty'), core.readRecord('{"events": {}}', 'empty'),
                 core.readRecord('null', 'empty')].map(String).join()"""));
    }

    @Test
    void aNewEventCarriesUtcAndLocalTimeWithTheOffset() {
        assertEquals("2026-11-25T10:01:02.000Z tick MK", eval("""
                var e = core.newEvent({step: 'a', action: 'tick', initials: 'MK', text: 'A'}, new Date(Date.UTC(2026, 10, 25, 10, 1, 2)));
                e.t + ' ' + e.action + ' ' + e.initials"""));
        assertTrue(eval("core.localIso(new Date(Date.UTC(2026, 10, 25, 10, 1, 2)))")
                .matches("2026-11-2\\dT\\d\\d:\\d\\d:02[+-]\\d\\d:\\d\\d"));
    }

    @Test
    void storageKeysSeparatePlanVersionAndMode() {
        assertEquals("drplan/payroll/1.0/incident drplan/payroll/1.0/mode drplan/initials", eval("""
                core.keys.record('payroll', '1.0', 'incident') + ' ' + core.keys.mode('payroll', '1.0') + ' ' + core.keys.initials"""));
    }
}

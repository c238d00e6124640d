package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The after-action report's core (assets/report-core.js) in GraalJS, on a plan and logs whose figures are worked
 * out by hand here: A (20m) before B (30m) and C (10m), both before D (15m).
 */
class ReportCoreTest {

    private static Context js;

    @BeforeAll
    static void load() throws IOException {
        js = Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false").build();
        for (String script : new String[] {"checklist-core.js", "report-core.js"}) {
            try (InputStream in = ReportCoreTest.class.getClassLoader()
                    .getResourceAsStream("drplan/theme/assets/" + script)) {
                js.eval("js", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        js.eval("js", """
                var core = drplanReportCore;
                function section(id, requires, rto, estimate, finish) {
                  return {id: id, number: '5.' + id, title: 'Section ' + id, path: id + '.html', requires: requires,
                    rto: rto, rtoText: rto + 'm', estimate: estimate, finish: finish};
                }
                function step(id, sec, kind, estimate) {
                  return {id: sec + '/' + id, number: '5.' + sec + '.' + id, section: sec, text: 'Do ' + id,
                    kind: kind || 'step', estimate: estimate === undefined ? null : estimate};
                }
                var plan = {plan: 'p', title: 'P', version: '2.0', build: 'b', rto: 100, rtoText: '1h40m',
                  estimate: {total: 65, path: ['A', 'B', 'D']},
                  sections: [section('A', [], 30, 20, 20), section('B', ['A'], 60, 30, 50),
                    section('C', ['A'], 45, 10, 30), section('D', ['B', 'C'], 90, 15, 65)],
                  steps: [step('1', 'A', 'step', 5), step('2', 'A', 'step', 15), step('1', 'B'), step('2', 'B'),
                    step('1', 'C'), step('1', 'D', 'milestone'), step('2', 'D', 'notify')]};
                function ev(hhmm, step, action, initials, note) {
                  var e = {t: '2026-11-25T' + hhmm + ':00.000Z', local: '2026-11-25T' + hhmm + ':00+00:00',
                    step: step, action: action, initials: initials || 'MK', text: step};
                  if (note) { e.note = note; }
                  return e;
                }
                var exercise = {name: 'ex.json', plan: 'p', version: '2.0', mode: 'exercise', events: [
                  ev('10:00', 'A/1', 'tick'), ev('10:25', 'A/2', 'tick'), ev('10:30', 'C/1', 'tick'),
                  ev('10:31', 'C/1', 'untick'), ev('10:40', 'B/1', 'tick', 'JS'), ev('10:50', 'C/1', 'tick'),
                  ev('11:00', 'B/2', 'note', 'JS', 'waited for the DBA'), ev('11:35', 'B/2', 'tick', 'JS'),
                  ev('11:50', 'D/1', 'tick'), ev('10:10', 'old/gone', 'tick'),
                  ev('10:05', 'A/decision-go-on', 'decide', 'JS')]};
                var r = core.run(plan, [exercise], 'exercise');
                function s(id) { return r.sections.filter(function (x) { return x.section.id === id; })[0]; }
                function row(id) { return r.stepRows.filter(function (x) { return x.step.id === id; })[0]; }
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
    void theRunLastsFromTheFirstEventToTheLastAndIsNotFinishedWhileAStepIsOpen() {
        assertEquals("110 6 7 false 11", eval("[r.length, r.done, r.steps, r.finished, r.events].join(' ')"));
    }

    @Test
    void aSectionTakesFromWhenWhatItRequiresIsDoneToItsLastTick() {
        // A: from the start (10:00) to 10:25, over its 20m; B: from A done (10:25) to 11:35; C: from 10:25 to its last tick 10:50
        assertEquals("25 25 true false", eval("[s('A').took, s('A').doneAfter, s('A').overEstimate, s('A').overRto].join(' ')"));
        assertEquals("70 95 true true", eval("[s('B').took, s('B').doneAfter, s('B').overEstimate, s('B').overRto].join(' ')"));
        assertEquals("25 50 true true", eval("[s('C').took, s('C').doneAfter, s('C').overEstimate, s('C').overRto].join(' ')"));
        assertEquals("null 1 2 true", eval("[String(s('D').finished), s('D').done, s('D').steps, s('D').openPastRto].join(' ')"),
                "D is open at 110m, past its 90m RTO");
    }

    @Test
    void aStepTakesFromItsSectionsPreviousTickOrFromWhenTheSectionCouldStart() {
        assertEquals("0 25 15 55 25 15", eval("""
                ['A/1', 'A/2', 'B/1', 'B/2', 'C/1', 'D/1'].map(function (id) { return row(id).took; }).join(' ')"""));
        assertEquals("null false", eval("String(row('D/2').took) + ' ' + row('D/2').reopened"));
    }

    @Test
    void theCriticalPathAsItHappenedRunsBackFromTheSectionDoneLast() {
        assertEquals("A B", eval("r.criticalPath.map(function (x) { return x.section.id; }).join(' ')"));
    }

    @Test
    void keyMomentsNotesPeopleOpenAndRemovedStepsAreListed() {
        assertEquals("D/1 11:50; D/2 open", eval("""
                r.keyMoments.map(function (k) { return k.step.id + ' ' + (k.tick ? core.clock(k.tick).slice(11) : 'open'); })
                  .join('; ')"""));
        assertEquals("B/2 JS waited for the DBA 60", eval("""
                r.notes.map(function (n) { return [n.step.id, n.event.initials, n.event.note, n.tPlus].join(' '); }).join()"""));
        assertEquals("JS:2:1 MK:4:0", eval("""
                r.people.map(function (p) { return p.initials + ':' + p.ticks + ':' + p.notes; }).join(' ')"""));
        assertEquals("D/2", eval("r.open.map(function (o) { return o.step.id; }).join()"));
        assertEquals("old/gone:1", eval("r.removed.map(function (x) { return x.id + ':' + x.events; }).join()"),
                "a decision's answer is not a step gone from the plan");
        assertEquals("A/decision-go-on JS 5", eval("""
                r.decisions.map(function (d) { return [d.event.step, d.event.initials, d.tPlus].join(' '); }).join()"""));
    }

    @Test
    void exerciseAndIncidentLogsAreReportedApartAndLogsOfOneModeMerged() {
        assertEquals("exercise:12 incident:1", eval("""
                var again = {name: 'ex2.csv', plan: 'p', version: '2.0', mode: 'exercise',
                  events: exercise.events.concat([ev('11:55', 'D/2', 'tick', 'AB')])};
                var incident = {name: 'inc.json', plan: 'p', version: '2.0', mode: 'incident',
                  events: [ev('03:00', 'A/1', 'tick')]};
                core.report(plan, [incident, exercise, again]).map(function (x) { return x.mode + ':' + x.events; }).join(' ')"""));
    }

    @Test
    void aFinishedRunIsHeldAgainstThePlansRto() {
        assertEquals("true 115 true", eval("""
                var all = {name: 'all', mode: 'exercise', events: exercise.events.concat([ev('11:55', 'D/2', 'tick')])};
                var done = core.run(plan, [all], 'exercise');
                [done.finished, done.length, done.overRto].join(' ')"""));
    }

    @Test
    void aStartTheReaderGivesCountsTheRunFromThere() {
        assertEquals("120 35", eval("""
                var early = core.run(plan, [exercise], 'exercise', {start: Date.parse('2026-11-25T09:50:00Z')});
                [early.length, early.sections[0].took].join(' ')"""));
    }

    @Test
    void logsOfAnotherVersionOrPlanAreNamed() {
        String notes = eval("""
                core.run(plan, [{name: 'old.csv', plan: 'p', version: '1.0', events: []},
                  {name: 'other.json', plan: 'q', version: '2.0', events: []}], 'exercise').provenance.join('\\n')""");
        assertTrue(notes.contains("old.csv was kept with version 1.0 of the plan; this report is of version 2.0"), notes);
        assertTrue(notes.contains("other.json is a log of the plan \u201cq\u201d"), notes);
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertEquals("45m|1h 10m|1d 2h|<1m|0m|\u22122h", eval("""
                [45, 70, 26 * 60, 0.4, 0, -120].map(core.duration).join('|')"""));
    }

    @Test
    void theCsvHasARowPerRunSectionAndStep() {
        String csv = eval("core.toCsv(plan, [r])");
        String[] lines = csv.split("\r\n");
        assertEquals("mode,row,number,title,kind,status,done_local,done_utc,t_plus_min,took_min,estimate_min,rto_min,"
                + "over,initials,notes", lines[0]);
        assertEquals(1 + 1 + 4 + 7 + 1, lines.length);
        assertEquals("exercise,section,5.B,Section B,,done,,2026-11-25T11:35:00.000Z,95,70,30,60,yes,,2 of 2 steps done",
                lines[3]);
        assertEquals("exercise,step,5.B.2,Do 2,step,done,2026-11-25 11:35,2026-11-25T11:35:00.000Z,95,55,,,,JS,"
                + "waited for the DBA", lines[9]);
    }
}

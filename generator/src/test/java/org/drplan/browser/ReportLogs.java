package org.drplan.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drplan.testing.TestSite;

/**
 * Execution logs of {@link BrowserSites#REPORT_PLAN}, written as the checklist exports them, with times chosen so
 * that the report's figures can be worked out by hand (the browser tests of report.html check them):
 * the exercise starts 09:00 with the bridge; declare is done 09:20 (took 20m, RTO 30m); the database from 09:20 to
 * 10:10 (took 50m against 35m, done at T+1h 10m, past its 1h RTO); the app's first step 10:30, its escalation never
 * ticked; a note at 10:25. The incident log holds one tick.
 */
final class ReportLogs {

    private ReportLogs() {
    }

    /** The plan's step ids in plan order, as its checklist page has them. */
    static List<String> steps(TestSite site) {
        return site.assertFile("checklist.html").html().select(".step-box[data-step]").eachAttr("data-step");
    }

    static Path exerciseJson(TestSite site, Path folder) throws IOException {
        List<String> s = steps(site);
        String events = String.join(",\n", event("09:00", s.get(0), "tick", "MK", null),
                event("09:20", s.get(1), "tick", "MK", null), event("10:05", s.get(2), "tick", "JS", null),
                event("10:10", s.get(3), "tick", "JS", null), event("10:25", s.get(4), "note", "MK", "slow disks"),
                event("10:30", s.get(4), "tick", "MK", null));
        return Files.writeString(folder.resolve("exercise-log.json"), """
                {"format": 1, "plan": "exercise-plan", "version": "2.0", "mode": "exercise", "events": [
                %s
                ]}
                """.formatted(events));
    }

    static Path incidentCsv(TestSite site, Path folder) throws IOException {
        return Files.writeString(folder.resolve("incident-log.csv"),
                "time_local,time_utc,plan,version,build,mode,step,step_number,action,initials,note,text\r\n"
                        + "2026-11-20T03:00:00+00:00,2026-11-20T03:00:00.000Z,exercise-plan,2.0,b,incident,"
                        + steps(site).get(0) + ",2.1.1,tick,ON,,Open the bridge\r\n");
    }

    private static String event(String hhmm, String step, String action, String initials, String note) {
        return "{\"t\": \"2026-11-25T" + hhmm + ":00.000Z\", \"local\": \"2026-11-25T" + hhmm + ":00+00:00\", "
                + "\"step\": \"" + step + "\", \"action\": \"" + action + "\", \"initials\": \"" + initials + "\""
                + (note == null ? "" : ", \"note\": \"" + note + "\"") + ", \"text\": \"\"}";
    }
}

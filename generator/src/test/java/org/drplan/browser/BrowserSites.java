package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.testing.TestSite;

/** The bundles the browser tests open, built and checked to have built. */
final class BrowserSites {

    /** A small plan held to the same checks in Chromium and in Firefox. */
    static final String CHECKLIST_PLAN = """
            -- content/drplan.yml --
            title: Payroll plan
            version: "1.0"
            -- content/procedures/restore.md --
            ---
            title: Restore payroll
            type: procedure
            ---
            - [ ] Stop the payroll app
            - [ ] Milestone: database restored
              - [ ] Notify: the service desk
            -- content/key-actions.md --
            ---
            title: Key actions
            type: checklist
            ---
            - [ ] Escalate: call the CIO if late
            """;

    /**
     * A plan with estimates and RTOs for the after-action report: declare (15m), then the database (35m, RTO 1h),
     * then the app (20m); the plan's RTO is 2h.
     */
    static final String REPORT_PLAN = """
            -- content/drplan.yml --
            title: Exercise plan
            version: "2.0"
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            rto: 2h
            ---
            The plan covers payroll.
            -- content/procedures/declare.md --
            ---
            title: Declare
            type: procedure
            rto: 30m
            ---
            - [ ] Open the bridge {~5m}
            - [ ] Milestone: disaster declared {~10m}
            -- content/procedures/database.md --
            ---
            title: Restore the database
            type: procedure
            rto: 1h
            requires: [procedures/declare]
            ---
            - [ ] Restore the backup {~30m}
            - [ ] Notify: the service desk {~5m}
            -- content/procedures/app.md --
            ---
            title: Start the app
            type: procedure
            rto: 1h30m
            requires: [procedures/database]
            ---
            - [ ] Start the app servers {~15m}
            - [ ] Escalate: call the CIO if users cannot sign in {~5m}
            """;

    /** How long the late store of {@link #checklistPlanWithLateStore()} keeps quiet: well under the page's 5 s limit. */
    static final int LATE_STORE_MILLIS = 2000;

    private static final Path OUTPUT = Path.of("target/browser-test");

    private BrowserSites() {
    }

    /** The checklist plan, as the given plan version. */
    static TestSite checklistPlan(String version) {
        return TestSite.build(CHECKLIST_PLAN.replace("version: \"1.0\"", "version: \"" + version + "\"")).assertSucceeded();
    }

    /**
     * The checklist plan (version 1.0) with a store that answers late, as on a slow disk: assets/store.html says
     * nothing for {@link #LATE_STORE_MILLIS} and then becomes the real store (kept as assets/store-late.html). A page
     * that called itself ready before its store answered would show every box unticked.
     */
    static TestSite checklistPlanWithLateStore() {
        Path root = TestSite.write(CHECKLIST_PLAN);
        try {
            Path assets = Files.createDirectories(root.resolve("theme/assets"));
            Files.write(assets.resolve("store-late.html"), builtInAsset("store.html"));
            Files.writeString(assets.resolve("store.html"), """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>late store</title></head>
                    <body><script>setTimeout(function () { location.replace('store-late.html'); }, %d);</script></body>
                    </html>
                    """.formatted(LATE_STORE_MILLIS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestSite.buildIn(root, b -> b.templateDirectory(root.resolve("theme"))).assertSucceeded();
    }

    /** Builds a plan from a content folder into target/browser-test/{name} and returns that folder. */
    static Path build(Path content, String name, UnaryOperator<BuildConfig.Builder> adjust) {
        Path out = OUTPUT.resolve(name).toAbsolutePath();
        BuildReport report = Drplan.build(adjust.apply(BuildConfig.builder(content, out)).build());
        assertTrue(report.succeeded(), () -> String.join("\n", report.formattedProblems()));
        return out;
    }

    private static byte[] builtInAsset(String name) throws IOException {
        try (InputStream in = BrowserSites.class.getClassLoader().getResourceAsStream("drplan/theme/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the theme's " + name + " is not on the test classpath");
            }
            return in.readAllBytes();
        }
    }
}

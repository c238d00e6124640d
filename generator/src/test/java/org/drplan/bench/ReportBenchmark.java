package org.drplan.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The after-action report in the browser (bench/report.sh runs it; not a test): for synthetic plans of the given
 * sizes, opened from file:// in headless Chromium, a log of N ticks (every step ticked in turn, then unticked and
 * ticked again, 10 s apart) is imported as the file input would, and the time from reading its text to the report
 * painted (parse, work out, lay out: two animation frames after the import) is measured by the page itself, and on
 * its own the time to read the log and work the report out (report-core.js, no DOM).
 * Medians over the runs, each in a freshly loaded page.
 */
public final class ReportBenchmark {

    private static final String IMPORT = """
            var done = arguments[arguments.length - 1];
            var plan = JSON.parse(document.getElementById('report-plan').textContent);
            var ticks = arguments[0];
            var events = [];
            var base = Date.parse('2026-11-25T08:00:00Z');
            for (var i = 0; i < ticks; i++) {
              var step = plan.steps[i % plan.steps.length];
              var round = Math.floor(i / plan.steps.length);
              var t = new Date(base + i * 10000).toISOString();
              events.push({t: t, local: t.slice(0, 19) + '+00:00', step: step.id,
                action: round % 2 === 0 ? 'tick' : 'untick', initials: ['MK', 'JS', 'AB'][i % 3], text: step.text});
            }
            var text = JSON.stringify({format: 1, plan: plan.plan, version: plan.version, mode: 'exercise',
              events: events});
            var c0 = performance.now();
            var rec = drplanChecklistCore.parseRecord(text);
            drplanReportCore.report(plan, [{name: 'x', mode: 'exercise', events: rec.events}]);
            var c2 = performance.now();
            window.__core = c2 - c0;
            var start = performance.now();
            window.drplanReport.importText('bench.json', text);

            requestAnimationFrame(function () {
              requestAnimationFrame(function () {
                done([performance.now() - start, document.querySelectorAll('.report-steps tbody tr').length,
                  text.length, window.__core]);
              });
            });
            """;

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args);
        List<Integer> sizes = args.length > 1 ? parsed.sizes() : List.of(1000);
        int ticks = Integer.getInteger("ticks", 10_000);
        ChromeDriver chrome = chromium();
        try {
            for (int size : sizes) {
                Path root = Files.createTempDirectory("drplan-report-bench-" + size + "-");
                Path out = root.resolve("out");
                BuildReport report = Drplan.build(BuildConfig.builder(SyntheticPlan.write(root, size), out)
                        .linkCheck(LinkCheck.WARN).pdf(false).build());
                if (!report.succeeded()) {
                    throw new IllegalStateException(String.join("\n", report.formattedProblems()));
                }
                List<Double> millis = new ArrayList<>();
                List<Double> core = new ArrayList<>();
                Object rows = null;
                Object bytes = null;
                for (int run = 0; run < parsed.runs(); run++) {
                    chrome.get(out.resolve("report.html").toUri().toString());
                    chrome.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(2));
                    List<?> result = (List<?>) chrome.executeAsyncScript(IMPORT, ticks);
                    millis.add(((Number) result.get(0)).doubleValue());
                    core.add(((Number) result.get(3)).doubleValue());
                    rows = result.get(1);
                    bytes = result.get(2);
                }
                Collections.sort(millis);
                Collections.sort(core);
                System.out.printf(Locale.ROOT, "%,d sections, %s step rows, a log of %,d ticks (%.1f MB): import to "
                        + "painted report %.0f ms median of %d (%s); of which reading the log and working out the "
                        + "report %.0f ms%n", size, rows, ticks, ((Number) bytes).doubleValue() / 1e6,
                        millis.get(millis.size() / 2), millis.size(),
                        millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(),
                        core.get(core.size() / 2));
            }
        } finally {
            chrome.quit();
        }
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of());
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }
}

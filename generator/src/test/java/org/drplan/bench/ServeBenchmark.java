package org.drplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.serve.PreviewServer;
import org.drplan.serve.ServedFolder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * drplan serve on a synthetic plan: the first build, then (after three saves that warm the JIT up, not counted) the
 * time from saving a one-paragraph edit (and a title change) to the new pages being served, as the server's state
 * reports it, and to the edited page showing the new text in headless Chromium (its own reload included), as a
 * writer sees it; the same for a save while the whole bundle of the previous one is being built; and the time until
 * the whole bundle is written. Usage: {@code ServeBenchmark [runs]
 * [sizes...]}.
 */
public final class ServeBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes.add(1000);
        }
        for (int size : sizes) {
            Path root = Files.createTempDirectory("drplan-serve-bench-");
            Path content = SyntheticPlan.write(root, size);
            BuildConfig config = BuildConfig.builder(content, root.resolve("out")).linkCheck(LinkCheck.WARN)
                    .pdf(false).build();
            long start = System.nanoTime();
            ChromeDriver chrome = chromium();
            try (ServedFolder folder = ServedFolder.temporary();
                    PreviewServer server = PreviewServer.start(config.withOutputDirectory(folder.path()),
                            "127.0.0.1", 0, line -> {
                                if (System.getenv("DRPLAN_BENCH_LOG") != null) {
                                    System.out.printf(Locale.ROOT, "  %tT.%<tL %s%n", System.currentTimeMillis(), line);
                                }
                            })) {
                System.out.printf(Locale.ROOT, "%,d sections: first build %.1f s%n", size,
                        (System.nanoTime() - start) / 1e9);
                Path section = content.resolve("s1.md");
                chrome.get(server.address().resolve("s1.html").toString());
                // a writer's session is long: the first saves, while the JIT compiles the stages, are not counted
                for (int warm = 0; warm < 3; warm++) {
                    String edited = "A warming edit " + warm + ".";
                    saveAndSee(server, chrome, section, text -> text + "\n" + edited + "\n", edited);
                    untilWhole(server);
                }
                List<double[]> paragraph = new ArrayList<>();
                List<double[]> title = new ArrayList<>();
                List<double[]> busy = new ArrayList<>();
                List<Double> whole = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    String edited = "An edited paragraph " + run + ".";
                    paragraph.add(saveAndSee(server, chrome, section, text -> text + "\n" + edited + "\n", edited));
                    whole.add(paragraph.get(run)[1] + untilWhole(server));
                    String renamed = "Renamed section " + run;
                    title.add(saveAndSee(server, chrome, section, text -> text.replaceFirst("(?m)^title: .*$",
                            "title: " + renamed), renamed));
                    untilWhole(server);
                    // a save while the whole bundle of the previous one is being built
                    String first = "A first edit " + run + ".";
                    saveAndSee(server, chrome, section, text -> text + "\n" + first + "\n", first);
                    Thread.sleep(1200);
                    String second = "A second edit " + run + ".";
                    busy.add(saveAndSee(server, chrome, section, text -> text + "\n" + second + "\n", second));
                    untilWhole(server);
                }
                System.out.printf(Locale.ROOT, "  save to served: one paragraph median %.0f ms, a title median %.0f ms;"
                        + " save to the page painted with it in Chromium: %.0f ms and %.0f ms, loaded: %.0f ms and "
                        + "%.0f ms; a paragraph saved while the whole bundle is being built: %.0f ms served, %.0f ms "
                        + "painted, %.0f ms loaded; the whole bundle written %.0f ms after a save (%d runs)%n",
                        median(paragraph, 0), median(title, 0), median(paragraph, 2), median(title, 2),
                        median(paragraph, 1), median(title, 1), median(busy, 0), median(busy, 2), median(busy, 1),
                        median(whole.stream().map(w -> new double[] {w}).toList(), 0), runs);
            } finally {
                chrome.quit();
            }
        }
    }

    /** Milliseconds until the server's whole bundle is written and nothing more is to be done. */
    private static double untilWhole(PreviewServer server) throws InterruptedException {
        long start = System.nanoTime();
        while (!server.settled() || !server.state().whole()) {
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Milliseconds from the save to the server's new pages, to the page having loaded with {@code marker} in it, and
     * to that page's first paint.
     */
    private static double[] saveAndSee(PreviewServer server, ChromeDriver chrome, Path file,
            java.util.function.UnaryOperator<String> edit, String marker) throws Exception {
        int before = server.state().bundle();
        Thread.sleep(300);
        long start = System.nanoTime();
        // the server's state is watched on a thread of its own, every millisecond: a script run in the page waits
        // while it reloads
        java.util.concurrent.CompletableFuture<Double> served = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    while (server.state().bundle() == before) {
                        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                    }
                    return (System.nanoTime() - start) / 1e6;
                });
        long saved = System.currentTimeMillis();
        Files.writeString(file, edit.apply(Files.readString(file)));
        if (System.getenv("DRPLAN_BENCH_LOG") != null) {
            System.out.printf(Locale.ROOT, "  %tT.%<tL saved%n", System.currentTimeMillis());
        }
        while (true) {
            try {
                if (Boolean.TRUE.equals(chrome.executeScript("return document.readyState === 'complete' "
                        + "&& document.body.textContent.indexOf(arguments[0]) >= 0;", marker))) {
                    double shown = (System.nanoTime() - start) / 1e6;
                    if (System.getenv("DRPLAN_BENCH_LOG") != null) {
                        System.out.printf(Locale.ROOT, "  %tT.%<tL shown; the reload started at %tT.%<tL, "
                                + "its response came %s ms later, DOM ready %s ms, loaded %s ms%n",
                                System.currentTimeMillis(), ((Number) chrome.executeScript(
                                        "return performance.timeOrigin;")).longValue(),
                                chrome.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                                        + " return Math.round(t.responseEnd);"),
                                chrome.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                                        + " return Math.round(t.domContentLoadedEventEnd);"),
                                chrome.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                                        + " return Math.round(t.loadEventEnd);"));
                    }
                    // the new page's first paint, on the browser's clock (the same machine's): when the writer sees it
                    double painted = ((Number) chrome.executeScript("var p = performance.getEntriesByName("
                            + "'first-contentful-paint')[0]; return p ? performance.timeOrigin + p.startTime : -1;"))
                            .doubleValue();
                    return new double[] {served.get(), shown, painted < 0 ? shown : painted - saved};
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is being replaced by its reload
            }
            Thread.sleep(5);
        }
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new java.io.File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
    }

    private static double median(List<double[]> values, int index) {
        List<Double> sorted = new ArrayList<>(values.stream().map(v -> v[index]).toList());
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

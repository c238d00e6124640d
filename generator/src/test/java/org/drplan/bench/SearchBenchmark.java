package org.drplan.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in the browser (bench/search.sh runs it; not a test). For synthetic plans of the given sizes, opened from
 * file://: the search files' total size; for a one-word, a two-word, a host-name and a half-typed query, the bytes a
 * query loads and the time from the first keystroke to its results in a new browser (cold) and, on the same page, for
 * a new query (warm); and the time per keystroke while typing two words (from the input event to the results shown,
 * as the page measures it: a WebDriver round trip would add more than the page takes). Medians over the runs, in headless
 * Chromium here and in Firefox ESR through {@code src/test/firefox/search-bench.js}.
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args);
        int runs = parsed.runs();
        List<Integer> sizes = parsed.sizes();
        for (int size : sizes) {
            Path root = Files.createTempDirectory("drplan-search-bench-" + size + "-");
            Path out = root.resolve("out");
            Path content = SyntheticPlan.write(root, size);
            BuildReport report = Drplan.build(BuildConfig.builder(content, out)
                    .linkCheck(LinkCheck.WARN).pdf(false).build());
            if (!report.succeeded()) {
                throw new IllegalStateException(String.join("\n", report.formattedProblems()));
            }
            List<String> queries = List.of("replica", "restore database", "host-" + (size / 2) + "-1.example.net",
                    "escalat");
            System.out.printf(Locale.ROOT, "%,d sections: search files %.2f MB in %d files (+ lunr.min.js %.0f KB)%n",
                    size, folderSize(out.resolve("assets/search")) / 1e6, count(out.resolve("assets/search")),
                    Files.size(out.resolve("assets/lunr.min.js")) / 1e3);
            pageOpen(out, runs);
            wholeLunrIndex(content, out, runs);
            chromium(out, queries, runs);
            firefox(out, queries, runs);
        }
    }

    private static void chromium(Path bundle, List<String> queries, int runs) throws Exception {
        System.out.println("  Chromium:");
        for (String query : queries) {
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            long loaded = 0;
            for (int run = 0; run < runs; run++) {
                ChromeDriver driver = driver();
                try {
                    open(driver, bundle);
                    WebElement input = driver.findElement(By.id("search-input"));
                    input.click();
                    input.sendKeys(query);
                    cold.add(waitShown(driver, query) - number(driver, "return drplanProbe.firstInput;"));
                    loaded = loadedBytes(driver, bundle);
                    String next = query.equals("replica") ? "backup window" : "replica";
                    input.clear();
                    input.sendKeys(next);
                    warm.add(waitShown(driver, next) - number(driver,
                            "return drplanProbe.asked[arguments[0]];", next.substring(0, 1)));
                } finally {
                    driver.quit();
                }
            }
            System.out.printf(Locale.ROOT, "    %-26s loads %6.0f KB, first results %5.0f ms cold, %4.0f ms warm%n",
                    "\"" + query + "\"", loaded / 1e3, median(cold), median(warm));
        }
        ChromeDriver driver = driver();
        try {
            open(driver, bundle);
            WebElement input = driver.findElement(By.id("search-input"));
            input.click();
            input.sendKeys("x");
            waitShown(driver, "x");
            input.clear();
            List<Double> keystrokes = new ArrayList<>();
            String typed = "";
            for (char c : "restore database".toCharArray()) {
                typed += c;
                input.sendKeys(String.valueOf(c));
                if (!typed.endsWith(" ")) {
                    keystrokes.add(waitShown(driver, typed.trim()) - number(driver,
                            "return drplanProbe.asked[arguments[0]];", typed.trim()));
                }
            }
            System.out.printf(Locale.ROOT, "    per keystroke typing \"restore database\": median %.0f ms, max %.0f ms%n",
                    median(keystrokes), Collections.max(keystrokes));
        } finally {
            driver.quit();
        }
    }

    /**
     * What drplan does not ship, for comparison: the same parts as one whole serialized lunr 2.3.9 index (the word
     * index the build makes anyway), loaded by a script tag beside lunr.min.js, then lunr.Index.load and one query
     * through lunr's own query engine, in a new Chromium: the time from navigation to that query's results.
     */
    private static void wholeLunrIndex(Path content, Path bundle, int runs) throws Exception {
        org.drplan.build.SiteBuilder builder = new org.drplan.build.SiteBuilder(BuildConfig.builder(content,
                bundle.resolveSibling("whole-out")).linkCheck(LinkCheck.WARN).pdf(false).build());
        List<java.util.Map<String, String>> documents = org.drplan.search.SearchParts.of(builder.modelPlan()
                .orElseThrow()).stream().map(org.drplan.search.SearchPart::fields).toList();
        String serialized = new org.drplan.search.JavaLunrIndexer()
                .index(org.drplan.search.lunr.Analysis.WORDS, documents).serialized();
        Path whole = bundle.resolve("whole-lunr");
        Files.createDirectories(whole);
        Files.writeString(whole.resolve("index.js"), "window.wholeIndex = " + serialized + ";\n");
        Files.writeString(whole.resolve("page.html"), "<!DOCTYPE html><title>whole lunr index</title>"
                + "<script src=\"../assets/lunr.min.js\"></script><script src=\"index.js\"></script><script>"
                + "var index = lunr.Index.load(window.wholeIndex); window.hits = index.search('replica').length;"
                + " window.done = performance.now();</script>");
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ChromeDriver driver = driver();
            try {
                driver.get(whole.resolve("page.html").toUri().toString());
                new WebDriverWait(driver, Duration.ofSeconds(300)).until(d -> driver.executeScript(
                        "return window.done !== undefined;").equals(Boolean.TRUE));
                times.add(number(driver, "return window.done;"));
            } finally {
                driver.quit();
            }
        }
        System.out.printf(Locale.ROOT, "  Chromium, a whole lunr index instead (not shipped): %.1f MB, "
                + "first results of \"replica\" %.0f ms after opening the page%n", Files.size(whole.resolve(
                "index.js")) / 1e6, median(times));
    }

    /** Time to the load event of the overview in a new Chromium, with search and with search.js emptied. */
    private static void pageOpen(Path bundle, int runs) throws Exception {
        Path script = bundle.resolve("assets/search.js");
        byte[] search = Files.readAllBytes(script);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        try {
            for (int run = 0; run < runs; run++) {
                Files.write(script, search);
                with.add(loadTime(bundle));
                Files.write(script, new byte[0]);
                without.add(loadTime(bundle));
            }
        } finally {
            Files.write(script, search);
        }
        System.out.printf(Locale.ROOT, "  Chromium: overview open (load event) %.0f ms with search, %.0f ms without%n",
                median(with), median(without));
    }

    private static double loadTime(Path bundle) {
        ChromeDriver driver = driver();
        try {
            driver.get(bundle.resolve("index.html").toUri().toString());
            return number(driver, "return performance.getEntriesByType('navigation')[0].loadEventEnd;");
        } finally {
            driver.quit();
        }
    }

    private static void firefox(Path bundle, List<String> queries, int runs) throws Exception {
        Path work = Path.of("generator/target/firefox-test");
        if (!Files.isDirectory(work.resolve("node_modules/puppeteer-core"))) {
            System.out.println("  Firefox: skipped (run the Firefox tests once to install puppeteer-core)");
            return;
        }
        Files.copy(Path.of("generator/src/test/firefox/search-bench.js"), work.resolve("search-bench.js"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(work.resolve("search-probe.js"), probe());
        List<String> command = new ArrayList<>(List.of("node", "search-bench.js", bundle.toString(),
                String.valueOf(runs)));
        command.addAll(queries);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.MINUTES);
        System.out.print(output);
    }

    private static ChromeDriver driver() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    /** Opens the overview and starts the probe that times the search box from outside (search-probe.js). */
    private static void open(ChromeDriver driver, Path bundle) throws java.io.IOException {
        driver.get(bundle.resolve("index.html").toUri().toString());
        driver.executeScript(probe());
    }

    private static String probe() throws java.io.IOException {
        try (var in = SearchBenchmark.class.getResourceAsStream("/bench/search-probe.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Waits until the results for {@code query} are shown and returns when (page time, ms). */
    private static double waitShown(ChromeDriver driver, String query) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> driver.executeScript(
                "return drplanProbe.shown[arguments[0]] !== undefined;", query).equals(Boolean.TRUE));
        return ((Number) driver.executeScript("return drplanProbe.shown[arguments[0]];", query)).doubleValue();
    }

    private static double number(ChromeDriver driver, String script, Object... arguments) {
        return ((Number) driver.executeScript(script, arguments)).doubleValue();
    }

    /** The bytes of the search files the page loaded, lunr.js included. */
    @SuppressWarnings("unchecked")
    private static long loadedBytes(ChromeDriver driver, Path bundle) throws java.io.IOException {
        long bytes = Files.size(bundle.resolve("assets/lunr.min.js")) + Files.size(bundle.resolve("assets/search-core.js"));
        for (Object name : (List<Object>) driver.executeScript("return drplanProbe.loaded();")) {
            bytes += Files.size(bundle.resolve("assets/search/" + name + ".js"));
        }
        return bytes;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long folderSize(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long count(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private SearchBenchmark() {
    }
}

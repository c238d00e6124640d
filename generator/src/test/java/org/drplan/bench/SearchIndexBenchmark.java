package org.drplan.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search benchmark (bench/search-index.sh runs it; not a test). For synthetic plans of the given sizes: the whole
 * build, median of the given runs, after a first build that starts the JavaScript engine (shared by later builds
 * of the JVM, as in the Maven goal's executions); the size of
 * assets/search-index.js; and, in headless Chromium from file://, the time from the first keystroke in the search
 * box of a fresh page (lunr and the index load lazily then) to results on screen, and for a second query.
 */
public final class SearchIndexBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1000, 5000);
        }
        long engineStart = System.nanoTime();
        Path warmUp = Files.createTempDirectory("drplan-bench-warm-up-");
        Drplan.build(BuildConfig.builder(SyntheticPlan.write(warmUp, 1), warmUp.resolve("out")).build());
        System.out.printf("first build of one section (engine start): %.1f s%n",
                seconds(System.nanoTime() - engineStart));
        for (int size : sizes) {
            Path root = Files.createTempDirectory("drplan-bench-" + size + "-");
            Path content = SyntheticPlan.write(root, size);
            List<Double> times = new ArrayList<>();
            Path out = root.resolve("out");
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                BuildReport report = Drplan.build(BuildConfig.builder(content, out).linkCheck(LinkCheck.WARN)
                        .build());
                times.add(seconds(System.nanoTime() - start));
                if (!report.succeeded()) {
                    throw new IllegalStateException(String.join("\n", report.formattedProblems()));
                }
            }
            long indexBytes = Files.size(out.resolve("assets/search-index.js"));
            double[] browser = browserSearch(out);
            System.out.printf("%5d sections: build median %.1f s (runs %s), search-index.js %.1f MB, "
                            + "first keystroke to results %.0f ms, next query %.0f ms%n", size, median(times),
                    times, indexBytes / 1e6, browser[0], browser[1]);
        }
    }

    private static double[] browserSearch(Path bundle) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try {
            driver.get(bundle.resolve("index.html").toUri().toString());
            WebElement input = driver.findElement(By.id("search-input"));
            long start = System.nanoTime();
            input.sendKeys("replica");
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#search-results .search-result")));
            double first = (System.nanoTime() - start) / 1e6;
            input.sendKeys(" failover");
            Number next = (Number) driver.executeScript("return window.drplanSearchLastMs;");
            return new double[] {first, next.doubleValue()};
        } finally {
            driver.quit();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

package org.drplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.drplan.build.BuildReport;
import org.drplan.build.SiteBuilder;
import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;

/**
 * Leak check benchmark (bench/leakcheck.sh runs it; not a test): the sample plan's shareable edition built again and
 * again in one JVM, with the PDF; for each run the stages "audience" and "leak check" and the whole build. The first
 * run is what {@code mvn drplan:site} pays (a fresh JVM); the median of the others is PDFBox warm.
 */
public final class LeakCheckBenchmark {

    private LeakCheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path content = Path.of("content").toAbsolutePath();
        Path out = Files.createTempDirectory("drplan-leakcheck");
        List<Long> leak = new ArrayList<>();
        List<Long> whole = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            BuildConfig config = BuildConfig.builder(content, out.resolve("bundle-" + i)).baseDirectory(Path.of(""))
                    .audience(Audience.SHAREABLE).build();
            long start = System.nanoTime();
            BuildReport report = new SiteBuilder(config).build();
            long total = (System.nanoTime() - start) / 1_000_000;
            if (!report.succeeded()) {
                throw new IllegalStateException("the sample's shareable build failed: " + report.errors());
            }
            long check = stage(report, "leak check");
            System.out.printf("run %d%s: audience %d ms, leak check %d ms, build %d ms (%s)%n", i,
                    i == 0 ? " (fresh JVM)" : "", stage(report, "audience"), check, total,
                    report.summary().line());
            if (i > 0) {
                leak.add(check);
                whole.add(total);
            }
        }
        System.out.printf("median of %d warm runs: leak check %d ms of a %d ms build%n", runs, median(leak),
                median(whole));
    }

    private static long stage(BuildReport report, String name) {
        return report.stages().stream().filter(s -> s.stage().equals(name)).mapToLong(s -> s.time().toMillis())
                .sum();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

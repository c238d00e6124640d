package org.drplan.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.build.StageTime;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;

/**
 * The build benchmark (bench/build.sh runs it; not a test). For synthetic plans of the given sizes, HTML and search
 * (no PDF): each stage's median time over the runs in this JVM after a warm-up, peak heap, bundle and index size,
 * pages per second; then the whole build in a fresh JVM (what a user's first run meets, without Maven's start), and,
 * when installed, MkDocs and Hugo + Pagefind building the same Markdown in the same run, with the ratios.
 */
public final class BuildBenchmark {

    private static final String PAGEFIND = "/opt/pagefind/node_modules/.bin/pagefind";

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args);
        int runs = parsed.runs();
        List<Integer> sizes = parsed.sizes();
        System.out.printf(Locale.ROOT, "%d cores, max heap %.1f GB, Java %s, %d runs each%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9,
                System.getProperty("java.version"), runs);
        for (int size : sizes) {
            Path root = Files.createTempDirectory("drplan-build-bench-" + size + "-");
            Path content = SyntheticPlan.write(root, size);
            inThisJvm(content, root.resolve("out"), runs);
            Map<String, Double> wall = new LinkedHashMap<>();
            wall.put("drplan (fresh JVM)", median(runs, () -> run(root, List.of(javaCommand(), "-Xmx2g", "-cp",
                    classPath(), BuildOnce.class.getName(), content.toString(),
                    root.resolve("out-cold").toString()))));
            // What site-example/.mvn/jvm.config asks of Maven: no optimising compiler, which on two cores competes
            // with a short build for the CPU.
            wall.put("drplan (fresh JVM, C1)", median(runs, () -> run(root, List.of(javaCommand(), "-Xmx2g",
                    "-XX:TieredStopAtLevel=1", "-cp", classPath(), BuildOnce.class.getName(), content.toString(),
                    root.resolve("out-cold").toString()))));
            if (installed("mkdocs")) {
                Path site = mkdocsProject(root, content);
                wall.put("MkDocs", median(runs, () -> run(site, List.of("mkdocs", "build", "-q", "-f",
                        site.resolve("mkdocs.yml").toString()))));
            }
            if (installed("hugo") && Files.isExecutable(Path.of(PAGEFIND))) {
                Path site = hugoProject(root);
                wall.put("Hugo + Pagefind", median(runs, () -> run(site, List.of("hugo", "--quiet", "-s",
                        site.toString(), "--contentDir", content.toString(), "-d", site.resolve("public").toString()))
                        + run(site, List.of(PAGEFIND, "--site", site.resolve("public").toString()))));
            }
            System.out.printf(Locale.ROOT, "  whole builds, median of %d:%n", runs);
            double drplan = wall.values().iterator().next();
            wall.forEach((tool, seconds) -> System.out.printf(Locale.ROOT, "    %-20s %7.2f s   drplan/%s = %.2f%n",
                    tool, seconds, tool, drplan / seconds));
        }
    }

    private static void inThisJvm(Path content, Path out, int runs) {
        BuildConfig config = BuildConfig.builder(content, out).linkCheck(LinkCheck.WARN).pdf(false).build();
        Drplan.build(config);
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        List<Double> totals = new ArrayList<>();
        long peak = 0;
        BuildReport report = null;
        for (int run = 0; run < runs; run++) {
            System.gc();
            resetPeakHeap();
            long start = System.nanoTime();
            report = Drplan.build(config);
            totals.add((System.nanoTime() - start) / 1e9);
            peak = Math.max(peak, peakHeap());
            for (StageTime stage : report.stages()) {
                stages.computeIfAbsent(stage.stage(), s -> new ArrayList<>()).add(stage.time().toNanos() / 1e6);
            }
        }
        double total = median(totals);
        System.out.printf(Locale.ROOT, "%s%n  in this JVM, median of %d: %.2f s, %.0f pages/s, peak heap %.0f MB, "
                        + "bundle %.1f MB, index %.1f MB%n", report.summary().line(), runs, total,
                report.summary().pages() / total, peak / 1e6, size(out) / 1e6, report.summary().indexBytes() / 1e6);
        stages.forEach((stage, times) -> System.out.printf(Locale.ROOT, "    %-16s %8.0f ms%n", stage,
                median(times)));
    }

    private static Path mkdocsProject(Path root, Path content) throws IOException {
        Path site = Files.createDirectories(root.resolve("mkdocs"));
        Files.writeString(site.resolve("mkdocs.yml"), "site_name: Synthetic plan\ndocs_dir: " + content
                + "\nsite_dir: " + site.resolve("site") + "\nplugins:\n  - search\n");
        return site;
    }

    private static Path hugoProject(Path root) throws IOException {
        Path site = Files.createDirectories(root.resolve("hugo"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'http://example.org/'\ntitle = 'Synthetic plan'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        String page = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>"
                + "<h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n";
        Files.writeString(layouts.resolve("single.html"), page);
        Files.writeString(layouts.resolve("list.html"), page);
        return site;
    }

    /** Runs a command to its end and returns its wall time in seconds; fails loudly if it fails. */
    private static double run(Path directory, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Timed {
        double seconds() throws Exception;
    }

    private static double median(int runs, Timed timed) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            times.add(timed.seconds());
        }
        return median(times);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static boolean installed(String command) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** This JVM's class path with absolute entries, for a JVM started in another folder. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long size(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}

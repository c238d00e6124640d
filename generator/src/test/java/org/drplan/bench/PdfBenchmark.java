package org.drplan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.drplan.build.SiteBuilder;
import org.drplan.checks.PlanHealth;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.pdf.PdfRenderer;
import org.drplan.pdf.RenderedPdf;
import org.drplan.plan.Plan;
import org.drplan.render.SectionHtmlRenderer;
import org.drplan.theme.PrintDocument;
import org.drplan.theme.ThemeAssets;
import org.drplan.theme.ThemeTemplates;

/**
 * PDF benchmark (bench/pdf.sh runs it; not a test). For the sample plan and synthetic plans of the given sizes: the
 * time to lay out plan.pdf from the print document (median of the given runs, after one warm-up on the sample in the
 * same JVM), its pages, pages per second, and two measures of heap: the peak of the heap's pools during the runs
 * (garbage included, as the JVM let it grow) and the most the heap held right after a garbage collection (what the
 * layout really kept).
 */
public final class PdfBenchmark {

    private static final AtomicLong LIVE_PEAK = new AtomicLong();

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args);
        watchCollections();
        System.out.printf(Locale.ROOT, "%d cores, max heap %.1f GB, Java %s, %d runs each%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9,
                System.getProperty("java.version"), parsed.runs());
        PdfRenderer renderer = new PdfRenderer();
        measure(renderer, "sample", Path.of("content"), 1);
        for (int sections : parsed.sizes()) {
            Path content = SyntheticPlan.write(Files.createTempDirectory("drplan-pdf-bench-"), sections);
            measure(renderer, sections + "", content, parsed.runs());
        }
    }

    private static void measure(PdfRenderer renderer, String name, Path content, int runs) throws IOException {
        SiteBuilder builder = new SiteBuilder(BuildConfig.builder(content,
                Files.createTempDirectory("drplan-pdf-bench-out-").resolve("out")).linkCheck(LinkCheck.WARN).build());
        Plan plan = builder.modelPlan().orElseThrow();
        String html = new PrintDocument(new ThemeTemplates(null), new SectionHtmlRenderer())
                .render(plan, PlanHealth.UNCHECKED, List.of());
        Map<String, byte[]> files = files(plan);
        if (name.equals("sample")) {
            render(renderer, plan, html, files);
        }
        System.gc();
        resetPeaks();
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        RenderedPdf pdf = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            pdf = render(renderer, plan, html, files);
            times.add((System.nanoTime() - start) / 1e6);
            cpuTimes.add((processCpuNanos() - cpu) / 1e6);
        }
        double median = median(times);
        System.out.printf(Locale.ROOT, "%-7s %5d sections: %6d pages, median %8.0f ms (runs %s), %.1f ms/page, "
                        + "%.0f pages/s, CPU %.0f ms (%.1f ms/page), %.1f MB; heap pools' peak %.0f MB, most held "
                        + "after a collection %.0f MB%n", name, plan.sections().size(), pdf.pages(), median,
                times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList(), median / pdf.pages(),
                pdf.pages() / (median / 1000), median(cpuTimes), median(cpuTimes) / pdf.pages(),
                pdf.bytes().length / 1e6, poolPeaks() / 1e6, LIVE_PEAK.get() / 1e6);
    }

    private static RenderedPdf render(PdfRenderer renderer, Plan plan, String html, Map<String, byte[]> files) {
        Diagnostics diagnostics = new Diagnostics(false);
        return renderer.render(plan, html, files, diagnostics).orElseThrow(() -> new IllegalStateException(
                String.join("\n", diagnostics.problems().stream().map(p -> p.message()).toList())));
    }

    private static Map<String, byte[]> files(Plan plan) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(ThemeAssets.load(null));
        for (SourceFile asset : plan.assets()) {
            files.put(asset.relativePath(), Files.readAllBytes(asset.path()));
        }
        return files;
    }

    /** Records the heap in use after every collection. */
    private static void watchCollections() {
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    LIVE_PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        LIVE_PEAK.set(0);
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** CPU time of the whole JVM (every thread, the collector's too): the machine may be busy with other work. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

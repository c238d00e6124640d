package org.drplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.search.JavaLunrIndexer;
import org.drplan.search.LunrIndex;
import org.drplan.search.LunrJsIndexer;
import org.drplan.search.SearchIndexer;
import org.drplan.search.SearchPart;
import org.drplan.search.SearchParts;
import org.drplan.search.lunr.Analysis;

/**
 * Search-index benchmark (bench/indexer.sh runs it; not a test): for synthetic plans of the given sizes, the median
 * time of each indexer over the given runs to build the word index of the plan's search parts, after one warm-up
 * build each (the JavaScript engine's start, the JIT's first pass). lunr.js is left out at a size where the
 * previous size's median, scaled up, says a run would take longer than {@code -DlunrJsLimitSeconds} (60 unless
 * given).
 */
public final class IndexerBenchmark {

    public static void main(String[] args) throws IOException {
        BenchArgs parsed = BenchArgs.parse(args);
        int runs = parsed.runs();
        List<Integer> sizes = parsed.sizes();
        double lunrJsLimitSeconds = Double.parseDouble(System.getProperty("lunrJsLimitSeconds", "60"));
        SearchIndexer java = new JavaLunrIndexer();
        SearchIndexer lunrJs = new LunrJsIndexer();
        List<Map<String, String>> warmUp = documents(10);
        System.out.printf("warm-up on 10 sections: lunr.js %.0f ms (engine start), Java %.0f ms%n",
                millis(lunrJs, warmUp), millis(java, warmUp));
        double lunrJsPerDocument = 0;
        for (int size : sizes) {
            List<Map<String, String>> documents = documents(size);
            double javaMs = median(java, documents, runs);
            double estimate = lunrJsPerDocument * documents.size() / 1000;
            String lunrJsText;
            if (lunrJsPerDocument > 0 && estimate > lunrJsLimitSeconds) {
                lunrJsText = String.format("lunr.js skipped (estimated %.0f s a run)", estimate);
            } else {
                double lunrJsMs = median(lunrJs, documents, runs);
                lunrJsPerDocument = lunrJsMs / documents.size();
                lunrJsText = String.format("lunr.js %.0f ms, %.0fx the Java time", lunrJsMs, lunrJsMs / javaMs);
                if (!index(lunrJs, documents).serialized().equals(index(java, documents).serialized())) {
                    throw new IllegalStateException("the indexes differ at " + size + " sections");
                }
            }
            System.out.printf("%5d sections (%d parts, serialized word index %.1f MB): Java %.0f ms, %s%n", size,
                    documents.size(), index(java, documents).serialized().length() / 1e6, javaMs, lunrJsText);
        }
    }

    private static List<Map<String, String>> documents(int sections) throws IOException {
        Path root = Files.createTempDirectory("drplan-indexer-bench-" + sections + "-");
        Path content = SyntheticPlan.write(root, sections);
        SiteBuilder builder = new SiteBuilder(BuildConfig.builder(content, root.resolve("out"))
                .linkCheck(LinkCheck.WARN).build());
        return SearchParts.of(builder.modelPlan().orElseThrow()).stream().map(SearchPart::fields).toList();
    }

    private static LunrIndex index(SearchIndexer indexer, List<Map<String, String>> documents) {
        return indexer.index(Analysis.WORDS, documents);
    }

    private static double median(SearchIndexer indexer, List<Map<String, String>> documents, int runs) {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            times.add(millis(indexer, documents));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static double millis(SearchIndexer indexer, List<Map<String, String>> documents) {
        long start = System.nanoTime();
        index(indexer, documents).postings();
        return (System.nanoTime() - start) / 1e6;
    }
}

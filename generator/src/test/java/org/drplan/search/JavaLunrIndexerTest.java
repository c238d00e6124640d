package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.search.lunr.Analysis;
import org.drplan.search.lunr.LunrIndexBuilder;
import org.junit.jupiter.api.Test;

/** What the oracle test does not show: one indexer shared by threads, and the version it claims. */
class JavaLunrIndexerTest {

    private static final SearchIndexer PORT = new JavaLunrIndexer();

    @Test
    void threadsBuildingAtOnceGetTheSameIndexAsOneThreadAlone() throws Exception {
        List<Map<String, String>> sample = SearchParts.of(new SiteBuilder(BuildConfig.builder(Path.of("../content"),
                Path.of("target/indexer-threads")).build()).modelPlan().orElseThrow()).stream()
                .map(SearchPart::fields).toList();
        List<List<Map<String, String>>> inputs = List.of(sample, NastyDocuments.all());
        List<String> alone = inputs.stream().map(i -> PORT.index(Analysis.WORDS, i).serialized()).toList();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads * 4; i++) {
                List<Map<String, String>> input = inputs.get(i % inputs.size());
                results.add(pool.submit(() -> {
                    start.await();
                    return PORT.index(Analysis.WORDS, input).serialized();
                }));
            }
            start.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertEquals(alone.get(i % inputs.size()), results.get(i).get(), "run " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The port is of lunr 2.3.9: bumping the WebJar must fail here rather than ship an index lunr may not read. */
    @Test
    void portsTheLunrVersionTheBundleShips() {
        assertEquals(LunrLibrary.version(), LunrIndexBuilder.PORTED_VERSION);
    }
}

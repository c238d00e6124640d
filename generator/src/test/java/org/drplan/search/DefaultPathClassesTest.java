package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.drplan.bench.BuildOnce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraalJS stays on the classpath for the reference indexer ({@code searchIndexer=lunr-js}), but a default build
 * never loads it: its engine takes seconds to start and hundreds of MB. Checked in a fresh JVM that logs every class
 * it loads while it builds the sample plan with its PDF.
 */
class DefaultPathClassesTest {

    @Test
    void aDefaultBuildLoadsNoClassOfGraalJs(@TempDir Path out) throws IOException, InterruptedException {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), BuildOnce.class.getName(),
                Path.of("../content").toAbsolutePath().toString(), out.resolve("bundle").toString(), "true")
                .redirectErrorStream(true).start();
        String log = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, java.exitValue(), log.lines().filter(l -> !l.contains("class,load")).toList().toString());
        assertTrue(log.contains("org.drplan.search.JavaLunrIndexer"), "the log names the classes loaded");
        List<String> graal = log.lines().filter(l -> l.contains("org.graalvm") || l.contains("com.oracle.truffle"))
                .limit(5).toList();
        assertEquals(List.of(), graal);
    }
}

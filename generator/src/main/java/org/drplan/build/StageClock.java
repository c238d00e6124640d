package org.drplan.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Times the stages of one build, for the build log and the benchmark. */
final class StageClock {

    private final List<StageTime> times = Collections.synchronizedList(new ArrayList<>());
    private final long start = System.nanoTime();
    private final java.util.Map<String, RuntimeException> faults = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String current = "starting";

    /** Runs one stage, recording its time and, through {@code count}, what it made. */
    <T> T time(String stage, Supplier<T> work, Function<T, String> count) {
        long begin = System.nanoTime();
        current = stage;
        RuntimeException fault = faults.get(stage);
        if (fault != null) {
            throw fault;
        }
        T result = work.get();
        record(stage, Duration.ofNanos(System.nanoTime() - begin), result == null ? "" : count.apply(result));
        return result;
    }

    void record(String stage, Duration time, String what) {
        times.add(new StageTime(stage, time, what));
    }

    /** The stage running now (the last one started). */
    String current() {
        return current;
    }

    /** For tests: makes {@code stage} fail with {@code fault}, as a bug in it would. */
    void injectFault(String stage, RuntimeException fault) {
        faults.put(stage, fault);
    }

    List<StageTime> times() {
        synchronized (times) {
            return List.copyOf(times);
        }
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

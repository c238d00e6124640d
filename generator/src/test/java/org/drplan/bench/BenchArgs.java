package org.drplan.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmarks' command line: {@code [runs] [sizes...]}, 3 runs and 100, 1,000, 5,000 sections unless given. */
record BenchArgs(int runs, List<Integer> sizes) {

    static BenchArgs parse(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        return new BenchArgs(runs, sizes.isEmpty() ? List.of(100, 1000, 5000) : List.copyOf(sizes));
    }
}

package org.drplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.serve.PreviewServer;
import org.drplan.serve.ServedFolder;

/**
 * drplan serve on a synthetic plan: the first build, then the time from saving a one-paragraph edit (and a title
 * change) to the new bundle being served, as the server's state reports it (the page's reload adds its own load).
 * Usage: {@code ServeBenchmark [runs] [sizes...]}.
 */
public final class ServeBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes.add(1000);
        }
        for (int size : sizes) {
            Path root = Files.createTempDirectory("drplan-serve-bench-");
            Path content = SyntheticPlan.write(root, size);
            BuildConfig config = BuildConfig.builder(content, root.resolve("out")).linkCheck(LinkCheck.WARN)
                    .pdf(false).build();
            long start = System.nanoTime();
            try (ServedFolder folder = ServedFolder.temporary();
                    PreviewServer server = PreviewServer.start(config.withOutputDirectory(folder.path()),
                            "127.0.0.1", 0, line -> { })) {
                System.out.printf(Locale.ROOT, "%,d sections: first build %.1f s%n", size,
                        (System.nanoTime() - start) / 1e9);
                Path section = content.resolve("s1.md");
                List<Double> paragraph = new ArrayList<>();
                List<Double> title = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    int n = run;
                    paragraph.add(saveAndWait(server, section, text -> text + "\nAn edited paragraph " + n + ".\n"));
                    title.add(saveAndWait(server, section, text -> text.replaceFirst("(?m)^title: .*$",
                            "title: Renamed section " + n)));
                }
                System.out.printf(Locale.ROOT, "  save to served: one paragraph median %.0f ms, a title median %.0f ms"
                        + " (%d runs)%n", median(paragraph), median(title), runs);
            }
        }
    }

    private static double saveAndWait(PreviewServer server, Path file, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        int before = server.state().bundle();
        Thread.sleep(300);
        long start = System.nanoTime();
        Files.writeString(file, edit.apply(Files.readString(file)));
        while (server.state().bundle() == before) {
            Thread.sleep(2);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

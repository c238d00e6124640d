package org.drplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.testing.TestPlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of drplan's Markdown in flexmark's spec format: each
 * {@code ```````````````````````````````` example Name: N} block holds Markdown, a {@code .} line, and the expected
 * HTML, compared after jsoup normalisation. The Markdown is the body of section {@code procedures/restore-db} in a
 * small plan ({@link #PLAN}) that its links can point into, rendered as that section's page in the bundle. Run with
 * {@code -Ddrplan.regenerate=true} to rewrite the expected HTML from what the renderer makes now, then review the
 * diff.
 */
class MarkdownSpecTest {

    private static final Path SPECS = Path.of("src/test/resources/markdown");
    private static final String FENCE = "````````````````````````````````";
    /** The rest of the plan the examples' section lives in. */
    static final String PLAN = """
            -- content/team.yml --
            roles:
              - id: incident-commander
                title: Incident Commander
                name: Maren Okafor
            -- content/team.md --
            ---
            type: team
            ---
            # Recovery team
            -- content/procedures/failover-dns.md --
            # Fail over DNS
            ## Check resolution
            -- content/images/topology.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    record Example(String name, String markdown, String html) {
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SPECS)) {
            for (Path spec : files.filter(p -> p.toString().endsWith(".spec.md")).sorted().toList()) {
                List<Example> examples = read(spec);
                if (Boolean.getBoolean("drplan.regenerate")) {
                    write(spec, examples);
                }
                for (Example example : examples) {
                    tests.add(DynamicTest.dynamicTest(spec.getFileName() + " " + example.name(), () ->
                            assertEquals(normalise(example.html()), normalise(render(example.markdown())),
                                    "Markdown:\n" + example.markdown())));
                }
            }
        }
        // A spec folder that lost its files must not pass as zero tests.
        assertTrue(tests.size() > 20, "spec examples found in " + SPECS + ": " + tests.size());
        return tests.stream();
    }

    static String render(String markdown) {
        return plan(markdown).body("procedures/restore-db");
    }

    /** The plan with {@code markdown} as the body of section {@code procedures/restore-db}. */
    static TestPlan plan(String markdown) {
        return TestPlan.of(PLAN + "-- content/procedures/restore-db.md --\n---\ntype: procedure\n---\n" + markdown);
    }

    private static String normalise(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        return doc.body().html().trim();
    }

    private static List<Example> read(Path spec) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(spec);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FENCE + " example")) {
                continue;
            }
            String name = lines.get(i).substring(FENCE.length() + " example".length()).trim();
            StringBuilder markdown = new StringBuilder();
            StringBuilder html = new StringBuilder();
            StringBuilder target = markdown;
            for (i++; !lines.get(i).equals(FENCE); i++) {
                if (lines.get(i).equals(".") && target == markdown) {
                    target = html;
                } else {
                    target.append(lines.get(i).replace('→', '\t')).append('\n');
                }
            }
            examples.add(new Example(name, markdown.toString(), html.toString()));
        }
        return examples;
    }

    private static void write(Path spec, List<Example> examples) throws IOException {
        List<String> lines = Files.readAllLines(spec);
        List<String> out = new ArrayList<>();
        int example = 0;
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (lines.get(i).startsWith(FENCE + " example")) {
                for (i++; !lines.get(i).equals("."); i++) {
                    out.add(lines.get(i));
                }
                out.add(".");
                out.add(normalise(render(examples.get(example++).markdown())));
                while (!lines.get(i).equals(FENCE)) {
                    i++;
                }
                out.add(FENCE);
            }
        }
        Files.write(spec, out);
    }
}

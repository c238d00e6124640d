package org.drplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.drplan.build.BuildReport;
import org.drplan.build.Editions;
import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.config.OutputTimestamp;
import org.drplan.config.SearchIndexerChoice;
import org.drplan.diagnostics.Problem;
import org.drplan.integrity.BundleCheck;
import org.drplan.serve.PortInUseException;
import org.drplan.serve.PreviewServer;
import org.drplan.serve.ServedFolder;
import org.drplan.starter.StarterPlan;

/**
 * drplan without Maven: {@code java -jar drplan.jar build|serve|init|verify}. The options are the Maven plugin's
 * parameters, by the same names and with the same meaning. Exit codes: 0 done, 1 the plan (or bundle) has errors,
 * 2 the command line is wrong.
 */
public final class Main {

    static final int OK = 0;
    static final int PLAN_ERRORS = 1;
    static final int WRONG_USE = 2;

    private static final Set<String> BUILD_OPTIONS = Set.of("outputDirectory", "out", "templateDirectory",
            "linkCheck", "title", "planVersion", "searchIndexer", "outputTimestamp", "previousBundle", "audience");
    private static final Set<String> BUILD_SWITCHES = Set.of("strict", "pdf");
    private static final Set<String> SERVE_OPTIONS = Set.of("port", "host");
    private static final String HELP = """
            drplan %s: a disaster-recovery plan written in Markdown, built into a runbook bundle and a PDF.

            usage: java -jar drplan.jar <command> [options]

            commands:
              build [options] CONTENT_DIR   build the bundle (default output: drplan-bundle in this folder)
              serve [options] CONTENT_DIR   build, serve on http://127.0.0.1:8000/, rebuild and reload on every save
              init [CONTENT_DIR]            write a starter plan (default: src/drplan); never overwrites a file
              verify BUNDLE_DIR             check a copy of a bundle against its SHA256SUMS

            options of build and serve (the Maven plugin's parameters, same names and meanings):
              --outputDirectory DIR  (or --out DIR)   where the bundle is written
              --templateDirectory DIR                 overrides of theme templates and assets
              --strict                                every warning is an error
              --linkCheck error|warn                  how unresolved internal links are treated (default error)
              --title TEXT, --planVersion TEXT        override drplan.yml's title and version
              --pdf=true|false                        also write plan.pdf (build: true; serve: false, on demand)
              --searchIndexer java|lunr-js            who builds the search index (the same index either way)
              --outputTimestamp ISO-INSTANT           the build date (default: the newest source file's)
              --previousBundle DIR|ZIP                an earlier version's bundle: adds changes.html, what changed since
              --audience full|shareable|full,shareable
                                                      shareable: without the material marked restricted, leak-checked;
                                                      both: the shareable bundle beside the full one (OUT-shareable);
                                                      default: drplan.yml's audiences, else full
            options of serve:
              --port N (default 8000), --host ADDRESS (default 127.0.0.1)

              --help, --version

            exit codes: 0 done, 1 the plan or bundle has errors, 2 wrong use
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;

    Main(PrintStream out, PrintStream err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        System.exit(new Main(System.out, System.err, terminal).run(args));
    }

    int run(String... args) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty() || words.contains("--help") || words.contains("-h") || words.get(0).equals("help")) {
            out.print(HELP.formatted(version()));
            return words.isEmpty() ? WRONG_USE : OK;
        }
        if (words.contains("--version")) {
            out.println("drplan " + version());
            return OK;
        }
        List<String> rest = words.subList(1, words.size());
        try {
            return switch (words.get(0)) {
                case "build" -> build(new Arguments(rest, BUILD_OPTIONS, BUILD_SWITCHES));
                case "serve" -> serve(new Arguments(rest, union(BUILD_OPTIONS, SERVE_OPTIONS), BUILD_SWITCHES));
                case "init" -> init(new Arguments(rest, Set.of(), Set.of()));
                case "verify" -> verify(new Arguments(rest, Set.of(), Set.of()));
                default -> throw new Arguments.WrongUse("unknown command '" + words.get(0) + "'");
            };
        } catch (Arguments.WrongUse e) {
            err.println("drplan: " + e.getMessage() + " (see java -jar drplan.jar --help)");
            return WRONG_USE;
        }
    }

    private int build(Arguments arguments) throws Arguments.WrongUse {
        BuildConfig config = config(arguments, true);
        for (BuildReport report : Editions.build(config, audiences(arguments))) {
            print(report);
            if (!report.succeeded()) {
                err.println(paint("drplan: the plan has " + report.errors().size() + " error"
                        + (report.errors().size() == 1 ? "" : "s") + "; the previous bundle was left as it was", RED));
                return PLAN_ERRORS;
            }
            report.notices().forEach(notice -> out.println("drplan: " + notice));
            out.println("drplan: " + report.summary().line() + " -> " + report.outputDirectory());
        }
        return OK;
    }

    private static List<Audience> audiences(Arguments arguments) throws Arguments.WrongUse {
        String audience = arguments.option("audience", null);
        return audience == null ? List.of() : parsed("--audience", () -> Audience.parseList(audience));
    }

    private int serve(Arguments arguments) throws Arguments.WrongUse {
        BuildConfig config = config(arguments, false);
        int port = number(arguments.option("port", "8000"), "--port");
        String host = arguments.option("host", "127.0.0.1");
        try (ServedFolder folder = arguments.has("outputDirectory") || arguments.has("out")
                ? ServedFolder.at(config.outputDirectory()) : ServedFolder.temporary();
                PreviewServer server = PreviewServer.start(config.withOutputDirectory(folder.path()), host, port,
                        out::println)) {
            out.println("drplan serve: " + server.address() + " (Ctrl-C to stop)");
            server.awaitClose();
            return OK;
        } catch (PortInUseException e) {
            throw new Arguments.WrongUse(e.getMessage() + ": choose another with --port " + (port + 1));
        } catch (IOException e) {
            err.println(paint("drplan: cannot serve: " + e.getMessage(), RED));
            return PLAN_ERRORS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }

    private int init(Arguments arguments) throws Arguments.WrongUse {
        Path content = Path.of(arguments.operandOr("content folder", "src/drplan")).toAbsolutePath().normalize();
        try {
            StarterPlan.Result result = StarterPlan.write(content);
            result.written().forEach(file -> out.println("drplan: wrote " + content.relativize(file)));
            result.kept().forEach(file -> err.println(paint("drplan: " + file + " exists: left as it was",
                    YELLOW)));
            out.println("drplan: " + result.written().size() + " files written into " + content
                    + "; build it with java -jar drplan.jar build " + content + ", then replace every value marked "
                    + StarterPlan.PLACEHOLDER + ": the build lists each one with its line");
            return OK;
        } catch (IOException e) {
            err.println(paint("drplan: cannot write the starter plan into " + content + ": " + e, RED));
            return PLAN_ERRORS;
        }
    }

    private int verify(Arguments arguments) throws Arguments.WrongUse {
        Path bundle = Path.of(arguments.operand("bundle folder")).toAbsolutePath().normalize();
        BundleCheck.Report report = BundleCheck.check(bundle);
        for (String line : report.lines()) {
            if (report.intact()) {
                out.println("drplan: " + line);
            } else {
                err.println(paint("drplan: " + line, RED));
            }
        }
        return report.intact() ? OK : PLAN_ERRORS;
    }

    private BuildConfig config(Arguments arguments, boolean pdfByDefault) throws Arguments.WrongUse {
        Path content = Path.of(arguments.operand("content folder")).toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            throw new Arguments.WrongUse(content + (Files.exists(content) ? " is a file, not a folder"
                    : " does not exist") + ": name the folder that holds the plan");
        }
        Path output = Path.of(arguments.option("outputDirectory", arguments.option("out", "drplan-bundle")));
        String template = arguments.option("templateDirectory", null);
        return BuildConfig.builder(content, output.toAbsolutePath().normalize())
                .templateDirectory(template == null ? null : Path.of(template).toAbsolutePath().normalize())
                .baseDirectory(Path.of("").toAbsolutePath())
                .strict(arguments.flag("strict", false))
                .linkCheck(parsed("--linkCheck", () -> LinkCheck.parse(arguments.option("linkCheck", "error"))))
                .title(arguments.option("title", null))
                .planVersion(arguments.option("planVersion", null))
                .buildTime(parsed("--outputTimestamp", () -> OutputTimestamp.parse(arguments.option(
                        "outputTimestamp", null)).orElse(null)))
                .pdf(arguments.flag("pdf", pdfByDefault))
                .searchIndexer(parsed("--searchIndexer", () -> SearchIndexerChoice.parse(arguments.option(
                        "searchIndexer", "java"))))
                .previousBundle(arguments.option("previousBundle", null) == null ? null
                        : Path.of(arguments.option("previousBundle", null)).toAbsolutePath().normalize())
                .audience(audiences(arguments).size() == 1 ? audiences(arguments).get(0) : Audience.FULL)
                .build();
    }

    private void print(BuildReport report) {
        for (Problem problem : report.problems()) {
            String line = problem.format(report.baseDirectory());
            if (problem.isError()) {
                err.println(paint(line, RED));
            } else {
                err.println(paint(line, YELLOW));
            }
        }
    }

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";

    private String paint(String line, String colourCode) {
        return colour ? colourCode + line + "\u001b[0m" : line;
    }

    private static <T> T parsed(String option, Supplier<T> parse) throws Arguments.WrongUse {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new Arguments.WrongUse(option + ": " + e.getMessage());
        }
    }

    private static int number(String text, String option) throws Arguments.WrongUse {
        try {
            int value = Integer.parseInt(text);
            if (value < 0 || value > 65535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Arguments.WrongUse(option + " is a port number (0-65535), not '" + text + "'");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}

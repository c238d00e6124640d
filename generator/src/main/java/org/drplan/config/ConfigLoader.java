package org.drplan.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.integrity.BuildSources;
import org.drplan.integrity.FileDigests;
import org.drplan.yaml.YamlFields;
import org.drplan.yaml.YamlMap;
import org.drplan.yaml.YamlReader;
import org.drplan.yaml.YamlScalar;

/**
 * Stage 1: checks the folders of a {@link BuildConfig} and merges it with {@code drplan.yml} into {@link PlanSettings}.
 * Unknown keys in {@code drplan.yml} are errors: a typo there would otherwise silently change nothing.
 */
public final class ConfigLoader {

    private static final Set<String> KNOWN_KEYS =
            Set.of("title", "organisation", "version", "review_interval", "lang", "paper", "binding", "audiences");

    private final YamlReader yaml;
    private final FileDigests digests;

    public ConfigLoader(YamlReader yaml) {
        this(yaml, FileDigests.reading());
    }

    /** A loader that takes the source files' digests (for the build id) from {@code digests}. */
    public ConfigLoader(YamlReader yaml, FileDigests digests) {
        this.yaml = yaml;
        this.digests = digests;
    }

    /** Returns the settings, or empty when the config cannot be used (the reasons are in {@code diagnostics}). */
    public Optional<PlanSettings> load(BuildConfig config, Diagnostics diagnostics) {
        return load(config, diagnostics, true);
    }

    /**
     * The settings for a build that writes nothing (the preview server's pages): the output folder and the runbook
     * zip are not looked at, which on a long plan's bundle is most of the time the settings take.
     */
    public Optional<PlanSettings> loadWithoutWriting(BuildConfig config, Diagnostics diagnostics) {
        return load(config, diagnostics, false);
    }

    private Optional<PlanSettings> load(BuildConfig config, Diagnostics diagnostics, boolean writes) {
        Path content = config.contentDirectory();
        if (!Files.isDirectory(content)) {
            diagnostics.error(content, 0, 0, Files.exists(content)
                    ? "content directory is not a folder" : "content directory does not exist");
            return Optional.empty();
        }
        if (writes && !writable(config, content, diagnostics)) {
            return Optional.empty();
        }
        if (config.templateDirectory() != null && !Files.isDirectory(config.templateDirectory())) {

            diagnostics.error(config.templateDirectory(), 0, 0, "template directory does not exist");
            return Optional.empty();
        }
        Path file = content.resolve(PlanSettings.FILE_NAME);
        YamlMap map = YamlMap.empty();
        if (Files.exists(file)) {
            // A drplan.yml that cannot be read is an error, but the build goes on with the defaults, so that every
            // other problem of the plan is listed in the same run.
            map = readFile(file, diagnostics).orElse(YamlMap.empty());
        }
        return Optional.of(merge(config, map, file, diagnostics));
    }

    private Optional<YamlMap> readFile(Path file, Diagnostics diagnostics) {
        try {
            return yaml.readMapping(Files.readString(file), file, 1, diagnostics);
        } catch (MalformedInputException e) {
            diagnostics.error(file, 0, 0, "cannot read file: not UTF-8 text");
        } catch (IOException e) {
            diagnostics.error(file, 0, 0, "cannot read file: " + org.drplan.diagnostics.IoWords.describe(e));
        }
        return Optional.empty();
    }

    /** False, and said, when the output folder or the runbook zip's place is not one drplan may replace. */
    private static boolean writable(BuildConfig config, Path content, Diagnostics diagnostics) {
        Optional<String> output = OutputFolderCheck.problem(config.outputDirectory(), content);
        if (output.isPresent()) {
            diagnostics.error(config.outputDirectory(), 0, 0, output.get());
            return false;
        }
        Optional<String> zip = config.runbookZip() == null ? Optional.empty()
                : OutputFolderCheck.zipProblem(config.runbookZip(), config.outputDirectory(), content);
        if (zip.isPresent()) {
            diagnostics.error(config.runbookZip().file(), 0, 0, zip.get());
            return false;
        }
        return true;
    }

    private PlanSettings merge(BuildConfig config, YamlMap map, Path file, Diagnostics diagnostics) {
        YamlFields read = new YamlFields(map, file, diagnostics);
        read.rejectUnknownKeys(KNOWN_KEYS, PlanSettings.FILE_NAME);
        audiences(read);
        String title = first(config.title(), text(read, "title"), "Continuity plan");
        String version = first(config.planVersion(), text(read, "version"), config.projectVersion());
        PlanDuration interval = read.value("review_interval", PlanDuration::parse,
                "a duration such as 90d, 26w or P180D").orElse(PlanSettings.DEFAULT_REVIEW_INTERVAL);
        Paper paper = read.value("paper", ConfigLoader::paper, "A4 or Letter").orElse(Paper.A4);
        Binding binding = read.value("binding", ConfigLoader::binding,
                "duplex (printed on both sides, the default) or simplex (one side)").orElse(Binding.DUPLEX);
        BuildSources sources = BuildSources.read(config.contentDirectory(), config.templateDirectory(), digests);
        // No wall clock inside the bundle: without a configured date, the newest source file dates the build.
        Instant buildTime = config.buildTime() != null ? config.buildTime() : sources.newest();
        String organisation = text(read, "organisation");
        String planVersion = version == null ? "unversioned" : version;
        String lang = first(text(read, "lang"), "en");
        String settings = String.join("\n", "title " + title, "organisation " + organisation,
                "version " + planVersion, "review " + interval, "lang " + lang, "paper " + paper,
                "binding " + binding.key(), "built " + buildTime, "links " + config.linkCheck(),
                "pdf " + config.pdf()) + (config.audience() == Audience.FULL ? "" : "\naudience " + config.audience());
        return new PlanSettings(title, organisation, planVersion, interval, lang, paper, binding, buildTime,
                sources.buildId(settings), config.audience());
    }

    /**
     * The audiences {@code drplan.yml} asks a bundle for ({@code audiences: [full, shareable]}), which a build with
     * none asked of it by a parameter builds; empty when the file names none or cannot be read (the build that reads
     * the file then says why).
     */
    public static List<Audience> audiences(Path contentDirectory) {
        Path file = contentDirectory.resolve(PlanSettings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Diagnostics quiet = new Diagnostics(false);
        try {
            Optional<YamlMap> map = new YamlReader().readMapping(Files.readString(file), file, 1, quiet);
            return map.map(m -> audiences(new YamlFields(m, file, quiet))).orElse(List.of());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Each audience of {@code audiences}, once; a value that is none is an error at its place. */
    private static List<Audience> audiences(YamlFields read) {
        List<Audience> audiences = new java.util.ArrayList<>();
        for (YamlScalar item : read.scalars("audiences")) {
            try {
                Audience audience = Audience.parse(item.text());
                if (!audiences.contains(audience)) {
                    audiences.add(audience);
                }
            } catch (IllegalArgumentException e) {
                read.error(item, "'" + item.text().strip() + "' is not an audience: write full, shareable or both, "
                        + "[full, shareable]");
            }
        }
        return audiences;
    }

    private static String text(YamlFields fields, String key) {
        return fields.text(key).orElse(null);
    }

    private static Optional<Paper> paper(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(Paper.A4);
            case "letter" -> Optional.of(Paper.LETTER);
            default -> Optional.empty();
        };
    }

    private static Optional<Binding> binding(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "duplex" -> Optional.of(Binding.DUPLEX);
            case "simplex" -> Optional.of(Binding.SIMPLEX);
            default -> Optional.empty();
        };
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}

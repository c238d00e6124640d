package org.drplan.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.audience.AudienceStage;
import org.drplan.audience.Edition;
import org.drplan.bundle.BundleManifest;
import org.drplan.bundle.BundleStage;
import org.drplan.bundle.BundleWriter;
import org.drplan.changes.ChangeSheet;
import org.drplan.changes.ChangeStage;
import org.drplan.checks.PlanChecks;
import org.drplan.checks.PlanHealth;
import org.drplan.config.BuildConfig;
import org.drplan.config.ConfigLoader;
import org.drplan.config.PlanSettings;
import org.drplan.content.ContentFiles;
import org.drplan.content.ContentScanner;
import org.drplan.content.Section;
import org.drplan.content.TeamFile;
import org.drplan.content.TeamFileReader;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.FailureOnFile;
import org.drplan.diagnostics.Problem;
import org.drplan.linkcheck.BundleVerifier;
import org.drplan.markdown.ParsedSection;
import org.drplan.pdf.RenderedPdf;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanBuilder;
import org.drplan.search.SearchIndexWriter;
import org.drplan.search.SearchStage;
import org.drplan.theme.ThemeStage;
import org.drplan.yaml.YamlReader;

/**
 * Knows the order of the stages. Gather, then write: nothing touches the output folder until every page has
 * rendered and its links are checked; the bundle is then staged beside it, verified, and swapped in. Stages that
 * work section by section use both cores; the PDF is laid out while the search index builds.
 */
public final class SiteBuilder {

    private final BuildConfig config;
    private final Diagnostics diagnostics;
    private final StageClock clock = new StageClock();
    private final YamlReader yaml = new YamlReader();
    private final ThemeStage theme;
    private final List<String> notices = new ArrayList<>();

    private final SessionMemory memory;
    private volatile boolean cancelled;

    public SiteBuilder(BuildConfig config) {
        this(config, SessionMemory.none(config, new YamlReader()));
    }

    /** A build whose stages remember what they read, when the build is one of a {@link BuildSession}. */
    SiteBuilder(BuildConfig config, SessionMemory memory) {
        this.config = config;
        this.memory = memory;
        this.diagnostics = new Diagnostics(config.strict());
        this.theme = new ThemeStage(config.templateDirectory(), diagnostics);
    }

    /**
     * Builds the bundle. Whatever fails inside ends as a reported problem, never an exception, and never a changed
     * output folder: a fault of the machine as what it is, at its path; anything else as a bug in drplan, naming the
     * stage and, where known, the file ({@link StageFailure}).
     */
    public BuildReport build() {
        try {
            return buildOrThrow();
        } catch (FailureOnFile failure) {
            StageFailure.report(failure, failure.file(), clock.current(), diagnostics);
            return failed();
        } catch (RuntimeException | Error e) {
            StageFailure.report(e, config.contentDirectory(), clock.current(), diagnostics);
            return failed();
        }
    }

    /** For tests: the stage named fails as soon as it starts, with {@code fault}. */
    void injectFault(String stage, RuntimeException fault) {
        clock.injectFault(stage, fault);
    }

    /**
     * The stages up to the pages, without the bundle: the plan modelled and checked as {@link #build()} would, and
     * its pages made one at a time when asked, each the same as the build would write it. What the preview server
     * shows right after a save, while the whole bundle is built again behind it.
     */
    public PagePreview preview() {
        try {
            Optional<Plan> plan = modelPlan(false);
            if (plan.isEmpty() || diagnostics.hasErrors()) {
                return PagePreview.failed(diagnostics.problems());
            }
            Checked checked = checked(plan.get());
            return new PagePreview(plan.get().settings().buildId(), theme.pagesOf(plan.get(), checked.health(),
                    warnings(), config.pdf(), checked.changes()), diagnostics);
        } catch (FailureOnFile failure) {
            StageFailure.report(failure, failure.file(), clock.current(), diagnostics);
        } catch (RuntimeException | Error e) {
            StageFailure.report(e, config.contentDirectory(), clock.current(), diagnostics);
        }
        return PagePreview.failed(diagnostics.problems());
    }

    /**
     * Asks a build running on another thread to stop before it writes anything (the preview server's, when a newer
     * save makes it useless); it then ends as a failed build with no problem of its own.
     */
    public void cancel() {
        cancelled = true;
    }

    private BuildReport buildOrThrow() {
        BackgroundPdf pdf = BackgroundPdf.prepare(config.pdf(), config.strict());
        Optional<Plan> plan = modelPlan();
        if (plan.isEmpty() || cancelled) {
            pdf.join(diagnostics);
            return failed();
        }
        Checked checked = checked(plan.get());
        PlanHealth health = checked.health();
        ChangeSheet changes = checked.changes();
        Optional<Assembled> assembled = pagesAndBundle(plan.get(), health, changes);
        Optional<String> printDocument = assembled.isPresent() && config.pdf()
                ? clock.time("print document", () -> theme.printDocument(plan.get(), health, warnings(), changes),
                        d -> "")
                : Optional.empty();
        if (assembled.isEmpty() || diagnostics.hasErrors() || cancelled) {
            pdf.join(diagnostics);
            return failed();
        }
        BundleManifest manifest = assembled.get().manifest();
        Optional<Map<String, String>> search = clock.time("search index", () -> buildSearchIndex(plan.get()),
                s -> s.map(i -> i.size() + " files").orElse("failed"));
        // The PDF is laid out after the search index, not beside it: a long plan's parts are laid out two at a time,
        // one per core, and the index of a large plan wants most of the heap while it is built.
        pdf.start(plan.get(), printDocument, manifest.bytesByPath(), clock);
        Optional<RenderedPdf> renderedPdf = pdf.join(diagnostics);
        manifest = BundleStage.withSearchAndPdf(manifest, search, renderedPdf);
        if (diagnostics.hasErrors() || cancelled) {
            return failed();
        }
        manifest = BundleStage.withChecksums(manifest, plan.get().settings());
        BundleManifest toPublish = manifest;
        clock.time("leak check", () -> {
            AudienceStage.check(plan.get().restricted(), plan.get().sections().stream()
                    .map(s -> s.parsed().section()).toList(), toPublish.bytesByPath(), config.outputDirectory(),
                    diagnostics);
            return "";
        }, l -> "");
        if (diagnostics.hasErrors()) {
            return failed();
        }
        BundleManifest written = manifest;
        BundleWriter writer = new BundleWriter(config.outputDirectory(), Optional.ofNullable(config.runbookZip()));
        Optional<BundleWriter.Staged> staged = clock.time("write", () -> writer.stage(written,
                plan.get().settings().buildTime(), diagnostics), s -> written.size() + " files");
        if (staged.isEmpty()) {
            return failed();
        }
        notices.addAll(staged.get().leftovers());
        return verifyAndPublish(writer, staged.get(), summary(plan.get(), assembled.get().pages(), written,
                renderedPdf));
    }

    private Checked checked(Plan plan) {
        PlanHealth health = clock.time("checks", () -> new PlanChecks(config.contentDirectory())
                .check(plan, diagnostics), h -> h.findings().size() + " findings");
        ChangeSheet changes = clock.time("changes", () -> ChangeStage.compare(config.previousBundle(), plan,
                diagnostics).orElse(null), c -> c == null ? "" : c.sections().size() + " sections changed");
        return new Checked(health, changes);
    }

    /** What the checks found in the plan, and what changed since the previous bundle (null without one). */
    private record Checked(PlanHealth health, ChangeSheet changes) {
    }

    /**
     * Stages 1 to 5 alone: the plan model, with every problem found so far in {@link #problems()}; empty when the
     * configuration cannot be used at all.
     */
    public Optional<Plan> modelPlan() {
        return modelPlan(true);
    }

    /** The plan model; a build that writes nothing ({@code writes} false, a preview) leaves the output folder be. */
    private Optional<Plan> modelPlan(boolean writes) {
        ConfigLoader loader = new ConfigLoader(yaml, memory.digests());
        Optional<PlanSettings> settings = clock.time("settings", () -> writes
                ? loader.load(config, diagnostics) : loader.loadWithoutWriting(config, diagnostics), s -> "");
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        ContentFiles files = clock.time("scan", () -> new ContentScanner().scan(config.contentDirectory(),
                diagnostics), f -> f.markdown().size() + " Markdown files, " + f.assets().size() + " other files");
        Optional<TeamFile> team = new TeamFileReader(yaml).read(config.contentDirectory(), diagnostics);
        List<Section> read = clock.time("front matter", () -> memory.frontMatter().readAll(files.markdown(), team,
                diagnostics), s -> s.size() + " sections");
        Edition edition = clock.time("audience", () -> AudienceStage.edition(read, team, config.audience(),
                config.contentDirectory()),
                e -> e.withheld().size() + " sections left out");
        List<ParsedSection> parsed = clock.time("markdown", () -> memory.markdown().parseAll(edition.shown(),
                diagnostics), p -> p.size() + " sections");
        // What the edition leaves out is read for the files it links to, which leave with it.
        List<ParsedSection> leftOutParsed = java.util.stream.Stream.concat(edition.withheld().stream(),
                edition.blocks().stream()).map(memory.markdown()::parseUnreported).toList();
        return Optional.of(clock.time("plan and links", () -> new PlanBuilder(config.linkCheck())
                .build(settings.get(), parsed, edition, leftOutParsed, files, diagnostics),
                p -> p.stepCount() + " steps"));
    }

    /** Every problem found so far, sorted by file and position. */
    public List<Problem> problems() {
        return diagnostics.problems();
    }

    private List<String> warnings() {
        return diagnostics.problems().stream()
                .filter(p -> !p.isError()).map(p -> p.format(config.contentDirectory())).toList();
    }

    private Optional<Map<String, String>> buildSearchIndex(Plan plan) {
        return diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(SearchStage.build(plan, config.searchIndexer(), diagnostics));
    }

    /**
     * The pages, then the bundle's files around them; empty after an error. The pages' text is let go here: the
     * manifest keeps their bytes.
     */
    private Optional<Assembled> pagesAndBundle(Plan plan, PlanHealth health, ChangeSheet changes) {
        if (cancelled) {
            return Optional.empty();
        }
        Map<String, String> pages = clock.time("pages", () -> theme.pages(plan, health, warnings(), config.pdf(),
                changes),
                p -> p.size() + " pages");
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        BundleManifest manifest = clock.time("bundle", () -> BundleStage.assemble(config, pages, plan,
                diagnostics), m -> m.size() + " files");
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(new Assembled(manifest, pages.size()));
    }

    /** The bundle's files before search and PDF, and how many pages the plan made. */
    private record Assembled(BundleManifest manifest, int pages) {
    }

    private BuildReport verifyAndPublish(BundleWriter writer, BundleWriter.Staged staged, BuildSummary summary) {
        try {
            clock.time("link check", () -> {
                new BundleVerifier().verify(staged.folder(), diagnostics);
                return "";
            }, v -> "");
        } catch (RuntimeException | Error e) {
            writer.discard(staged);
            throw e;
        }
        if (diagnostics.hasErrors()) {
            writer.discard(staged);
            return failed();
        }
        if (!writer.publish(staged, diagnostics)) {
            return failed();
        }
        return new BuildReport(diagnostics.problems(), config.outputDirectory(), config.baseDirectory(),
                summary.pages(), clock.times(), withTime(summary), notices);
    }

    private BuildSummary summary(Plan plan, int pages, BundleManifest written, Optional<RenderedPdf> pdf) {
        return new BuildSummary(plan.sections().size(), plan.stepCount(), pages,
                written.bytesUnder(SearchIndexWriter.FOLDER), pdf.map(RenderedPdf::pages).orElse(0),
                clock.sinceStart(), plan.settings().buildId(), plan.settings().buildTime());
    }

    private BuildSummary withTime(BuildSummary summary) {
        return summary.withTime(clock.sinceStart());
    }

    private BuildReport failed() {
        return new BuildReport(diagnostics.problems(), config.outputDirectory(), config.baseDirectory(), 0,
                clock.times(), null, notices);
    }
}

package org.drplan.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;
import org.drplan.config.PlanSettings;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.integrity.BuildInfo;
import org.drplan.integrity.Sha256Sums;
import org.drplan.pdf.RenderedPdf;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanJson;
import org.drplan.plan.PlanSection;
import org.drplan.plan.RecoveryTimes;
import org.drplan.search.LunrLibrary;
import org.drplan.search.SearchIndexWriter;
import org.drplan.theme.PrintDocument;
import org.drplan.theme.ThemeAssets;

/**
 * The bundle stage: what goes into the bundle, in three steps of the build — the pages with the theme's assets and the
 * plan's files, then the search index and the PDF once they are made, then the sums (BUILD-INFO.txt, SHA256SUMS).
 */
public final class BundleStage {

    private BundleStage() {
    }

    /** Everything but the search index and the PDF, which are made after it. */
    public static BundleManifest assemble(BuildConfig config, Map<String, String> pages, Plan plan, Diagnostics diagnostics) {
        BundleAssembler bundle = new BundleAssembler()
                .generated(ThemeAssets.load(config.templateDirectory()))
                .generated(LunrLibrary.BUNDLE_PATH, LunrLibrary.browserScript())
                .reservedFolder(SearchIndexWriter.FOLDER)
                .reserved(Sha256Sums.FILE_NAME, BuildInfo.FILE_NAME);
        if (config.pdf()) {
            bundle.reserved(PrintDocument.PATH);
        }
        Map<String, Path> sources = plan.sections().stream()
                .collect(Collectors.toMap(PlanSection::outputPath, s -> s.source().path()));
        pages.forEach((path, html) -> {
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            if (sources.containsKey(path)) {
                bundle.page(path, bytes, sources.get(path), diagnostics);
            } else {
                bundle.generated(path, bytes);
            }
        });
        bundle.generated(PlanJson.PATH, PlanJson.of(plan, RecoveryTimes.of(plan)).getBytes(StandardCharsets.UTF_8));
        return bundle.content(plan.assets(), diagnostics).manifest();
    }

    public static BundleManifest withSearchAndPdf(BundleManifest manifest, Optional<Map<String, String>> search,
                                           Optional<RenderedPdf> pdf) {
        List<BundleManifest.File> added = new ArrayList<>();
        search.orElse(Map.of()).forEach((path, text) -> added.add(BundleManifest.File.of(path, text)));
        pdf.ifPresent(p -> added.add(BundleManifest.File.of(PrintDocument.PATH, p.bytes())));
        return manifest.with(added);
    }

    /** BUILD-INFO.txt, then SHA256SUMS listing every other file with its SHA-256. */
    public static BundleManifest withChecksums(BundleManifest manifest, PlanSettings settings) {
        BuildInfo info = new BuildInfo(settings.title(), settings.organisation(), settings.version(),
                settings.buildTime(), settings.buildId(), manifest.size() + 1,
                settings.audience() == Audience.SHAREABLE ? Audience.SHAREABLE_LABEL : null);
        BundleManifest withInfo = manifest.with(BundleManifest.File.of(BuildInfo.FILE_NAME, info.text()));
        Map<String, String> hashes = withInfo.files().parallelStream()
                .collect(Collectors.toConcurrentMap(BundleManifest.File::path, BundleManifest.File::sha256));
        return withInfo.with(BundleManifest.File.of(Sha256Sums.FILE_NAME, Sha256Sums.format(hashes)));
    }
}

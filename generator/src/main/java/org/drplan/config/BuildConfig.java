package org.drplan.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What the caller (the Maven plugin, a test) asks for: folders, switches and overrides of {@code drplan.yml}.
 * Immutable; build one with {@link #builder(Path, Path)} or {@link #forTest(Path)}.
 *
 * @param contentDirectory  the plan's Markdown and {@code drplan.yml}
 * @param outputDirectory   where the bundle goes; replaced whole on success, untouched on failure
 * @param templateDirectory user overrides of theme templates and assets, by relative name; may be null
 * @param baseDirectory     problem paths are shown relative to this folder (the Maven project's basedir)
 * @param title             overrides {@code drplan.yml}'s title; may be null
 * @param planVersion       overrides {@code drplan.yml}'s version; may be null
 * @param projectVersion    version used when neither the parameter nor {@code drplan.yml} gives one; may be null
 * @param buildTime         the build date shown in pages; fixed for reproducible builds, null means now
 * @param pdf               whether the bundle gets {@code plan.pdf}, the whole plan for printing
 * @param searchIndexer     which program builds the search index
 * @param runbookZip        where the runbook zip of the bundle goes; null for none
 * @param previousBundle    an earlier version's bundle (folder or runbook zip) to list the changes since; may be null
 * @param audience          who the bundle is for: {@code SHAREABLE} leaves restricted material out and proves it
 */
public record BuildConfig(
        Path contentDirectory,
        Path outputDirectory,
        Path templateDirectory,
        Path baseDirectory,
        boolean strict,
        LinkCheck linkCheck,
        String title,
        String planVersion,
        String projectVersion,
        Instant buildTime,
        boolean pdf,
        SearchIndexerChoice searchIndexer,
        RunbookZipTarget runbookZip,
        Path previousBundle,
        Audience audience) {

    public BuildConfig {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(linkCheck, "linkCheck");
        Objects.requireNonNull(searchIndexer, "searchIndexer");
        Objects.requireNonNull(audience, "audience");
        contentDirectory = contentDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        templateDirectory = templateDirectory == null ? null : templateDirectory.toAbsolutePath().normalize();
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        previousBundle = previousBundle == null ? null : previousBundle.toAbsolutePath().normalize();
    }

    public static Builder builder(Path contentDirectory, Path outputDirectory) {
        return new Builder(contentDirectory, outputDirectory);
    }

    /** A valid config for a site under {@code root}: content in {@code root/content}, output in {@code root/out}. */
    public static BuildConfig forTest(Path root) {
        return builder(root.resolve("content"), root.resolve("out"))
                .baseDirectory(root)
                .buildTime(Instant.parse("2026-01-02T03:04:05Z"))
                .build();
    }

    public Builder toBuilder() {
        return toBuilder(outputDirectory);
    }

    /** The same build writing into another folder (a preview's). */
    public BuildConfig withOutputDirectory(Path folder) {
        return toBuilder(folder).build();
    }

    private Builder toBuilder(Path output) {
        return new Builder(contentDirectory, output)
                .templateDirectory(templateDirectory).baseDirectory(baseDirectory).strict(strict)
                .linkCheck(linkCheck).title(title).planVersion(planVersion).projectVersion(projectVersion)
                .buildTime(buildTime).pdf(pdf).searchIndexer(searchIndexer).runbookZip(runbookZip)
                .previousBundle(previousBundle).audience(audience);
    }

    /** Builder for {@link BuildConfig}; unset optional values stay null. */
    public static final class Builder {
        private final Path contentDirectory;
        private final Path outputDirectory;
        private Path templateDirectory;
        private Path baseDirectory;
        private boolean strict;
        private LinkCheck linkCheck = LinkCheck.ERROR;
        private String title;
        private String planVersion;
        private String projectVersion;
        private Instant buildTime;
        private boolean pdf = true;
        private SearchIndexerChoice searchIndexer = SearchIndexerChoice.JAVA;
        private RunbookZipTarget runbookZip;
        private Path previousBundle;
        private Audience audience = Audience.FULL;

        private Builder(Path contentDirectory, Path outputDirectory) {
            this.contentDirectory = contentDirectory;
            this.outputDirectory = outputDirectory;
        }

        public Builder templateDirectory(Path value) { templateDirectory = value; return this; }
        public Builder baseDirectory(Path value) { baseDirectory = value; return this; }
        public Builder strict(boolean value) { strict = value; return this; }
        public Builder linkCheck(LinkCheck value) { linkCheck = value; return this; }
        public Builder title(String value) { title = blankToNull(value); return this; }
        public Builder planVersion(String value) { planVersion = blankToNull(value); return this; }
        public Builder projectVersion(String value) { projectVersion = blankToNull(value); return this; }
        public Builder buildTime(Instant value) { buildTime = value; return this; }
        public Builder pdf(boolean value) { pdf = value; return this; }
        public Builder searchIndexer(SearchIndexerChoice value) { searchIndexer = value; return this; }
        public Builder runbookZip(RunbookZipTarget value) { runbookZip = value; return this; }
        public Builder previousBundle(Path value) { previousBundle = value; return this; }
        public Builder audience(Audience value) { audience = value; return this; }

        public BuildConfig build() {
            Path base = baseDirectory != null ? baseDirectory : contentDirectory.toAbsolutePath().getParent();
            return new BuildConfig(contentDirectory, outputDirectory, templateDirectory, base, strict, linkCheck,
                    title, planVersion, projectVersion, buildTime, pdf, searchIndexer, runbookZip, previousBundle,
                    audience);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}

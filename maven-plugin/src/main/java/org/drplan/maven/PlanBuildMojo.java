package org.drplan.maven;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.config.OutputTimestamp;
import org.drplan.config.RunbookZipTarget;
import org.drplan.config.SearchIndexerChoice;

/** The parameters of a build of the plan, shared by {@code drplan:site} and {@code drplan:serve}. */
abstract class PlanBuildMojo extends AbstractMojo {

    private static final String DEFAULT_CONTENT = "src/drplan";

    /** The plan: Markdown sections, {@code drplan.yml}, {@code team.yml}, images and attachments. */
    @Parameter(property = "drplan.contentDirectory", defaultValue = "${project.basedir}/src/drplan")
    File contentDirectory;

    /** Where the bundle is written; replaced whole on success, untouched on failure. */
    @Parameter(property = "drplan.outputDirectory", defaultValue = "${project.build.directory}/drplan")
    File outputDirectory;

    /** Overrides of theme templates and assets, by the same relative name as in the built-in theme. */
    @Parameter(property = "drplan.templateDirectory")
    File templateDirectory;

    /** Turn every warning into an error. */
    @Parameter(property = "drplan.strict", defaultValue = "false")
    boolean strict;

    /** {@code error} (default) or {@code warn}: how unresolved internal links are treated. */
    @Parameter(property = "drplan.linkCheck", defaultValue = "error")
    String linkCheck;

    /** The plan's title; overrides {@code drplan.yml}. */
    @Parameter(property = "drplan.title")
    String title;

    /** The plan's version; overrides {@code drplan.yml} (default: the project version). */
    @Parameter(property = "drplan.planVersion")
    String planVersion;

    /** Also write {@code plan.pdf}, the whole plan for printing. */
    @Parameter(property = "drplan.pdf", defaultValue = "true")
    boolean pdf;

    /**
     * Also zip the bundle into {@code target/<artifactId>-<version>-runbook.zip} and attach it to the project
     * (classifier {@code runbook}), so that {@code install} and {@code deploy} publish it.
     */
    @Parameter(property = "drplan.attach", defaultValue = "true")
    boolean attach;

    /** {@code java} (default) or {@code lunr-js}: which program builds the search index (the same index either way). */
    @Parameter(property = "drplan.searchIndexer", defaultValue = "java")
    String searchIndexer;

    /**
     * An earlier version's bundle (its folder or runbook zip) to compare with: the bundle then gets
     * {@code changes.html}, what changed since, section by section.
     */
    @Parameter(property = "drplan.previous")
    File previousBundle;

    /**
     * {@code full}, {@code shareable} or both ({@code full,shareable}); when not given, {@code drplan.yml}'s
     * {@code audiences}, else {@code full}. A shareable bundle is for readers
     * outside the recovery team, without the material marked restricted, proved to publish nothing sensitive of it.
     * Both: the shareable bundle is written beside the full one ({@code drplan-shareable/}, its zip attached with the
     * classifier {@code runbook-shareable}).
     */
    @Parameter(property = "drplan.audience")
    String audience;

    /** Skip this goal. */
    @Parameter(property = "drplan.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Parameter(defaultValue = "${project.version}", readonly = true)
    String projectVersion;

    /** Reproducible builds: the build date shown in the bundle. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /**
     * Whether there is a plan to build: false (after saying so) for a module without a plan folder; a failure when
     * the folder named does not exist or is a file.
     */
    boolean hasPlan() throws MojoFailureException {
        if (contentDirectory.isDirectory()) {
            return true;
        }
        // A module without a plan (a multi-module parent) skips; a plan folder named explicitly must exist.
        if (contentDirectory.exists()) {
            throw new MojoFailureException("drplan: <contentDirectory> " + contentDirectory
                    + " is a file, not a folder: point it at the folder that holds the plan");
        }
        if (contentDirectory.toPath().equals(baseDirectory.toPath().resolve(DEFAULT_CONTENT))) {
            getLog().info("drplan: skipped, <contentDirectory> " + contentDirectory + " does not exist");
            return false;
        }
        throw new MojoFailureException("drplan: <contentDirectory> " + contentDirectory + " does not exist");
    }

    /** The runbook zip, one top folder named after the project; written with the bundle, attached as runbook. */
    RunbookZipTarget runbookZip() {
        String name = project.getArtifactId() + "-" + project.getVersion();
        return new RunbookZipTarget(new File(project.getBuild().getDirectory(), name + "-runbook.zip").toPath(), name);
    }

    /** The build these parameters ask for, writing into {@code output}, with the runbook zip or without. */
    BuildConfig config(File output, boolean withZip) throws MojoFailureException {
        return BuildConfig.builder(contentDirectory.toPath(), output.toPath())
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .baseDirectory(baseDirectory.toPath())
                .strict(strict)
                .linkCheck(option("linkCheck", () -> LinkCheck.parse(linkCheck)))
                .title(title)
                .planVersion(planVersion)
                .projectVersion(projectVersion)
                .buildTime(option("project.build.outputTimestamp",
                        () -> OutputTimestamp.parse(outputTimestamp).orElse(null)))
                .pdf(pdf)
                .searchIndexer(option("searchIndexer", () -> SearchIndexerChoice.parse(searchIndexer)))
                .runbookZip(withZip ? runbookZip() : null)
                .previousBundle(previousBundle == null ? null : previousBundle.toPath())
                .audience(audiences().size() == 1 ? audiences().get(0) : Audience.FULL)
                .build();
    }

    /** The audiences this parameter asks for, each once: a bundle for each; empty when it is not given. */
    List<Audience> audiences() throws MojoFailureException {
        return audience == null || audience.isBlank() ? List.of()
                : option("audience", () -> Audience.parseList(audience));
    }

    /** A parameter's value parsed, or a failure naming the pom element. */
    private static <T> T option(String element, Supplier<T> parse) throws MojoFailureException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<" + element + "> " + e.getMessage());
        }
    }
}

package org.drplan.maven;

import java.io.File;
import java.util.function.Supplier;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.config.OutputTimestamp;
import org.drplan.config.RunbookZipTarget;
import org.drplan.config.SearchIndexerChoice;
import org.drplan.diagnostics.Problem;

/** Builds the runbook bundle of a continuity plan: {@code mvn drplan:site}. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class SiteMojo extends AbstractMojo {

    private static final String DEFAULT_CONTENT = "src/drplan";

    /** The plan: Markdown sections, {@code drplan.yml}, {@code team.yml}, images and attachments. */
    @Parameter(property = "drplan.contentDirectory", defaultValue = "${project.basedir}/src/drplan")
    private File contentDirectory;

    /** Where the bundle is written; replaced whole on success, untouched on failure. */
    @Parameter(property = "drplan.outputDirectory", defaultValue = "${project.build.directory}/drplan")
    private File outputDirectory;

    /** Overrides of theme templates and assets, by the same relative name as in the built-in theme. */
    @Parameter(property = "drplan.templateDirectory")
    private File templateDirectory;

    /** Turn every warning into an error. */
    @Parameter(property = "drplan.strict", defaultValue = "false")
    private boolean strict;

    /** {@code error} (default) or {@code warn}: how unresolved internal links are treated. */
    @Parameter(property = "drplan.linkCheck", defaultValue = "error")
    private String linkCheck;

    /** The plan's title; overrides {@code drplan.yml}. */
    @Parameter(property = "drplan.title")
    private String title;

    /** The plan's version; overrides {@code drplan.yml} (default: the project version). */
    @Parameter(property = "drplan.planVersion")
    private String planVersion;

    /** Also write {@code plan.pdf}, the whole plan for printing. */
    @Parameter(property = "drplan.pdf", defaultValue = "true")
    private boolean pdf;

    /**
     * Also zip the bundle into {@code target/<artifactId>-<version>-runbook.zip} and attach it to the project
     * (classifier {@code runbook}), so that {@code install} and {@code deploy} publish it.
     */
    @Parameter(property = "drplan.attach", defaultValue = "true")
    private boolean attach;

    /** {@code java} (default) or {@code lunr-js}: which program builds the search index (the same index either way). */
    @Parameter(property = "drplan.searchIndexer", defaultValue = "java")
    private String searchIndexer;

    /** Skip this goal. */
    @Parameter(property = "drplan.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Parameter(defaultValue = "${project.version}", readonly = true)
    private String projectVersion;

    /** Reproducible builds: the build date shown in the bundle. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("drplan: skipped (drplan.skip)");
            return;
        }
        if (!contentDirectory.isDirectory()) {
            // A module without a plan (a multi-module parent) skips; a plan folder named explicitly must exist.
            if (contentDirectory.exists()) {
                throw new MojoFailureException("drplan: <contentDirectory> " + contentDirectory
                        + " is a file, not a folder: point it at the folder that holds the plan");
            }
            if (contentDirectory.toPath().equals(baseDirectory.toPath().resolve(DEFAULT_CONTENT))) {
                getLog().info("drplan: skipped, <contentDirectory> " + contentDirectory + " does not exist");
                return;
            }
            throw new MojoFailureException("drplan: <contentDirectory> " + contentDirectory + " does not exist");
        }
        // Every failure, of the plan, of the machine or of drplan itself, comes back in the report.
        BuildReport report = Drplan.build(config());
        for (Problem problem : report.problems()) {
            String line = problem.format(report.baseDirectory());
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (!report.succeeded()) {
            throw new MojoFailureException(failureMessage(report));
        }
        report.notices().forEach(notice -> getLog().info("drplan: " + notice));
        report.stages().forEach(stage -> getLog().debug("drplan: " + stage.line()));
        getLog().info("drplan: " + report.summary().line() + " -> " + report.outputDirectory());
        if (attach) {
            File zip = runbookZip().file().toFile();
            projectHelper.attachArtifact(project, "zip", "runbook", zip);
            getLog().info("drplan: runbook zip " + zip + " (attached, classifier runbook)");
        }
    }

    /** The runbook zip, one top folder named after the project; written with the bundle, attached as runbook. */
    private RunbookZipTarget runbookZip() {
        String name = project.getArtifactId() + "-" + project.getVersion();
        return new RunbookZipTarget(new File(project.getBuild().getDirectory(), name + "-runbook.zip").toPath(), name);
    }

    private BuildConfig config() throws MojoFailureException {
        return BuildConfig.builder(contentDirectory.toPath(), outputDirectory.toPath())
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
                .runbookZip(attach ? runbookZip() : null)
                .build();
    }

    /** A parameter's value parsed, or a failure naming the pom element. */
    private static <T> T option(String element, Supplier<T> parse) throws MojoFailureException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<" + element + "> " + e.getMessage());
        }
    }

    private static String failureMessage(BuildReport report) {
        StringBuilder message = new StringBuilder("drplan: the plan has " + report.errors().size() + " error"
                + (report.errors().size() == 1 ? "" : "s") + "; the previous bundle was left as it was:");
        for (Problem error : report.errors()) {
            message.append(System.lineSeparator()).append(error.format(report.baseDirectory()));
        }
        return message.toString();
    }
}

package org.drplan.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.drplan.build.BuildReport;
import org.drplan.build.Editions;
import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;
import org.drplan.diagnostics.Problem;

/** Builds the runbook bundle of a continuity plan: {@code mvn drplan:site}. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class SiteMojo extends PlanBuildMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("drplan: skipped (drplan.skip)");
            return;
        }
        if (!hasPlan()) {
            return;
        }
        // Every failure, of the plan, of the machine or of drplan itself, comes back in the report.
        BuildConfig config = config(outputDirectory, attach);
        List<BuildConfig> editions = Editions.configs(config, audiences());
        List<BuildReport> reports = Editions.build(editions);
        for (BuildReport report : reports) {
            log(report);
        }
        for (BuildConfig edition : editions) {
            if (attach) {
                File zip = edition.runbookZip().file().toFile();
                String classifier = edition.audience() == Audience.SHAREABLE && editions.size() > 1
                        ? "runbook" + Editions.SHAREABLE_SUFFIX : "runbook";
                projectHelper.attachArtifact(project, "zip", classifier, zip);
                getLog().info("drplan: runbook zip " + zip + " (attached, classifier " + classifier + ")");
            }
        }
    }

    /** The problems of one edition's build, then its summary; a failure when it failed. */
    private void log(BuildReport report) throws MojoFailureException {
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

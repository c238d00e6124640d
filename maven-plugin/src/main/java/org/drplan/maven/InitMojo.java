package org.drplan.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.drplan.starter.StarterPlan;

/**
 * Starts a plan: {@code mvn drplan:init} writes a starter plan into the content folder (one section per part of a
 * continuity plan, {@code team.yml}, {@code drplan.yml}), every value to replace marked so that the build lists what
 * is left to fill in. Needs no project; never overwrites a file.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public final class InitMojo extends AbstractMojo {

    /** Where the plan goes; {@code src/drplan} of the current folder by default, where drplan:site looks. */
    @Parameter(property = "drplan.contentDirectory", defaultValue = "${basedir}/src/drplan")
    private File contentDirectory;

    @Override
    public void execute() throws MojoFailureException {
        Path content = contentDirectory.toPath().toAbsolutePath().normalize();
        StarterPlan.Result result;
        try {
            result = StarterPlan.write(content);
        } catch (IOException e) {
            throw new MojoFailureException("drplan: cannot write the starter plan into " + content + ": " + e);
        }
        result.written().forEach(file -> getLog().info("drplan: wrote " + content.relativize(file)));
        result.kept().forEach(file -> getLog().warn("drplan: " + file + " exists: left as it was"));
        getLog().info("drplan: " + result.written().size() + " files written into " + content + "; build it with "
                + "mvn drplan:site (see the README for the plugin's pom.xml snippet), then replace every value "
                + "marked " + StarterPlan.PLACEHOLDER + ": the build lists each one with its line");
    }
}

package org.drplan.maven;

import java.io.File;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.drplan.integrity.BundleCheck;

/**
 * Checks a copy of a bundle against its SHA256SUMS: {@code mvn drplan:verify -Ddrplan.bundle=/media/usb/drplan}.
 * Needs no project: it works on a folder anywhere. Fails when any file is missing, changed or extra.
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public final class VerifyMojo extends AbstractMojo {

    /** The bundle folder to check; by default the project's own bundle. */
    @Parameter(property = "drplan.bundle", defaultValue = "${project.build.directory}/drplan")
    private File bundle;

    @Override
    public void execute() throws MojoFailureException {
        BundleCheck.Report report = BundleCheck.check(bundle.toPath().toAbsolutePath().normalize());
        var lines = report.lines();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (report.intact()) {
                getLog().info("drplan: " + lines.get(i));
            } else {
                getLog().error("drplan: " + lines.get(i));
            }
        }
        String last = "drplan: " + lines.get(lines.size() - 1);
        if (!report.intact()) {
            throw new MojoFailureException(last);
        }
        getLog().info(last);
    }
}

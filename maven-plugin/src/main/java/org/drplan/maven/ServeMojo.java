package org.drplan.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.drplan.serve.PortInUseException;
import org.drplan.serve.PreviewServer;
import org.drplan.serve.ServedFolder;

/**
 * Previews the plan while it is written: {@code mvn drplan:serve} builds it, serves the bundle on
 * {@code http://127.0.0.1:8000/}, builds again on every save and reloads open pages. The PDF is built on demand
 * from the page's bar, or on every build with {@code -Ddrplan.pdf=true}. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends PlanBuildMojo {

    /** The port to serve on. */
    @Parameter(property = "drplan.port", defaultValue = "8000")
    private int port;

    /** The address to serve on; the default is this machine only. */
    @Parameter(property = "drplan.host", defaultValue = "127.0.0.1")
    private String host;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!hasPlan()) {
            return;
        }
        Path folder = new File(project.getBuild().getDirectory(), "drplan-serve").toPath();
        // the pom's <pdf> is for drplan:site; here the PDF is built on every save only when asked on the command line
        boolean pdfEveryBuild = Boolean.parseBoolean(session.getUserProperties().getProperty("drplan.pdf", "false"));
        try (ServedFolder served = ServedFolder.at(folder);
                PreviewServer server = PreviewServer.start(config(folder.toFile(), false).toBuilder()
                        .pdf(pdfEveryBuild).build(), host, port, line -> getLog().info(line))) {
            getLog().info("drplan serve: http://" + host + ":" + port + "/ (Ctrl-C to stop)");
            server.awaitClose();
        } catch (PortInUseException e) {
            throw new MojoFailureException("drplan: " + e.getMessage() + ": choose another with -Ddrplan.port="
                    + (port + 1));
        } catch (IOException e) {
            throw new MojoFailureException("drplan: cannot serve: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

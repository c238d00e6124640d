package org.drplan.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;
import org.drplan.build.BuildReport;
import org.drplan.build.BuildSession;
import org.drplan.build.PagePreview;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.diagnostics.Problem;

/**
 * {@code drplan serve}: builds the plan into a folder, serves that folder over HTTP (the JDK's server), watches the
 * plan and its templates, and answers a save in two steps. First the plan is modelled and checked again (files that
 * read the same are not parsed again) and the pages open in a browser are made from it, each the same as the whole
 * build will write it ({@link PagePreview}): they reload at once. Then, once the saves have stopped for a while, the
 * whole bundle is built behind them, and a page reloads again only if its bytes changed. Pages are served as the
 * bundle has them, with one script added ({@value #LIVE}live.js) that reloads them, keeping the scroll position, and
 * shows the problems of a failed build over the page while the last good pages stay served. The PDF is built on
 * demand (the bar's "Build PDF"), or on every build when the config asks for it.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /** Where the server's own resources are; no bundle has a folder of that name. */
    public static final String LIVE = "/__drplan/";
    /** A save is previewed once the files have been quiet this long: an editor's save is a burst of events. */
    private static final long PREVIEW_QUIET_MILLIS = 30;
    /** The whole bundle is built once the files have been quiet this long; a newer save cancels a build under way. */
    private static final long BUILD_QUIET_MILLIS = 700;

    private final BuildConfig config;
    private final Consumer<String> log;
    private final HttpServer http;
    private final ExecutorService requests = Executors.newCachedThreadPool(daemons("drplan-http"));
    private final ScheduledExecutorService previews = Executors.newSingleThreadScheduledExecutor(
            daemons("drplan-preview"));
    private final ScheduledExecutorService builds = Executors.newSingleThreadScheduledExecutor(daemons("drplan-build"));
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final byte[] liveScript;
    private final BuildSession session = new BuildSession();
    private final ServedPages served;
    private final OpenPages openPages;
    private TreeWatcher watcher;
    private ScheduledFuture<?> pendingPreview;
    private ScheduledFuture<?> pendingBuild;
    private volatile SiteBuilder running;
    private volatile BuildState state = new BuildState(0, 0, false, List.of(), List.of(), 0, false);

    private PreviewServer(BuildConfig config, HttpServer http, Consumer<String> log) {
        this.config = config;
        this.http = http;
        this.log = log;
        this.liveScript = resource("live.js");
        this.served = new ServedPages(config.outputDirectory());
        this.openPages = new OpenPages(served, stopped);
    }

    /**
     * Binds the port, builds the plan once, then serves and watches. {@code config} is the build's as
     * {@code drplan:site} would run it; its output folder is where the served bundle is written.
     *
     * @throws PortInUseException when the port is taken
     */
    public static PreviewServer start(BuildConfig config, String host, int port, Consumer<String> log)
            throws IOException {
        // The JDK's server writes a response's head and body apart; without TCP_NODELAY each small response of a
        // page's reload waits for the browser's delayed ACK (about 40 ms on Linux). Read once, when it first starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        }
        PreviewServer server = new PreviewServer(config, http, log);
        server.firstBuild();
        server.serve();
        return server;
    }

    /** Where the plan is served, e.g. {@code http://127.0.0.1:8000/}. */
    public URI address() {
        InetSocketAddress bound = http.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort() + "/");
    }

    /** The last build's or preview's outcome. */
    public BuildState state() {
        return state;
    }

    /**
     * True when nothing is left to do for the saves so far: no preview or build waiting or under way, and every
     * file served from the bundle on disk (for benchmarks and tests that must not start during a build).
     */
    public synchronized boolean settled() {
        return (pendingPreview == null || pendingPreview.isDone()) && (pendingBuild == null || pendingBuild.isDone())
                && running == null && !served.previewing();
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    private void firstBuild() {
        build(config.pdf());
    }

    private void serve() throws IOException {
        List<Path> roots = new ArrayList<>();
        roots.add(config.contentDirectory());
        if (config.templateDirectory() != null) {
            roots.add(config.templateDirectory());
        }
        Path output = config.outputDirectory().toAbsolutePath().normalize();
        // the bundle, its staging folders and lock beside it (".<name>.new-…") are never a change of the plan
        String name = output.getFileName().toString();
        watcher = new TreeWatcher(roots.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
                path -> path.startsWith(output) || (path.startsWith(output.getParent())
                        && !path.equals(output.getParent())
                        && output.getParent().relativize(path).getName(0).toString().startsWith("." + name)),
                this::changed, log);
        http.createContext("/", new BundleFiles(served));
        http.createContext(LIVE + "live.js", exchange -> BundleFiles.send(exchange, 200, "js", liveScript));
        http.createContext(LIVE + "state", exchange -> BundleFiles.send(exchange, 200, "json",
                state.json().getBytes(StandardCharsets.UTF_8)));
        http.createContext(LIVE + "events", exchange -> openPages.listen(exchange, state.json()));
        http.createContext(LIVE + "pdf", exchange -> {
            builds.execute(() -> build(true));
            BundleFiles.send(exchange, 202, "txt", "building the PDF\n".getBytes(StandardCharsets.UTF_8));
        });
        http.setExecutor(requests);
        http.start();
    }

    /**
     * A change under a watched folder: the open pages made again once the saves stop for a moment, the whole
     * bundle once they stop for longer; a whole build under way is of files already changed, so it stops.
     */
    private synchronized void changed(Path path) {
        if (pendingPreview != null) {
            pendingPreview.cancel(false);
        }
        pendingPreview = previews.schedule(this::preview, PREVIEW_QUIET_MILLIS, TimeUnit.MILLISECONDS);
        if (pendingBuild != null) {
            pendingBuild.cancel(false);
        }
        SiteBuilder underWay = running;
        if (underWay != null) {
            underWay.cancel();
        }
        pendingBuild = builds.schedule(() -> build(config.pdf()), BUILD_QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void preview() {
        long start = System.nanoTime();
        PagePreview preview;
        try {
            preview = session.preview(config);
        } catch (RuntimeException | Error e) {
            log.accept("drplan serve: the preview failed unexpectedly: " + e);
            return;
        }
        if (preview.succeeded()) {
            served.preview(preview);
        }
        // the open pages are made now, not when they ask: their reload then only fetches
        openPages.paths().forEach(served::digest);
        publish(preview.problems(), preview.succeeded(), false, start);
    }

    private void build(boolean pdf) {
        long start = System.nanoTime();
        BuildReport report;
        try {
            SiteBuilder builder = session.builder(config.toBuilder().pdf(pdf).build());
            running = builder;
            report = builder.build();
        } catch (RuntimeException | Error e) {
            log.accept("drplan serve: the build failed unexpectedly: " + e);
            return;
        } finally {
            running = null;
        }
        if (report.cancelled()) {
            return;
        }
        if (report.succeeded()) {
            served.written(report.summary().buildId());
        }
        publish(report.problems(), report.succeeded(), true, start);
    }

    /** The new state, said in the log, and to every open page: reload when what it shows is no longer served. */
    private synchronized void publish(List<Problem> problems, boolean succeeded, boolean whole, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        BuildState last = state;
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path base = config.baseDirectory();
        problems.forEach(p -> (p.isError() ? errors : warnings).add(p.format(base)));
        state = new BuildState(last.number() + 1, last.bundle() + (succeeded ? 1 : 0), succeeded, errors, warnings,
                millis, whole && succeeded);
        errors.forEach(log);
        if (succeeded) {
            log.accept("drplan serve: " + (whole ? "built" : "pages made") + " in " + millis + " ms"
                    + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning"
                    + (warnings.size() == 1 ? "" : "s")));
        } else {
            log.accept("drplan serve: " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + "; still serving the last good pages");
        }
        openPages.tell(state.json());
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops watching and serving; a build under way finishes first. */
    @Override
    public void close() {
        stopped.countDown();
        if (watcher != null) {
            watcher.close();
        }
        http.stop(0);
        previews.shutdownNow();
        SiteBuilder underWay = running;
        if (underWay != null) {
            underWay.cancel();
        }
        builds.shutdown();
        try {
            builds.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requests.shutdownNow();
    }
}

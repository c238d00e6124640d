package org.drplan.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.drplan.build.BuildReport;
import org.drplan.build.BuildSession;
import org.drplan.config.BuildConfig;

/**
 * {@code drplan serve}: builds the plan into a folder, serves that folder over HTTP (the JDK's server), watches the
 * plan and its templates, and builds again after each burst of saves. Pages are served as the bundle has them, with
 * one script added ({@value #LIVE}live.js) that reloads them when a newer bundle is published, keeping the scroll
 * position, and shows the problems of a failed build over the page while the last good bundle stays served. The PDF
 * is built on demand (the bar's "Build PDF"), or on every build when the config asks for it.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where the server's own resources are; no bundle has a folder of that name. */
    public static final String LIVE = "/__drplan/";
    private static final long QUIET_MILLIS = 80;
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("woff2", "font/woff2"), Map.entry("zip", "application/zip"));

    private final BuildConfig config;
    private final Consumer<String> log;
    private final HttpServer http;
    private final ExecutorService requests = Executors.newCachedThreadPool(daemons("drplan-http"));
    private final ScheduledExecutorService builds = Executors.newSingleThreadScheduledExecutor(daemons("drplan-build"));
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final byte[] liveScript;
    private final BuildSession session = new BuildSession();
    private TreeWatcher watcher;
    private ScheduledFuture<?> pending;
    private volatile BuildState state = new BuildState(0, 0, false, List.of(), List.of(), 0);

    private PreviewServer(BuildConfig config, HttpServer http, Consumer<String> log) {
        this.config = config;
        this.http = http;
        this.log = log;
        this.liveScript = resource("live.js");
    }

    /**
     * Binds the port, builds the plan once, then serves and watches. {@code config} is the build's as
     * {@code drplan:site} would run it; its output folder is where the served bundle is written.
     *
     * @throws PortInUseException when the port is taken
     */
    public static PreviewServer start(BuildConfig config, String host, int port, Consumer<String> log)
            throws IOException {
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

    /** The last build's outcome. */
    public BuildState state() {
        return state;
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
        http.createContext("/", this::file);
        http.createContext(LIVE + "live.js", exchange -> send(exchange, 200, "js", liveScript));
        http.createContext(LIVE + "state", exchange -> send(exchange, 200, "json",
                state.json().getBytes(StandardCharsets.UTF_8)));
        http.createContext(LIVE + "events", this::events);
        http.createContext(LIVE + "pdf", exchange -> {
            builds.execute(() -> build(true));
            send(exchange, 202, "txt", "building the PDF\n".getBytes(StandardCharsets.UTF_8));
        });
        http.setExecutor(requests);
        http.start();
    }

    /** A change under a watched folder: build again once the saves have stopped for a moment. */
    private synchronized void changed(Path path) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = builds.schedule(() -> build(config.pdf()), QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void build(boolean pdf) {
        long start = System.nanoTime();
        BuildReport report;
        try {
            report = session.build(config.toBuilder().pdf(pdf).build());
        } catch (RuntimeException | Error e) {
            log.accept("drplan serve: the build failed unexpectedly: " + e);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        BuildState last = state;
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        report.problems().forEach(p -> (p.isError() ? errors : warnings).add(p.format(report.baseDirectory())));
        state = new BuildState(last.number() + 1, last.bundle() + (report.succeeded() ? 1 : 0), report.succeeded(),
                errors, warnings, millis);
        errors.forEach(log);
        if (report.succeeded()) {
            log.accept("drplan serve: built in " + millis + " ms" + (warnings.isEmpty() ? ""
                    : ", " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")));
        } else {
            log.accept("drplan serve: " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + "; still serving the last good bundle");
        }
        String event = "event: build\ndata: " + state.json() + "\n\n";
        for (OutputStream listener : listeners) {
            try {
                listener.write(event.getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener); // the page was closed
            }
        }
    }

    /** Server-Sent Events: the state now, then one event per build, until the page goes. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("retry: 500\nevent: build\ndata: " + state.json() + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            while (listeners.contains(out) && stopped.getCount() > 0) {
                // a comment now and then finds a closed page, which a quiet stream never would
                stopped.await(15, TimeUnit.SECONDS);
                out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the page was closed or the server stops
        } finally {
            listeners.remove(out);
            exchange.close();
        }
    }

    /** A file of the bundle as it is on disk; a page with the reload script added. */
    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path root = config.outputDirectory().toAbsolutePath().normalize();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, 404, "txt", ("not in the bundle: " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                send(exchange, 404, "txt", ("being rebuilt: " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, extension, extension.equals("html") ? withLiveScript(bytes) : bytes);
        }
    }

    /** The page with the reload script before its end; the bundle number says which bundle the page is from. */
    byte[] withLiveScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + LIVE + "live.js\" data-bundle=\"" + state.bundle() + "\"></script>";
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
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
        builds.shutdown();
        try {
            builds.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requests.shutdownNow();
    }
}

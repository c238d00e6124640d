package org.drplan.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.drplan.Drplan;
import org.drplan.config.BuildConfig;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * {@code drplan serve} over real HTTP: the served bundle is the one {@code drplan:site} writes plus the reload
 * script, a save is built and served, a broken plan keeps the last good bundle and says why, nothing that happens
 * to the files stops the server, and stopping leaves no folder behind.
 */
class PreviewServerTest {

    private static final String PLAN = """
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            ---
            What the plan covers. See [the restore](restore.md).
            -- content/restore.md --
            ---
            title: Restore
            type: procedure
            ---
            - [ ] Restore the database.
            """;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesTheBundleDrplanSiteWritesWithOnlyTheReloadScriptAdded() throws Exception {
        Path root = TestSite.write(PLAN);
        BuildConfig config = BuildConfig.forTest(root).toBuilder().pdf(false).build();
        assertTrue(Drplan.build(config).succeeded());
        Path site = config.outputDirectory();
        try (ServedFolder folder = ServedFolder.temporary();
                PreviewServer server = PreviewServer.start(config.toBuilder().pdf(false).build()
                        .withOutputDirectory(folder.path()), "127.0.0.1", 0, line -> { })) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(site)) {
                files = all.filter(Files::isRegularFile).toList();
            }
            assertTrue(files.size() > 10);
            for (Path file : files) {
                String path = site.relativize(file).toString().replace('\\', '/');
                byte[] served = bytes(server, path);
                byte[] written = Files.readAllBytes(file);
                if (path.endsWith(".html")) {
                    String page = new String(served, StandardCharsets.UTF_8);
                    String script = "<script src=\"/__drplan/live.js\" data-digest=\""
                            + ServedPages.digest(written) + "\"></script>";
                    assertTrue(page.contains(script + "</body>"), path);
                    assertEquals(new String(written, StandardCharsets.UTF_8), page.replace(script, ""), path);
                } else {
                    assertArrayEquals(written, served, path);
                }
            }
            assertTrue(get(server, "__drplan/live.js").contains("EventSource"));
            // the theme's files may be kept by the browser if it asks first; pages never
            HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(server.address().resolve(
                    "assets/drplan.css")).build(), HttpResponse.BodyHandlers.ofByteArray());
            String tag = css.headers().firstValue("ETag").orElseThrow();
            assertEquals("no-cache", css.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(304, http.send(HttpRequest.newBuilder(server.address().resolve("assets/drplan.css"))
                    .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(server.address().resolve("restore.html"))
                    .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, page.statusCode());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(404, status(server, "../../etc/passwd"));
        }
    }

    @Test
    void aSaveIsServedABrokenPlanKeepsTheLastGoodBundleAndSaysWhyAndNothingStopsTheServer() throws Exception {
        Path root = TestSite.write(PLAN);
        Path content = root.resolve("content");
        List<String> log = new ArrayList<>();
        Path kept;
        try (ServedFolder folder = ServedFolder.temporary();
                PreviewServer server = PreviewServer.start(BuildConfig.forTest(root).toBuilder().pdf(false).build()
                        .withOutputDirectory(folder.path()), "127.0.0.1", 0, log::add)) {
            kept = folder.path();
            assertTrue(get(server, "restore.html").contains("Restore the database."));

            Files.writeString(content.resolve("restore.md"), "---\ntitle: Restore\ntype: procedure\n---\n"
                    + "- [ ] Restore the database from the replica.\n");
            await(server, s -> s.whole() && s.number() > 1);
            assertTrue(get(server, "restore.html").contains("Restore the database from the replica."));

            int served = server.state().bundle();
            Files.writeString(content.resolve("scope.md"), "---\ntitle: Scope\ntype: scope\n---\n"
                    + "See [the restore](nowhere.md).\n");
            BuildState broken = await(server, s -> !s.succeeded());
            assertEquals(served, broken.bundle(), "the last good pages stay");
            assertTrue(broken.errors().get(0).matches(".*content/scope\\.md:5:5: error: .*nowhere\\.md.*"),
                    broken.errors().toString());
            assertTrue(get(server, "__drplan/state").contains("nowhere.md"), "pages read the state");
            assertTrue(get(server, "scope.html").contains("restore.html"), "still the last good page");
            await(server, s -> !s.succeeded() && s.number() > broken.number());
            assertTrue(get(server, "scope.html").contains("restore.html"), "the whole build fails as well");

            // a burst of saves, a half-written file, a new folder, a deleted file, a broken team.yml
            for (int i = 0; i < 5; i++) {
                Files.writeString(content.resolve("scope.md"), "---\ntitle: Scope " + i + "\ntype: scope\n---\nSee.\n");
            }
            Files.writeString(content.resolve("half.md"), "---\ntitle: [half");
            Files.createDirectories(content.resolve("more/deeper"));
            Files.writeString(content.resolve("more/deeper/new.md"), "---\ntitle: New page\n---\nNew text.\n");
            Files.writeString(content.resolve("team.yml"), "roles: [unclosed\n");
            await(server, s -> !s.succeeded() && s.errors().stream().anyMatch(e -> e.contains("team.yml")));
            Files.delete(content.resolve("team.yml"));
            Files.delete(content.resolve("half.md"));
            BuildState good = await(server, BuildState::succeeded);
            assertTrue(good.bundle() >= 3);
            assertTrue(get(server, "more/deeper/new.html").contains("New text."), "a folder made after the start");
            assertTrue(get(server, "scope.html").contains("Scope 4"), "the last of a burst of saves");
        }
        assertFalse(Files.exists(kept), "the served folder is removed when the server stops");
        assertFalse(Files.exists(kept.getParent()), "and the temporary folder it was in");
    }

    @Test
    void aSavesPageIsServedBeforeTheWholeBuildWithTheBytesItThenWritesAndAnOpenPageIsToldToReloadOnce()
            throws Exception {
        Path root = TestSite.write(PLAN);
        Path content = root.resolve("content");
        try (ServedFolder folder = ServedFolder.temporary();
                PreviewServer server = PreviewServer.start(BuildConfig.forTest(root).toBuilder().pdf(false).build()
                        .withOutputDirectory(folder.path()), "127.0.0.1", 0, line -> { })) {
            byte[] before = Files.readAllBytes(folder.path().resolve("restore.html"));
            List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
            listen(server, "/restore.html", ServedPages.digest(before), events);
            await(() -> events.contains("event: build"));

            Files.writeString(content.resolve("restore.md"), "---\ntitle: Restore\ntype: procedure\n---\n"
                    + "- [ ] Restore the database from the replica.\n");
            BuildState preview = await(server, s -> s.bundle() == 2);
            assertFalse(preview.whole(), "the page is made before the whole bundle is built");
            String page = get(server, "restore.html");
            assertTrue(page.contains("from the replica"));
            assertArrayEquals(before, Files.readAllBytes(folder.path().resolve("restore.html")),
                    "the bundle on disk is not written yet");
            await(() -> events.contains("event: reload"));
            // the page reloads: it shows the page made first, and listens again
            String shown = page.replaceAll("<script src=\"/__drplan/live\\.js\"[^>]*></script>", "");
            List<String> reloaded = java.util.Collections.synchronizedList(new ArrayList<>());
            listen(server, "/restore.html", ServedPages.digest(shown.getBytes(StandardCharsets.UTF_8)), reloaded);

            await(server, BuildState::whole);
            await(() -> reloaded.stream().anyMatch(e -> e.contains("\"whole\":true")));
            assertEquals(Files.readString(folder.path().resolve("restore.html")), shown,
                    "the page made first is the page the whole build writes");
            assertFalse(reloaded.contains("event: reload"), "so it is not reloaded again: " + reloaded);
        }
    }

    /** An open page's event stream, its lines collected as they come. */
    private void listen(PreviewServer server, String page, String digest, List<String> lines) {
        URI uri = server.address().resolve("__drplan/events?page=" + page + "&digest=" + digest);
        http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 60 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aBusyPortIsNamed() throws Exception {
        Path root = TestSite.write(PLAN);
        try (ServedFolder folder = ServedFolder.temporary();
                PreviewServer first = PreviewServer.start(BuildConfig.forTest(root).toBuilder().pdf(false).build()
                        .withOutputDirectory(folder.path()), "127.0.0.1", 0, line -> { })) {
            int port = first.address().getPort();
            PortInUseException busy = assertThrows(PortInUseException.class, () -> PreviewServer.start(
                    BuildConfig.forTest(root), "127.0.0.1", port, line -> { }));
            assertEquals("port " + port + " on 127.0.0.1 is in use", busy.getMessage());
        }
    }

    private static BuildState await(PreviewServer server, Predicate<BuildState> condition)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            BuildState state = server.state();
            if (condition.test(state)) {
                return state;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such build within 60 s; the last: " + server.state());
    }

    private byte[] bytes(PreviewServer server, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private String get(PreviewServer server, String path) throws IOException, InterruptedException {
        return new String(bytes(server, path), StandardCharsets.UTF_8);
    }

    private int status(PreviewServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.address() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

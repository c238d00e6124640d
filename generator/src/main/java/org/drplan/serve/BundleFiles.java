package org.drplan.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The bundle over HTTP: each file as {@link ServedPages} has it, a page with the reload script added and never
 * cached, the theme's files with an ETag so that a reload fetches the page alone.
 */
final class BundleFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("woff2", "font/woff2"), Map.entry("zip", "application/zip"));

    private final ServedPages served;

    BundleFiles(ServedPages served) {
        this.served = served;
    }

    /** A file as it is served: a page of the newest preview, else the bundle's file; a page with the script added. */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Optional<byte[]> bytes = served.bundlePath(path).flatMap(served::bytes);
            if (bytes.isEmpty()) {
                send(exchange, 404, "txt", ("not in the bundle: " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = served.bundlePath(path).orElseThrow();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (extension.equals("html")) {
                send(exchange, 200, extension, withLiveScript(bytes.get()));
                return;
            }
            // The theme's files are the same from one save to the next: the browser may keep them (and its compiled
            // scripts) if it asks first, so a page's reload fetches the page alone.
            String tag = "\"" + ServedPages.digest(bytes.get()) + "\"";
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, extension, bytes.get(), "no-cache");
        }
    }

    /** The page with the reload script before its end; the digest says which page it is. */
    static byte[] withLiveScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PreviewServer.LIVE + "live.js\" data-digest=\"" + ServedPages.digest(page)
                + "\"></script>";
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        send(exchange, status, extension, body, "no-store");
    }

    static void send(HttpExchange exchange, int status, String extension, byte[] body, String caching)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", caching);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

package org.drplan.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * The pages open in browsers, each listening for Server-Sent Events ({@code ?page=/path.html&digest=…}, as live.js
 * asks): told the state after every build or preview, and {@code reload} when the page served at its path is no
 * longer the one it shows (by digest), so a build that changes nothing on a page does not reload it.
 */
final class OpenPages {

    private final ServedPages served;
    private final CountDownLatch stopped;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    OpenPages(ServedPages served, CountDownLatch stopped) {
        this.served = served;
        this.stopped = stopped;
    }

    /** The bundle paths of the open pages. */
    List<String> paths() {
        return listeners.stream().map(Listener::page).distinct().toList();
    }

    /** One page's event stream: the state now (or reload, when the page is already stale), until the page goes. */
    void listen(HttpExchange exchange, String state) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String page = served.bundlePath(query.getOrDefault("page", "/")).orElse("");
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Listener listener = new Listener(exchange.getResponseBody(), page, query.getOrDefault("digest", ""));
        listeners.add(listener);
        listener.send("retry: 500\n" + event(listener, state));
        try {
            while (listeners.contains(listener) && stopped.getCount() > 0) {
                // a comment now and then finds a closed page, which a quiet stream never would
                stopped.await(15, TimeUnit.SECONDS);
                if (!listener.send(":\n\n")) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // the server stops
        } finally {
            listeners.remove(listener);
            exchange.close();
        }
    }

    /** Tells every open page the new state, and to reload when what is served at its path changed. */
    void tell(String state) {
        for (Listener listener : listeners) {
            if (!listener.send(event(listener, state))) {
                listeners.remove(listener); // the page was closed
            }
        }
    }

    private String event(Listener listener, String state) {
        boolean stale = !served.digest(listener.page()).equals(listener.digest());
        return (stale ? "event: reload" : "event: build") + "\ndata: " + state + "\n\n";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** An open page's event stream: which page it shows, by path and digest. */
    private record Listener(OutputStream out, String page, String digest) {

        /** False when the page has gone. */
        boolean send(String event) {
            try {
                synchronized (out) {
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}

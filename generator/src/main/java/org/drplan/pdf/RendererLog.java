package org.drplan.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Where openhtmltopdf's messages go: to the build on whose thread they arise, never to the console. The renderer has
 * one logger for the whole JVM (its own static hook), and some of its warnings, such as an image it cannot read,
 * reach only that logger, not the per-run diagnostic consumer; so drplan installs this logger once and collects
 * warnings per thread.
 */
final class RendererLog implements XRLogger {

    private static final RendererLog INSTANCE = new RendererLog();
    private static final ThreadLocal<List<Diagnostic>> CURRENT = new ThreadLocal<>();

    static {
        XRLog.setLoggerImpl(INSTANCE);
        XRLog.setLoggingEnabled(true);
    }

    private RendererLog() {
    }

    /** Runs {@code render} and returns the renderer's warnings and errors during it. */
    static List<Diagnostic> collect(Runnable render) {
        List<Diagnostic> collected = new ArrayList<>();
        List<Diagnostic> previous = CURRENT.get();
        CURRENT.set(collected);
        try {
            render.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
        return collected;
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() && CURRENT.get() != null;
    }

    @Override
    public void log(Diagnostic diagnostic) {
        List<Diagnostic> collected = CURRENT.get();
        if (collected != null && isLogLevelEnabled(diagnostic)) {
            collected.add(diagnostic);
        }
    }

    @Override
    public void log(String where, Level level, String message) {
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }
}

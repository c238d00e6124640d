package org.drplan.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** drplan's own version, from the build ({@code project.version}); it is part of every build's identity. */
public final class DrplanVersion {

    private static final String VERSION = read();

    private DrplanVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = DrplanVersion.class.getResourceAsStream("/org/drplan/drplan.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read drplan.properties", e);
        }
        return properties.getProperty("version", "unknown");
    }
}

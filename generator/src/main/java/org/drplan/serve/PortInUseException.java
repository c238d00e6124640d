package org.drplan.serve;

import java.io.IOException;

/** The port asked for is taken; the caller says how to choose another in its own words (a property, an option). */
public final class PortInUseException extends IOException {

    private final String host;
    private final int port;

    PortInUseException(String host, int port, IOException cause) {
        super("port " + port + " on " + host + " is in use", cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}

package org.drplan.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the build also writes the runbook zip, published with the bundle or not at all.
 *
 * @param file      the zip, e.g. {@code target/itsm-continuity-plan-3.2.0-runbook.zip}
 * @param topFolder the one folder it unpacks into, e.g. {@code itsm-continuity-plan-3.2.0}
 */
public record RunbookZipTarget(Path file, String topFolder) {

    public RunbookZipTarget {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(topFolder, "topFolder");
        file = file.toAbsolutePath().normalize();
    }
}

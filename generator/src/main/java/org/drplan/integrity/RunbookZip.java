package org.drplan.integrity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The runbook zip: a bundle folder as one zip that unpacks into one top folder, the same bytes for the same bundle
 * (entries sorted, every entry dated the build date with no time zone in it, fixed compression), so that a release
 * publishes an artifact anybody can rebuild and compare.
 */
public final class RunbookZip {

    /** The earliest time a zip entry can hold without extra fields. */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private RunbookZip() {
    }

    /**
     * @param bundle    the bundle folder
     * @param zip       the zip to write (replaced whole, never left half-written)
     * @param topFolder the one folder the zip unpacks into, e.g. {@code itsm-continuity-plan-3.2.0}
     * @param time      the build date every entry gets
     */
    public static void write(Path bundle, Path zip, String topFolder, Instant time) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(zip.toAbsolutePath().getParent(), "." + zip.getFileName(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(partial)) {
                write(bundle, file, topFolder, time);
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes the zip of {@code bundle} to {@code out}, which stays open. */
    public static void write(Path bundle, OutputStream out, String topFolder, Instant time) throws IOException {
        TreeSet<String> entries = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(bundle)) {
            for (Path path : walk.filter(p -> !p.equals(bundle)).toList()) {
                String relative = bundle.relativize(path).toString().replace('\\', '/');
                entries.add(topFolder + "/" + relative + (Files.isDirectory(path) ? "/" : ""));
            }
        }
        entries.add(topFolder + "/");
        LocalDateTime date = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        LocalDateTime stamp = date.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : date;
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (String name : List.copyOf(entries)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(stamp);
            zip.putNextEntry(entry);
            if (!name.endsWith("/")) {
                Files.copy(bundle.resolve(name.substring(topFolder.length() + 1)), zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}

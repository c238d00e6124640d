package org.drplan.changes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.drplan.plan.PlanJson;

/** The {@code plan.json} of an earlier bundle: a folder, or the runbook zip of an earlier version. */
final class PreviousBundle {

    private PreviousBundle() {
    }

    /** The file's text; throws {@link IllegalArgumentException} saying why there is none. */
    static String planJson(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            Path file = bundle.resolve(PlanJson.PATH);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(noPlanJson());
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalArgumentException("no such folder or zip file");
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            // the runbook zip holds the bundle at its root or in one folder
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals(PlanJson.PATH) || name.endsWith("/" + PlanJson.PATH)
                        && name.indexOf('/') == name.length() - PlanJson.PATH.length() - 1) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException("neither a bundle folder nor a zip file");
        }
        throw new IllegalArgumentException(noPlanJson());
    }

    private static String noPlanJson() {
        return "holds no " + PlanJson.PATH + " (bundles have carried it since drplan 0.1; build the earlier version "
                + "again to compare with it)";
    }
}

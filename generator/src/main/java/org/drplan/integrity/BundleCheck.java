package org.drplan.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a copy of a bundle against its {@code SHA256SUMS}: every file listed must be there with the same SHA-256,
 * and nothing else may be there. Uses only the JDK, so that {@link VerifyBundle} runs from the generator's jar alone.
 */
public final class BundleCheck {

    /** Files operating systems add to folders they show or copy; reported, never counted as a difference. */
    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private BundleCheck() {
    }

    /**
     * What the check found.
     *
     * @param checked  the files SHA256SUMS lists
     * @param missing  listed and not there
     * @param changed  there with other bytes (a truncated file is changed too)
     * @param extra    there and not listed
     * @param ignored  there and not listed, but made by the operating system ({@code .DS_Store}, {@code ._name})
     * @param problems anything that stopped the check or a line of SHA256SUMS it could not read
     * @param buildId  the build id BUILD-INFO.txt gives, or null
     */
    public record Report(Path bundle, int checked, List<String> missing, List<String> changed, List<String> extra,
                         List<String> ignored, List<String> problems, String buildId) {

        public boolean intact() {
            return missing.isEmpty() && changed.isEmpty() && extra.isEmpty() && problems.isEmpty();
        }

        /** The report as lines for a person: each difference, then one line saying whether the copy is intact. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(problems);
            missing.forEach(f -> lines.add("missing: " + f));
            changed.forEach(f -> lines.add("changed: " + f));
            extra.forEach(f -> lines.add("extra:   " + f));
            ignored.forEach(f -> lines.add("ignored: " + f + " (made by the operating system)"));
            String build = buildId == null ? "" : ", build " + buildId;
            lines.add(intact()
                    ? "intact: all " + checked + " files match SHA256SUMS" + build + " (" + bundle + ")"
                    : "NOT INTACT: " + missing.size() + " missing, " + changed.size() + " changed, " + extra.size()
                    + " extra of " + checked + " files" + build + " (" + bundle + ")");
            return lines;
        }
    }

    public static Report check(Path bundle) {
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Path sums = bundle.resolve(Sha256Sums.FILE_NAME);
        if (!Files.isDirectory(bundle)) {
            problems.add("not a folder: " + bundle);
            return new Report(bundle, 0, missing, changed, extra, ignored, problems, null);
        }
        if (!Files.isRegularFile(sums)) {
            problems.add("no " + Sha256Sums.FILE_NAME + " in " + bundle + ": not a drplan bundle, or the copy lost it");
            return new Report(bundle, 0, missing, changed, extra, ignored, problems, null);
        }
        Sha256Sums.Parsed listed;
        try {
            listed = Sha256Sums.parse(Files.readString(sums, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add("cannot read " + Sha256Sums.FILE_NAME + ": " + e.getMessage());
            return new Report(bundle, 0, missing, changed, extra, ignored, problems, null);
        }
        listed.problems().forEach(p -> problems.add(Sha256Sums.FILE_NAME + " " + p));
        Set<String> names = new TreeSet<>();
        for (Sha256Sums.Entry entry : listed.entries()) {
            names.add(entry.path());
            Path file = bundle.resolve(entry.path()).normalize();
            if (!file.startsWith(bundle.normalize()) || !Files.isRegularFile(file)) {
                missing.add(entry.path());
            } else if (!entry.sha256().equals(sha256(file, problems))) {
                changed.add(entry.path());
            }
        }
        for (String present : present(bundle, problems)) {
            if (names.contains(present) || present.equals(Sha256Sums.FILE_NAME)) {
                continue;
            }
            String name = present.substring(present.lastIndexOf('/') + 1);
            (SYSTEM_FILES.contains(name) || name.startsWith("._") ? ignored : extra).add(present);
        }
        return new Report(bundle, listed.entries().size(), missing, changed, extra, ignored, problems,
                buildId(bundle));
    }

    private static String sha256(Path file, List<String> problems) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            problems.add("cannot read " + file + ": " + e.getMessage());
            return "";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static List<String> present(Path bundle, List<String> problems) {
        try (Stream<Path> walk = Files.walk(bundle)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> bundle.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("cannot list " + bundle + ": " + e.getMessage());
            return List.of();
        }
    }

    /** The build id BUILD-INFO.txt states, if it is there and says one. */
    private static String buildId(Path bundle) {
        try {
            return Files.readAllLines(bundle.resolve(BuildInfo.FILE_NAME), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("build id:")).map(l -> l.substring("build id:".length()).trim())
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}

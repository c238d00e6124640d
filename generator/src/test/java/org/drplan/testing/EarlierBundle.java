package org.drplan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.drplan.integrity.BuildInfo;
import org.drplan.integrity.Sha256Sums;

/** Writes a folder as an earlier drplan build leaves one, for tests of what happens to a previous bundle. */
public final class EarlierBundle {

    private EarlierBundle() {
    }

    /**
     * {@code files} (path to text) plus {@code BUILD-INFO.txt} naming drplan and {@code SHA256SUMS} listing them all.
     */
    public static Path write(Path folder, Map<String, String> files) throws IOException {
        Map<String, String> all = new TreeMap<>(files);
        all.put(BuildInfo.FILE_NAME, new BuildInfo("Earlier plan", null, "0.9", Instant.EPOCH, "0123456789ab",
                files.size() + 2, null).text());
        Map<String, String> hashes = new TreeMap<>();
        for (Map.Entry<String, String> file : all.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            hashes.put(file.getKey(), sha256(file.getValue()));
        }
        Files.writeString(folder.resolve(Sha256Sums.FILE_NAME), Sha256Sums.format(hashes));
        return folder;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.drplan.integrity;

import java.time.Instant;

/**
 * {@code BUILD-INFO.txt}: which build a bundle is, in words a person can read on a USB stick, and how to check it.
 *
 * @param buildId   see {@link BuildSources#buildId}
 * @param fileCount the files {@code SHA256SUMS} lists
 * @param edition   "shareable edition" when restricted material is left out; null for the full plan
 */
public record BuildInfo(String title, String organisation, String version, Instant buildTime, String buildId,
                        int fileCount, String edition) {

    public static final String FILE_NAME = "BUILD-INFO.txt";

    /** The first line, and the label of the line naming the program: how a folder shows that drplan wrote it. */
    static final String FIRST_LINE = "drplan runbook bundle";
    static final String MADE_WITH = "made with:     ";

    /** The check in Windows PowerShell: prints each file whose hash differs or that is missing, nothing if intact. */
    public static final String POWERSHELL = "Get-Content SHA256SUMS | % { $h, $f = $_ -split '  ', 2; "
            + "if (-not (Test-Path -LiteralPath $f) -or (Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash "
            + "-ne $h) { \"FAILED $f\" } }";

    public String text() {
        String nl = "\n";
        return FIRST_LINE + nl
                + "plan:          " + title + nl
                + (organisation == null ? "" : "organisation:  " + organisation + nl)
                + "plan version:  " + version + nl
                + (edition == null ? "" : "edition:       " + edition + " (material marked restricted is left out)" + nl)
                + "built:         " + buildTime + nl
                + "build id:      " + buildId + nl
                + MADE_WITH + "drplan " + DrplanVersion.get() + nl
                + "files:         " + fileCount + ", each listed with its SHA-256 in SHA256SUMS" + nl
                + nl
                + "Check that this copy is complete and unchanged, in this folder:" + nl
                + "  Linux:       sha256sum -c SHA256SUMS" + nl
                + "  macOS:       shasum -a 256 -c SHA256SUMS" + nl
                + "  Windows:     " + POWERSHELL + nl
                + "  any system:  open verify.html in a browser and pick this folder" + nl;
    }
}

package org.drplan.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drplan.config.PlanSettings;
import org.drplan.content.TeamFileReader;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.starter.StarterPlan;

/**
 * What is left to fill in: every {@value StarterPlan#PLACEHOLDER} mark in a section's file (front matter included),
 * {@code team.yml} and {@code drplan.yml} is a warning at its line and column, and the overview says how many are
 * left. The starter plan ({@code drplan init}) marks every value to replace this way.
 */
final class PlaceholderCheck {

    /** A mark and what it asks for: the text after it, up to the next mark, table cell or the end of the line. */
    private static final Pattern MARK = Pattern.compile("\\b" + StarterPlan.PLACEHOLDER + "\\b:?[ \\t]*(.*?)[ \\t]*"
            + "(?=\\b" + StarterPlan.PLACEHOLDER + "\\b|\\||$)");
    private static final int SHOWN = 60;

    private PlaceholderCheck() {
    }

    static void check(Plan plan, Path contentDirectory, Diagnostics diagnostics, List<String> findings) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(contentDirectory.resolve(PlanSettings.FILE_NAME));
        files.add(contentDirectory.resolve(TeamFileReader.FILE_NAME));
        for (PlanSection section : plan.sections()) {
            files.add(section.source().path());
        }
        int left = files.parallelStream().mapToInt(file -> check(file, diagnostics)).sum();
        if (left > 0) {
            findings.add(left + " placeholder" + (left == 1 ? " is" : "s are") + " left to fill in (marked "
                    + StarterPlan.PLACEHOLDER + "; each is listed with its line in the build's warnings).");
        }
    }

    private static int check(Path file, Diagnostics diagnostics) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0; // not there (a generated team page, no drplan.yml) or already reported where it was read
        }
        if (!text.contains(StarterPlan.PLACEHOLDER)) {
            return 0; // most files of a plan in use: the mark's pattern is costly on every line of a long plan
        }
        List<String> lines = text.lines().toList();
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = MARK.matcher(lines.get(i));
            while (mark.find()) {
                found++;
                String what = mark.group(1).length() > SHOWN ? mark.group(1).substring(0, SHOWN) + "…"
                        : mark.group(1);
                diagnostics.warning(file, i + 1, mark.start() + 1, "placeholder left to fill in"
                        + (what.isEmpty() ? "" : ": " + what));
            }
        }
        return found;
    }
}

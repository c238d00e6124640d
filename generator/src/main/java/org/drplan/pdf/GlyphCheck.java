package org.drplan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.drplan.config.PlanSettings;
import org.drplan.content.EscalationLevel;
import org.drplan.content.Role;
import org.drplan.content.TeamFile;
import org.drplan.content.TeamFileReader;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Finds the characters of the plan that no font of the PDF can draw, so that a printed plan never has a silent blank
 * where a word was: each is a warning at the first place its section's Markdown has it, or, for what the PDF prints
 * of drplan.yml (title, organisation) and team.yml (contacts, bridge, escalation), the first place that file has it.
 */
final class GlyphCheck {

    private final PdfFonts fonts;

    GlyphCheck(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void check(Plan plan, Diagnostics diagnostics) {
        for (PlanSection section : plan.sections()) {
            String text = section.title() + " " + section.text(section.parsed().document());
            for (int codePoint : missing(text)) {
                report(section, codePoint, diagnostics);
            }
        }
        plan.sections().stream().findFirst().map(GlyphCheck::contentDirectory).ifPresent(content -> {
            checkFile(content.resolve(PlanSettings.FILE_NAME), settingsText(plan), diagnostics);
            plan.team().file().ifPresent(team -> checkFile(content.resolve(TeamFileReader.FILE_NAME),
                    teamText(team), diagnostics));
        });
    }

    /** The folder the plan's files are in: a section's path less its path in the plan. */
    private static Path contentDirectory(PlanSection section) {
        Path folder = section.source().path();
        for (int i = 0; i < Path.of(section.source().relativePath()).getNameCount(); i++) {
            folder = folder.getParent();
        }
        return folder;
    }

    /** What the PDF prints of drplan.yml. */
    private static String settingsText(Plan plan) {
        return String.join(" ", Stream.of(plan.settings().title(), plan.settings().organisation())
                .filter(Objects::nonNull).toList());
    }

    /** What the PDF prints of team.yml: the contact table, the bridge, the escalation ladder. */
    private static String teamText(TeamFile team) {
        List<String> texts = new ArrayList<>();
        for (Role role : team.roles()) {
            texts.addAll(Arrays.asList(role.title(), role.name(), role.organisation(), role.location(),
                    role.email()));
            role.phones().forEach(phone -> texts.add(phone.text()));
        }
        if (team.bridge() != null) {
            team.bridge().dialIn().forEach(phone -> texts.add(phone.text()));
            texts.addAll(Arrays.asList(team.bridge().accessCode(), team.bridge().chatChannel(),
                    team.bridge().videoUrl(), team.bridge().fallback()));
        }
        for (EscalationLevel level : team.escalation()) {
            texts.addAll(Arrays.asList(level.when(), level.how()));
        }
        return String.join(" ", texts.stream().filter(Objects::nonNull).toList());
    }

    /** A warning for each character of {@code printed} no font has, at its first place in the file. */
    private void checkFile(Path file, String printed, Diagnostics diagnostics) {
        Set<Integer> missing = missing(printed);
        if (missing.isEmpty()) {
            return;
        }
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            source = "";
        }
        for (int codePoint : missing) {
            warn(file, source, codePoint, diagnostics);
        }
    }

    private Set<Integer> missing(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT && !fonts.canDraw(c))
                .forEach(missing::add);
        return missing;
    }

    private static void report(PlanSection section, int codePoint, Diagnostics diagnostics) {
        warn(section.source().path(), section.parsed().section().markdown(), codePoint, diagnostics);
    }

    private static void warn(Path file, String source, int codePoint, Diagnostics diagnostics) {
        int at = source.indexOf(Character.toString(codePoint));
        int line = at < 0 ? 0 : (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at < 0 ? 0 : at - source.lastIndexOf('\n', at - 1);
        diagnostics.warning(file, line, column, "the PDF's fonts have no glyph for '"
                + Character.toString(codePoint) + "' (U+" + String.format("%04X", codePoint)
                + "): it prints as an empty box in plan.pdf");
    }
}

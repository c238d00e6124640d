package org.drplan.pdf;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.util.Diagnostic;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.LinkSite;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.url.Urls;

/**
 * Turns what the PDF renderer could not load or draw into problems at the place the plan names the file: an image
 * that cannot be drawn is an error where its section embeds it.
 */
final class ResourceProblems {

    private static final Pattern QUOTED_URI = Pattern.compile("URI '([^']+)'");

    private final Plan plan;

    ResourceProblems(Plan plan) {
        this.plan = plan;
    }

    void report(Collection<String> missing, List<Diagnostic> notes, Diagnostics diagnostics) {
        for (String path : missing) {
            diagnostics.error(null, 0, 0, "plan.pdf: the print document loads '" + path
                    + "', which the bundle does not have (a print.ftlh or print.css override?)");
        }
        Set<String> reported = new HashSet<>();
        for (Diagnostic note : notes) {
            String message = note.getFormattedMessage();
            String path = bundlePath(message);
            if (path == null || !reported.add(path)) {
                continue;
            }
            boolean located = false;
            for (PlanSection section : plan.sections()) {
                for (LinkSite site : section.parsed().links()) {
                    if (site.isEmbedded() && embeds(section, site, path)) {
                        diagnostics.error(section.source().path(), site.line(), site.column(), "image '"
                                + site.url() + "' cannot be drawn in plan.pdf: " + reason(note));
                        located = true;
                    }
                }
            }
            if (!located) {
                diagnostics.error(null, 0, 0, "plan.pdf: cannot draw '" + path + "': " + reason(note));
            }
        }
    }

    private static boolean embeds(PlanSection section, LinkSite site, String path) {
        LinkTarget target = site.html() == null ? section.links().target(site.node()).orElse(null)
                : section.links().target(site.html()).orElse(null);
        return target != null && target.kind() == LinkTarget.Kind.ASSET && target.path().equals(path);
    }

    /**
     * The bundle path a renderer message is about: its quoted URI ("for URI 'images/net.png'") as the print
     * document wrote it, relative to the bundle root or under {@code bundle:/}; null if it names none.
     */
    private static String bundlePath(String message) {
        Matcher m = QUOTED_URI.matcher(message);
        if (!m.find()) {
            return null;
        }
        String uri = m.group(1).replaceFirst("^" + BundleResources.SCHEME + ":/*", "");
        return uri.contains(":") ? null : Urls.decode(uri.replaceAll("[?#].*", ""));
    }

    /** The renderer's reason, e.g. "Unrecognized Image format", and what it can read. */
    private static String reason(Diagnostic note) {
        String reason = note.getError() != null && note.getError().getMessage() != null
                ? note.getError().getMessage() : note.getFormattedMessage();
        return (reason.length() > 200 ? reason.substring(0, 200) + "…" : reason)
                + " (PNG, JPEG, GIF, BMP and SVG can be drawn)";
    }
}

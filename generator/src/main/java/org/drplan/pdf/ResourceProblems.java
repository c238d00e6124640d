package org.drplan.pdf;

import java.util.Collection;
import java.util.List;

import com.openhtmltopdf.util.Diagnostic;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.LinkSite;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Turns what the PDF renderer could not load or draw into problems at the place the plan names the file: an image
 * that cannot be drawn is an error where its section embeds it.
 */
final class ResourceProblems {

    private final Plan plan;

    ResourceProblems(Plan plan) {
        this.plan = plan;
    }

    void report(Collection<String> missing, List<Diagnostic> notes, Diagnostics diagnostics) {
        for (String path : missing) {
            diagnostics.error(null, 0, 0, "plan.pdf: the print document loads '" + path
                    + "', which the bundle does not have (a print.ftlh or print.css override?)");
        }
        for (Diagnostic note : notes) {
            String message = note.getFormattedMessage();
            String path = bundlePath(message);
            if (path == null) {
                continue;
            }
            boolean located = false;
            for (PlanSection section : plan.sections()) {
                for (LinkSite site : section.parsed().links()) {
                    if (site.isEmbedded() && embeds(section, site, path)) {
                        diagnostics.error(section.source().path(), site.line(), site.column(), "image '"
                                + site.url() + "' cannot be drawn in plan.pdf: " + reason(message));
                        located = true;
                    }
                }
            }
            if (!located) {
                diagnostics.error(null, 0, 0, "plan.pdf: cannot draw '" + path + "': " + reason(message));
            }
        }
    }

    private static boolean embeds(PlanSection section, LinkSite site, String path) {
        LinkTarget target = site.html() == null ? section.links().target(site.node()).orElse(null)
                : section.links().target(site.html()).orElse(null);
        return target != null && target.kind() == LinkTarget.Kind.ASSET && target.path().equals(path);
    }

    /** The bundle path a renderer message names, from its {@code bundle:/...} URI; null if it names none. */
    private static String bundlePath(String message) {
        int at = message.indexOf(BundleResources.SCHEME + ":/");
        if (at < 0) {
            return null;
        }
        String rest = message.substring(at + BundleResources.SCHEME.length() + 2);
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != ','
                && rest.charAt(end) != '\'' && rest.charAt(end) != '"') {
            end++;
        }
        return rest.substring(0, end).replaceFirst("^/+", "");
    }

    private static String reason(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}

package org.drplan.links;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.drplan.config.LinkCheck;
import org.drplan.content.YamlLink;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.diagnostics.Severity;
import org.drplan.url.Urls;

/**
 * Checks the URLs of the plan-wide YAML files by the rules of a link in a section at the content root (a scripting
 * URL, a file on the author's disk, a path that leads nowhere, a mistyped scheme), reported at their line there.
 * These keys name a place outside the bundle (a video meeting), so a value that resolves to a page or file of the
 * plan is an error too: it was most likely an address written without its {@code https://}.
 */
public final class YamlLinkChecker {

    /** {@code meet.example.com/dr}: a host name where a path was expected. */
    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}([/:?#].*)?$");

    private final LinkIndex index;
    private final Severity unresolved;

    public YamlLinkChecker(LinkIndex index, LinkCheck mode) {
        this.index = index;
        this.unresolved = mode == LinkCheck.ERROR ? Severity.ERROR : Severity.WARNING;
    }

    /** Each link's target by its key; a broken one stays in the map (pages show its text, not a link). */
    public Map<String, LinkTarget> check(Iterable<YamlLink> links, Diagnostics diagnostics) {
        Map<String, LinkTarget> targets = new LinkedHashMap<>();
        for (YamlLink link : links) {
            LinkTarget target = index.resolveFromContentRoot(link.url());
            if (target.isBroken()) {
                String hint = HOST_NAME.matcher(link.url()).matches()
                        ? " (did you mean 'https://" + link.url() + "'?)" : "";
                report(link, unresolved, link.key() + ": " + target.problem() + hint, diagnostics);
            } else if (target.kind() != LinkTarget.Kind.EXTERNAL || target.url().isEmpty()) {
                report(link, Severity.ERROR, link.key() + " '" + link.url() + "' must be an address outside the "
                        + "bundle, such as https://meet.example.com/dr", diagnostics);
                target = LinkTarget.missing("not an address outside the bundle");
            } else if (Urls.mistypedScheme(target.url()).isPresent()) {
                report(link, Severity.WARNING, link.key() + " '" + link.url() + "' has the unknown scheme '"
                        + target.url().substring(0, target.url().indexOf(':')) + ":' (did you mean '"
                        + Urls.mistypedScheme(target.url()).orElseThrow() + ":'?)", diagnostics);
            }
            targets.put(link.key(), target);
        }
        return targets;
    }

    private static void report(YamlLink link, Severity severity, String message, Diagnostics diagnostics) {
        diagnostics.report(new Problem(link.file(), link.at().line(), link.at().column(), severity, message));
    }
}

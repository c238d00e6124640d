package org.drplan.links;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.config.LinkCheck;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.diagnostics.Severity;
import org.drplan.markdown.LinkSite;
import org.drplan.markdown.ParsedSection;
import org.drplan.markdown.RawHtml;
import org.drplan.markdown.XrefExtension;
import org.drplan.url.Urls;

/**
 * Resolves every link site of a section against the {@link LinkIndex} and reports, at the exact position where it
 * is written, each one that leads nowhere and each file a page would load from the network. Unresolved links are
 * errors unless {@code linkCheck=warn}, which imported plans need; a path that leaves the content folder is never
 * followed nor copied in either mode.
 */
public final class CrossLinker {

    private final LinkIndex index;
    private final Severity unresolved;

    public CrossLinker(LinkIndex index, LinkCheck mode) {
        this.index = index;
        this.unresolved = mode == LinkCheck.ERROR ? Severity.ERROR : Severity.WARNING;
    }

    public SectionLinks link(ParsedSection section, Diagnostics diagnostics) {
        Map<Node, LinkTarget> byNode = new IdentityHashMap<>();
        Map<RawHtml.Link, LinkTarget> byHtml = new IdentityHashMap<>();
        Map<WikiLink, String> xrefTexts = new IdentityHashMap<>();
        Set<String> linked = new LinkedHashSet<>();
        for (LinkSite site : section.links()) {
            LinkTarget target = index.resolve(section, site);
            if (target.isBroken()) {
                report(section, site, target.problem(), diagnostics);
            } else if (site.isEmbedded() && target.kind() == LinkTarget.Kind.EXTERNAL && !isInline(target.url())) {
                report(section, site, (site.html() == null || site.html().tag().equals("img") ? "image"
                        : "<" + site.html().tag() + ">") + " '" + site.url() + "' is loaded from the network, which "
                        + "the bundle must work without; copy the file into the content folder", diagnostics);
            } else if (target.kind() == LinkTarget.Kind.EXTERNAL && Urls.mistypedScheme(target.url()).isPresent()) {
                String scheme = target.url().substring(0, target.url().indexOf(':'));
                String meant = Urls.mistypedScheme(target.url()).orElseThrow();
                diagnostics.report(new Problem(section.section().source().path(), site.line(), site.column(),
                        Severity.WARNING, "link '" + site.url() + "' has the unknown scheme '" + scheme
                        + ":' (did you mean '" + meant + ":'?)"));
            } else if (target.kind() == LinkTarget.Kind.SECTION && !target.sectionId().equals(section.id())) {
                linked.add(target.sectionId());
            }
            if (site.html() != null) {
                byHtml.put(site.html(), target);
            } else {
                byNode.put(site.node(), target);
            }
            if (site.node() instanceof WikiLink xref) {
                String written = XrefExtension.hasText(xref) ? xref.getText().toString().trim() : "";
                xrefTexts.put(xref, written.isEmpty() ? index.xrefText(section, site.url()) : written);
            }
        }
        return new SectionLinks(byNode, byHtml, xrefTexts, linked);
    }

    /** A {@code data:} URL carries the file itself: nothing is fetched. */
    private static boolean isInline(String url) {
        return url.isEmpty() || Urls.isData(url);
    }

    private void report(ParsedSection section, LinkSite site, String message, Diagnostics diagnostics) {
        diagnostics.report(new Problem(section.section().source().path(), site.line(), site.column(), unresolved,
                message));
    }
}

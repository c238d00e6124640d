package org.drplan.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.drplan.content.SourceFile;
import org.drplan.links.LinkIndex;
import org.drplan.links.LinkTarget;
import org.drplan.links.SectionLinks;
import org.drplan.markdown.LinkSite;
import org.drplan.markdown.ParsedSection;

/**
 * The content folder's other files a bundle publishes: all of them, but in an edition that leaves material out, not
 * those that only a left-out section or block links to or shows (a scan of the personal contact list, a photo of the
 * safe's code), which no leak check could read.
 */
final class PublishedAssets {

    private PublishedAssets() {
    }

    static List<SourceFile> of(List<SourceFile> assets, List<ParsedSection> leftOut, LinkIndex index,
                               Collection<SectionLinks> shownLinks) {
        if (leftOut.isEmpty()) {
            return assets;
        }
        Set<String> onlyThere = new HashSet<>();
        for (ParsedSection section : leftOut) {
            for (LinkSite site : section.links()) {
                if (site.kind() != LinkSite.Kind.XREF) {
                    LinkTarget target = index.resolve(section, site);
                    if (target.kind() == LinkTarget.Kind.ASSET) {
                        onlyThere.add(target.path());
                    }
                }
            }
        }
        for (SectionLinks links : shownLinks) {
            for (LinkTarget target : (Iterable<LinkTarget>) () -> java.util.stream.Stream.concat(
                    links.byNode().values().stream(), links.byHtml().values().stream()).iterator()) {
                if (target.kind() == LinkTarget.Kind.ASSET) {
                    onlyThere.remove(target.path());
                }
            }
        }
        return assets.stream().filter(a -> !onlyThere.contains(a.relativePath())).toList();
    }
}

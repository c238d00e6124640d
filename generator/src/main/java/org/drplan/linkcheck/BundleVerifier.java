package org.drplan.linkcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.url.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stage 10: checks a written bundle the way a browser at the recovery site would meet it. Every relative URL of
 * every page must name a file inside the bundle, every {@code #anchor} of a link to a page must exist in that page,
 * no id may be given twice on a page, and nothing a page loads (script, style, image, frame) may come from outside
 * it. Each page is parsed once: first every page's ids and links are read, then the links are checked. Problems are
 * reported against the bundle path of the page.
 */
public final class BundleVerifier {

    /** Elements that load a file to show their page, by the attribute that names it. */
    private static final Map<String, String> LOADING = Map.of("script", "src", "link", "href", "img", "src",
            "iframe", "src", "source", "src", "video", "src", "audio", "src", "embed", "src", "object", "data");

    /** What one page holds that the checks need. */
    /** @param repeated ids given to more than one element, in page order: a link to one of them lands by chance */
    private record Page(Path file, Path shown, Set<String> ids, List<Reference> references, Set<String> repeated) {
    }

    /** A URL in a page, by the tag that carries it; {@code loads} when the page fetches it to show itself. */
    private record Reference(String tag, String url, boolean loads) {
    }

    public void verify(Path bundle, Diagnostics diagnostics) {
        Map<Path, Page> pages = new HashMap<>();
        Set<Path> files;
        try (Stream<Path> walk = Files.walk(bundle)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle " + bundle + ": " + e, e);
        }
        files.parallelStream().filter(p -> p.toString().endsWith(".html")).map(file -> read(bundle, file)).toList()
                .forEach(page -> pages.put(page.file(), page));
        pages.values().stream().sorted((a, b) -> a.file().compareTo(b.file()))
                .forEach(page -> check(bundle, page, pages, files, diagnostics));
    }

    private static Page read(Path bundle, Path file) {
        Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
        Set<String> ids = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        List<Reference> references = new ArrayList<>();
        // One walk over the page: three CSS selections would walk it three times.
        for (Element element : doc.getAllElements()) {
            if (element.hasAttr("id") && !ids.add(element.attr("id"))) {
                repeated.add(element.attr("id"));
            }
            String tag = element.normalName();
            if (tag.equals("a")) {
                if (element.hasAttr("name")) {
                    ids.add(element.attr("name"));
                }
                if (element.hasAttr("href")) {
                    references.add(new Reference(tag, element.attr("href").trim(), false));
                }
            } else if (LOADING.containsKey(tag) && element.hasAttr(LOADING.get(tag))) {
                references.add(new Reference(tag, element.attr(LOADING.get(tag)).trim(), true));
            }
        }
        return new Page(file, Path.of(bundle.relativize(file).toString()), ids, references, repeated);
    }

    /** @param files every file of the bundle, so that a link costs a lookup rather than a look at the disk */
    private static void check(Path bundle, Page page, Map<Path, Page> pages, Set<Path> files,
                              Diagnostics diagnostics) {
        for (String id : page.repeated()) {
            diagnostics.error(page.shown(), 0, 0, "id '" + id + "' is given to more than one element of the page");
        }
        for (Reference reference : page.references()) {
            String url = reference.url();
            if (Urls.isExternal(url)) {
                if (reference.loads() && !Urls.isData(url)) {
                    diagnostics.error(page.shown(), 0, 0, "<" + reference.tag() + "> loads '" + url
                            + "' from outside the bundle; it would fail with no network");
                }
                continue;
            }
            if (url.isEmpty()) {
                continue;
            }
            if (url.startsWith("#")) {
                if (url.length() > 1 && !page.ids().contains(Urls.decode(url.substring(1)))) {
                    diagnostics.error(page.shown(), 0, 0, "<a> points to '" + url + "', which is not on the page");
                }
                continue;
            }
            Path target = page.file().getParent().resolve(Urls.decode(url.replaceAll("[?#].*", ""))).normalize();
            if (!target.startsWith(bundle) || !files.contains(target) && !Files.isDirectory(target)) {
                diagnostics.error(page.shown(), 0, 0, "<" + reference.tag() + "> points to '" + url
                        + "', which is not in the bundle");
            } else if (url.contains("#") && pages.containsKey(target)) {
                String anchor = Urls.decode(url.substring(url.indexOf('#') + 1));
                if (!anchor.isEmpty() && !pages.get(target).ids().contains(anchor)) {
                    diagnostics.error(page.shown(), 0, 0, "<" + reference.tag() + "> points to '" + url
                            + "', whose page has no such anchor");
                }
            }
        }
    }

}

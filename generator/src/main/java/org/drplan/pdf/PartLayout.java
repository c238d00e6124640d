package org.drplan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lays out one part of a long plan ({@link PrintParts}) with the page numbers known so far: the page counter starts
 * at the part's first page, the total and every link's page are written out ({@link PartStyles}), and a link to an
 * id in another part leads to {@code drplan-page:<id>} until the parts are merged ({@link PdfAssembler}).
 */
final class PartLayout {

    /** The scheme of a link to another part, made a jump inside the document once the parts are merged. */
    static final String OTHER_PART = "drplan-page:";

    private final PdfSetup setup;
    private final Map<String, byte[]> files;
    private final Set<String> missing = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    private final Map<Integer, Written> written = new java.util.concurrent.ConcurrentHashMap<>();

    /** A part's file: the page numbers written into it, and how it was laid out. */
    private record Written(String numbers, Laid laid) {
    }

    PartLayout(PdfSetup setup, Map<String, byte[]> files) {
        this.setup = setup;
        this.files = files;
    }

    /** A part laid out: how many pages it has and where its ids landed. */
    record Laid(int pages, Map<String, PageNumbers.Place> places) {
    }

    /**
     * Lays out part {@code index}; writes it as a PDF to {@code out} unless that is null (the first pass, which only
     * learns where everything lands).
     */
    Laid lay(int index, byte[] part, PageNumbers numbers, Path out) {
        int firstPage = numbers.firstPage(index);
        int blanks = blankPages(index, firstPage);
        Document html = prepare(index, part, numbers, blanks);
        String numbersIn = firstPage + " " + numbers.total() + " " + String.join(" ", html.select("a[data-page]")
                .eachAttr("data-page"));
        Written before = written.get(index);
        if (out != null && before != null && before.numbers().equals(numbersIn)) {
            // The same numbers as in the part's file: the same pages, no need to lay it out again.
            return before.laid();
        }
        BundleResources resources = new BundleResources(files, setup.outlines(),
                css -> PartStyles.rewrite(css, numbers.total()));
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PdfBoxRenderer renderer = setup.builder(document, html, resources)
                     .useInitialPageNumber(Math.max(1, firstPage - blanks)).buildPdfRenderer()) {
            renderer.layout();
            if (out != null) {
                renderer.createPDFWithoutClosing();
                for (int i = 0; i < blanks; i++) {
                    document.removePage(0);
                }
                java.nio.file.Files.deleteIfExists(out);
                document.save(out.toFile());
            }
            missing.addAll(resources.missing());
            Laid laid = new Laid(renderer.getRootBox().getLayer().getPages().size() - blanks,
                    places(index, blanks, renderer));
            if (out != null) {
                written.put(index, new Written(numbersIn, laid));
            }
            return laid;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bundle paths the parts asked for that the bundle does not have. */
    Set<String> missing() {
        return missing;
    }

    /**
     * The renderer makes a document's first page a {@code :first} page and alternates {@code :right} and
     * {@code :left} from there; a part after the first starts with one or two empty pages, removed once laid out, so
     * that its own first page is neither first nor on the wrong side of the binder.
     */
    private static int blankPages(int index, int firstPage) {
        return index == 0 ? 0 : firstPage % 2 == 0 ? 1 : 2;
    }

    private static Document prepare(int index, byte[] part, PageNumbers numbers, int blanks) {
        // Parsed again on each pass from the part's bytes, not kept: a long plan's parts as trees would hold the
        // whole document in the heap, which laying it out in parts is there to avoid.
        Document html = Jsoup.parse(new String(part, StandardCharsets.UTF_8), BundleResources.BASE);
        for (int i = 0; i < blanks; i++) {
            html.body().prependElement("div").attr("style", "page-break-after: always").text("\u00a0");
        }
        PdfSetup.accessible(html);
        Set<String> here = new java.util.HashSet<>(html.select("[id]").eachAttr("id"));
        for (Element link : html.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            link.attr("data-page", numbers.pageText(id));
            if (!here.contains(id) && numbers.place(id) != null) {
                link.attr("href", OTHER_PART + id);
            }
        }
        for (Element style : html.select("style")) {
            String css = PartStyles.rewrite(style.data(), numbers.total());
            style.empty().appendChild(new DataNode(css));
        }
        return html;
    }

    private static Map<String, PageNumbers.Place> places(int part, int blanks, PdfBoxRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
        Map<String, PageNumbers.Place> places = new HashMap<>();
        Map<String, Box> ids = renderer.getSharedContext().getIdMap();
        for (Map.Entry<String, Box> entry : ids == null ? Map.<String, Box>of().entrySet() : ids.entrySet()) {
            int y = entry.getValue().getAbsY();
            int page = pageAt(pages, y);
            PageBox box = pages.get(page);
            float fromTop = box.getMarginBorderPadding(c, CalculatedStyle.TOP) + y - box.getTop();
            places.put(entry.getKey(), new PageNumbers.Place(part, page - blanks,
                    (box.getHeight(c) - fromTop) / renderer.getDotsPerPoint()));
        }
        return places;
    }

    /** The page a height of the laid out document falls on. */
    private static int pageAt(List<PageBox> pages, int y) {
        int low = 0;
        int high = pages.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (y < pages.get(middle).getBottom()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}

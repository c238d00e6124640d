package org.drplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the parts of a long plan into one PDF file object by object, so that the heap holds one part's objects at a
 * time (PDFBox's own merge keeps the whole document's objects, about 100 KB a tagged page, until it is saved). Each
 * part's pages, resources, annotations and structure elements are copied as they are, renumbered; what joins them is
 * written at the end: the page tree, a {@code /Document} structure element with each part's as a {@code /Part}, the
 * parent tree (each part's keys moved past the previous part's), the bookmarks, the catalog (language, metadata,
 * output intent, viewer preferences from the first part). {@link CompressedPdfFile} writes them compactly.
 */
final class PdfAssembler {

    private static final int NODE_SIZE = 256;
    private static final int CATALOG = 1;
    private static final int PAGES = 2;
    private static final int STRUCTURE = 3;
    private static final int DOCUMENT = 4;
    private static final int PARENT_TREE = 5;
    private static final int OUTLINES = 6;

    private final CompressedPdfFile file;
    private final PageNumbers numbers;
    private final int firstPageNode = OUTLINES + 1;
    private final int firstPageObject;
    private final List<Integer> partElements = new ArrayList<>();
    private final List<int[]> parentEntries = new ArrayList<>();
    private int keyOffset;
    private byte[] catalogExtras = new byte[0];
    private byte[] structureExtras = new byte[0];
    private int info;
    private COSArray id;

    PdfAssembler(OutputStream out, PageNumbers numbers) throws IOException {
        this.numbers = numbers;
        int nodes = (numbers.total() + NODE_SIZE - 1) / NODE_SIZE;
        this.firstPageObject = firstPageNode + nodes;
        this.file = new CompressedPdfFile(out, firstPageObject + numbers.total());
    }

    /** The object that is the page, counted from 0 in the whole document. */
    PartObjects.Ref page(int page) {
        return new PartObjects.Ref(firstPageObject + page);
    }

    /** Copies part {@code index}'s objects; the first part also gives the document its metadata. */
    void add(int index, Path partFile, Instant buildTime, String printDocument) throws IOException {
        try (PDDocument part = Loader.loadPDF(partFile.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PartObjects objects = new PartObjects(file);
            int page = numbers.firstPage(index) - 1;
            for (var each : part.getPages()) {
                COSDictionary dictionary = each.getCOSObject();
                dictionary.setItem(COSName.PARENT, new PartObjects.Ref(firstPageNode + page / NODE_SIZE));
                moveKey(dictionary, COSName.STRUCT_PARENTS);
                for (var annotation : each.getAnnotations()) {
                    moveKey(annotation.getCOSObject(), COSName.STRUCT_PARENT);
                    linkToOtherPart(annotation.getCOSObject());
                }
                objects.place(dictionary, firstPageObject + page++);
            }
            COSDictionary root = part.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            for (COSDictionary element : elements(root.getDictionaryObject(COSName.K))) {
                element.setItem(COSName.P, new PartObjects.Ref(DOCUMENT));
                element.setItem(COSName.S, COSName.PART);
                partElements.add(objects.number(element));
            }
            int maxKey = parentTree(root.getDictionaryObject(COSName.PARENT_TREE), objects);
            if (index == 0) {
                ReproducibleMetadata.apply(part, buildTime, printDocument);
                takeDocumentEntries(part, root, objects);
            }
            objects.writeAll();
            keyOffset += maxKey + 1;
        }
    }

    /** A link to another part ({@link PartLayout#OTHER_PART}) becomes a jump to the page its id landed on. */
    private void linkToOtherPart(COSDictionary annotation) {
        if (!(annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action)) {
            return;
        }
        String uri = action.getString(COSName.URI);
        if (uri == null || !uri.startsWith(PartLayout.OTHER_PART)) {
            return;
        }
        PageNumbers.Place place = numbers.place(uri.substring(PartLayout.OTHER_PART.length()));
        COSArray destination = new COSArray();
        destination.add(page(numbers.firstPage(place.part()) - 1 + place.page()));
        destination.add(COSName.getPDFName("XYZ"));
        destination.add(org.apache.pdfbox.cos.COSNull.NULL);
        destination.add(COSInteger.get(Math.round(place.top())));
        destination.add(org.apache.pdfbox.cos.COSNull.NULL);
        COSDictionary jump = new COSDictionary();
        jump.setItem(COSName.S, COSName.getPDFName("GoTo"));
        jump.setItem(COSName.D, destination);
        annotation.setItem(COSName.A, jump);
    }

    private void moveKey(COSDictionary dictionary, COSName key) {
        if (dictionary.containsKey(key)) {
            dictionary.setInt(key, dictionary.getInt(key) + keyOffset);
        }
    }

    private static List<COSDictionary> elements(COSBase k) {
        List<COSDictionary> elements = new ArrayList<>();
        if (k instanceof COSDictionary dictionary) {
            elements.add(dictionary);
        } else if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary dictionary) {
                    elements.add(dictionary);
                }
            }
        }
        return elements;
    }

    /** Takes the part's parent tree entries, keys moved; returns its largest key. */
    private int parentTree(COSBase node, PartObjects objects) {
        int max = -1;
        if (!(node instanceof COSDictionary tree)) {
            return max;
        }
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        for (int i = 0; nums != null && i + 1 < nums.size(); i += 2) {
            int key = ((COSInteger) nums.getObject(i)).intValue();
            COSBase value = nums.getObject(i + 1);
            parentEntries.add(new int[] {key + keyOffset, objects.number(value)});
            max = Math.max(max, key);
        }
        COSArray kids = tree.getCOSArray(COSName.KIDS);
        for (int i = 0; kids != null && i < kids.size(); i++) {
            max = Math.max(max, parentTree(kids.getObject(i), objects));
        }
        return max;
    }

    private void takeDocumentEntries(PDDocument part, COSDictionary structure, PartObjects objects)
            throws IOException {
        COSDictionary catalog = part.getDocumentCatalog().getCOSObject();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (COSName key : List.of(COSName.LANG, COSName.MARK_INFO, COSName.METADATA, COSName.OUTPUT_INTENTS,
                COSName.VIEWER_PREFERENCES)) {
            if (catalog.containsKey(key)) {
                key.writePDF(entries);
                entries.write(' ');
                objects.write(catalog.getItem(key), entries);
            }
        }
        catalogExtras = entries.toByteArray();
        ByteArrayOutputStream maps = new ByteArrayOutputStream();
        for (COSName key : List.of(COSName.ROLE_MAP, COSName.CLASS_MAP)) {
            if (structure.containsKey(key)) {
                key.writePDF(maps);
                maps.write(' ');
                objects.write(structure.getItem(key), maps);
            }
        }
        structureExtras = maps.toByteArray();
        info = objects.number(part.getDocumentInformation().getCOSObject());
        id = part.getDocument().getTrailer().getCOSArray(COSName.ID);
    }

    /** Writes what joins the parts and the trailer, and closes the file. */
    void finish(PdfOutline outline) throws IOException {
        writePageTree();
        writeText(STRUCTURE, "<</Type/StructTreeRoot/K " + DOCUMENT + " 0 R/ParentTree " + PARENT_TREE
                + " 0 R/ParentTreeNextKey " + keyOffset + new String(structureExtras, StandardCharsets.ISO_8859_1)
                + ">>");
        writeText(DOCUMENT, "<</Type/StructElem/S/Document/P " + STRUCTURE + " 0 R/K[" + refs(partElements) + "]>>");
        new AssembledTrees(this).parentTree(PARENT_TREE, parentEntries);
        new AssembledTrees(this).outline(OUTLINES, outline, numbers);
        writeText(CATALOG, "<</Type/Catalog/Pages " + PAGES + " 0 R/StructTreeRoot " + STRUCTURE + " 0 R/Outlines "
                + OUTLINES + " 0 R/PageMode/UseOutlines" + new String(catalogExtras, StandardCharsets.ISO_8859_1)
                + ">>");
        ByteArrayOutputStream ids = new ByteArrayOutputStream();
        new PartObjects(file).write(id, ids);
        file.finish("/Root " + CATALOG + " 0 R/Info " + info + " 0 R/ID " + ids.toString(StandardCharsets.ISO_8859_1));
    }

    private void writePageTree() throws IOException {
        int total = numbers.total();
        List<Integer> nodes = new ArrayList<>();
        for (int node = 0; node * NODE_SIZE < total; node++) {
            List<Integer> kids = new ArrayList<>();
            for (int page = node * NODE_SIZE; page < Math.min(total, (node + 1) * NODE_SIZE); page++) {
                kids.add(firstPageObject + page);
            }
            writeText(firstPageNode + node, "<</Type/Pages/Parent " + PAGES + " 0 R/Kids[" + refs(kids) + "]/Count "
                    + kids.size() + ">>");
            nodes.add(firstPageNode + node);
        }
        writeText(PAGES, "<</Type/Pages/Kids[" + refs(nodes) + "]/Count " + total + ">>");
    }

    /** A new object number, for what {@link AssembledTrees} writes. */
    int reserve() {
        return file.reserve();
    }

    /** Writes an object given as PDF text. */
    void writeText(int number, String body) throws IOException {
        file.object(number, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes an object whose body is bytes already in PDF syntax (strings of outline titles). */
    void writeBytes(int number, byte[] body) throws IOException {
        file.object(number, body);
    }

    static String refs(List<Integer> numbers) {
        StringBuilder refs = new StringBuilder();
        for (int number : numbers) {
            refs.append(refs.length() == 0 ? "" : " ").append(number).append(" 0 R");
        }
        return refs.toString();
    }
}

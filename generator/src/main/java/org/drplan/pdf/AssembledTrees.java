package org.drplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/** The two trees {@link PdfAssembler} writes for the whole document: the structure's parent tree, the bookmarks. */
final class AssembledTrees {

    private static final int LEAF_SIZE = 256;

    private final PdfAssembler assembler;

    AssembledTrees(PdfAssembler assembler) {
        this.assembler = assembler;
    }

    /** A number tree of the parent tree's entries (key, object number), in leaves of 256 under one root. */
    void parentTree(int root, List<int[]> entries) throws IOException {
        List<int[]> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(e -> e[0]));
        if (sorted.size() <= LEAF_SIZE) {
            assembler.writeText(root, "<<" + nums(sorted) + ">>");
            return;
        }
        List<Integer> leaves = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += LEAF_SIZE) {
            List<int[]> leaf = sorted.subList(from, Math.min(sorted.size(), from + LEAF_SIZE));
            int number = assembler.reserve();
            assembler.writeText(number, "<</Limits[" + leaf.get(0)[0] + " " + leaf.get(leaf.size() - 1)[0] + "]"
                    + nums(leaf) + ">>");
            leaves.add(number);
        }
        assembler.writeText(root, "<</Kids[" + PdfAssembler.refs(leaves) + "]>>");
    }

    private static String nums(List<int[]> entries) {
        StringBuilder nums = new StringBuilder("/Nums[");
        for (int[] entry : entries) {
            nums.append(entry[0]).append(' ').append(entry[1]).append(" 0 R ");
        }
        return nums.append(']').toString();
    }

    /** The bookmarks, each leading to the page and height its id landed on; those with children shown closed. */
    void outline(int root, PdfOutline outline, PageNumbers numbers) throws IOException {
        List<PdfOutline.Bookmark> top = placed(outline.bookmarks(), numbers);
        List<Integer> items = items(root, top, numbers);
        assembler.writeText(root, "<</Type/Outlines" + (items.isEmpty() ? "" : "/First " + items.get(0)
                + " 0 R/Last " + items.get(items.size() - 1) + " 0 R") + "/Count " + items.size() + ">>");
    }

    /** Writes the bookmarks under {@code parent} and returns their object numbers. */
    private List<Integer> items(int parent, List<PdfOutline.Bookmark> bookmarks, PageNumbers numbers)
            throws IOException {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < bookmarks.size(); i++) {
            items.add(assembler.reserve());
        }
        for (int i = 0; i < bookmarks.size(); i++) {
            PdfOutline.Bookmark bookmark = bookmarks.get(i);
            List<PdfOutline.Bookmark> children = placed(bookmark.children(), numbers);
            List<Integer> kids = items(items.get(i), children, numbers);
            PageNumbers.Place place = numbers.place(bookmark.target());
            int page = numbers.firstPage(place.part()) - 1 + place.page();
            StringBuilder item = new StringBuilder("<</Title ");
            ByteArrayOutputStream title = new ByteArrayOutputStream();
            COSWriter.writeString(new COSString(bookmark.name()), title);
            item.append(title.toString(StandardCharsets.ISO_8859_1)).append("/Parent ").append(parent).append(" 0 R");
            if (i > 0) {
                item.append("/Prev ").append(items.get(i - 1)).append(" 0 R");
            }
            if (i + 1 < items.size()) {
                item.append("/Next ").append(items.get(i + 1)).append(" 0 R");
            }
            if (!kids.isEmpty()) {
                item.append("/First ").append(kids.get(0)).append(" 0 R/Last ").append(kids.get(kids.size() - 1))
                        .append(" 0 R/Count -").append(kids.size());
            }
            item.append("/Dest[").append(assembler.page(page).number).append(" 0 R/XYZ null ")
                    .append(Math.round(place.top())).append(" null]>>");
            assembler.writeBytes(items.get(i), item.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return items;
    }

    private static List<PdfOutline.Bookmark> placed(List<PdfOutline.Bookmark> bookmarks, PageNumbers numbers) {
        return bookmarks.stream().filter(b -> numbers.place(b.target()) != null).toList();
    }
}

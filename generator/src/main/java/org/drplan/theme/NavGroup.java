package org.drplan.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of the plan in the navigation: its type key, heading and sections in plan order.
 *
 * @param number  the part's number in the plan
 * @param folders  the same sections grouped by content sub-folder, when the part spans more than one folder;
 *                 otherwise empty
 * @param folderOf each section's folder by section id (made once here: every page's sidebar window asks)
 */
public record NavGroup(String type, String heading, int number, List<SectionSummary> sections,
                       List<NavFolder> folders, Map<String, NavFolder> folderOf) {

    public NavGroup {
        sections = List.copyOf(sections);
        folders = List.copyOf(folders);
        folderOf = Map.copyOf(folderOf);
    }

    public NavGroup(String type, String heading, int number, List<SectionSummary> sections,
                    List<NavFolder> folders) {
        this(type, heading, number, sections, folders, folderOfEach(folders));
    }

    private static Map<String, NavFolder> folderOfEach(List<NavFolder> folders) {
        Map<String, NavFolder> folderOf = new HashMap<>();
        folders.forEach(f -> f.sections().forEach(s -> folderOf.put(s.id(), f)));
        return folderOf;
    }

    /** How many sections the sidebar lists before and after the current one in a large part. */
    public static final int WINDOW_RADIUS = 15;

    /**
     * The sections around the one at {@code index}, split into runs by folder, so that a large part keeps its
     * folder headings in the sidebar's window.
     */
    public List<NavFolder> window(int index) {
        int from = Math.max(0, index - WINDOW_RADIUS);
        int to = Math.min(sections.size() - 1, index + WINDOW_RADIUS);
        List<NavFolder> runs = new java.util.ArrayList<>();
        List<SectionSummary> run = new java.util.ArrayList<>();
        NavFolder current = null;
        for (SectionSummary section : sections.subList(from, to + 1)) {
            NavFolder folder = folderOf.get(section.id());
            if (!run.isEmpty() && folder != current) {
                runs.add(new NavFolder(current == null ? "" : current.folder(), current == null ? "" : current.label(),
                        run));
                run = new java.util.ArrayList<>();
            }
            current = folder;
            run.add(section);
        }
        if (!run.isEmpty()) {
            runs.add(new NavFolder(current == null ? "" : current.folder(), current == null ? "" : current.label(), run));
        }
        return runs;
    }

    /** Sections of one part that sit in one content sub-folder; {@code label} is empty for the content root. */
    public record NavFolder(String folder, String label, List<SectionSummary> sections) {
        public NavFolder {
            sections = List.copyOf(sections);
        }
    }
}

package org.drplan.theme;

import java.util.List;

import org.drplan.content.Role;
import org.drplan.markdown.Heading;
import org.drplan.markdown.StepKind;

/**
 * The template variable {@code page} of the print document ({@code print.ftlh}), the whole plan in one HTML document
 * that becomes {@code plan.pdf}. Anchors are the print document's own ({@code sec-5-3}, {@code sec-5-3--verify}).
 *
 * @param paper     {@code A4} or {@code Letter}
 * @param binding   {@code duplex} (printed on both sides: the wider margin for the rings alternates) or
 *                  {@code simplex} (one side: it is at the left of every page)
 * @param parts     the plan's parts in plan order, each with its sections
 * @param contacts  the roles of {@code team.yml} (the contact table)
 * @param team      the bridge and escalation ladder, printed after the contact table
 * @param checklist every section that has steps, with its steps as rows of a table for a pen
 */
public record PrintPage(String paper, String binding, List<Part> parts, List<Contact> contacts, TeamView team,
                        List<ChecklistTable> checklist) {

    public PrintPage {
        parts = List.copyOf(parts);
        contacts = List.copyOf(contacts);
        checklist = List.copyOf(checklist);
    }

    /** The id of the section's start in the document, or null when it has none. */
    public String sectionAnchor(String sectionId) {
        return parts.stream().flatMap(p -> p.sections().stream()).filter(s -> s.summary().id().equals(sectionId))
                .map(Section::anchor).findFirst().orElse(null);
    }

    /** The id of the role's row in the contact table, or null when the table has no such role. */
    public String contactAnchor(String roleId) {
        return contacts.stream().filter(c -> c.role().id().equals(roleId)).map(Contact::anchor).findFirst()
                .orElse(null);
    }

    /** A part of the plan: {@code anchor} is its id in the document. */
    public record Part(int number, String heading, String type, String anchor, List<Section> sections) {
        public Part {
            sections = List.copyOf(sections);
        }
    }

    /**
     * One section as printed.
     *
     * @param heading      the h1 text
     * @param html         the body, rendered with the print document's links (trusted: made by drplan)
     * @param headings     its headings with their ids in the print document, for the bookmarks
     * @param requires     "Before you start", with each section's anchor
     * @param teamSection  whether the contact table goes here
     */
    public record Section(SectionSummary summary, String anchor, String heading, String html, List<Heading> headings,
                          List<String> tags, List<Reference> requires, boolean teamSection) {
        public Section {
            headings = List.copyOf(headings);
            tags = List.copyOf(tags);
            requires = List.copyOf(requires);
        }
    }

    /** A role of the contact table; {@code anchor} is its row's id, where {@code [[@role]]} links land. */
    public record Contact(Role role, String anchor) {
    }

    /** A section named from another place in the document. */
    public record Reference(SectionSummary summary, String anchor) {
    }

    /** The steps of one section, one row each, nested steps after their parent. */
    public record ChecklistTable(SectionSummary section, String anchor, List<Row> rows) {
        public ChecklistTable {
            rows = List.copyOf(rows);
        }
    }

    /** A step as a row of the printed checklist: {@code depth} 0 for a top-level step. */
    public record Row(String number, String text, StepKind kind, int depth) {
    }
}

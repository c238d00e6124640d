package org.drplan.theme;

/**
 * How a page names a role (an owner, an alternate, an escalation level): its title and person, linked to its contact
 * card on the team page, with its phone one tap away. A role team.yml does not have (or a plan without team.yml)
 * shows as its id, unlinked.
 *
 * @param title    the role's title, or null
 * @param name     the person's name, or null
 * @param phone    as written, or null
 * @param phoneUrl its {@code tel:} URL, or null
 * @param href     the contact card's bundle path with its anchor ({@code team.html#role-dba-lead}; prefix with
 *                 {@code root}), or null when there is no card to link to
 */
public record RoleRef(String id, String title, String name, String phone, String phoneUrl, String href) {

    /** "Database Lead (PostgreSQL), Tomasz Reyes"; the id when team.yml says nothing more. */
    public String label() {
        String base = title != null ? title : id;
        return name != null ? base + ", " + name : base;
    }

    /** For tables and lists: the title without its parenthesised part, "Database Lead, Tomasz Reyes". */
    public String shortLabel() {
        String base = title != null ? title.replaceAll("\\s*\\([^)]*\\)", "").trim() : id;
        return name != null ? base + ", " + name : base;
    }
}

package org.drplan.content;

import java.util.List;
import java.util.Set;

/**
 * A role of the recovery team, from {@code team.yml}; {@code [[@id]]} links to its card on the team page.
 * Fields the file leaves out are null.
 *
 * @param phones    its numbers, the first the one to call first; empty when the file gives none
 * @param alternate  the id of the role that stands in when this one cannot be reached
 * @param restricted the fields ({@code phone}, {@code email}, ...) a shareable bundle leaves out, by their keys in
 *                   {@code team.yml}
 */
public record Role(String id, String title, String name, String organisation, String location, List<Phone> phones,
                   String email, String alternate, Set<String> restricted) {

    /** The keys of the fields {@code restricted} may name: a person's details, not what the role is. */
    public static final List<String> RESTRICTABLE = List.of("name", "organisation", "location", "phone", "email");

    public Role {
        phones = List.copyOf(phones);
        restricted = Set.copyOf(restricted);
    }

    public Role(String id, String title, String name, String organisation, String location, List<Phone> phones,
                String email, String alternate) {
        this(id, title, name, organisation, location, phones, email, alternate, Set.of());
    }

    /** The first number as written, or null: what a line with room for one number shows. */
    public String phone() {
        return phones.isEmpty() ? null : phones.get(0).text();
    }

    /** How a cross-reference names the role when the author gave no text: "Incident Commander, Maren Okafor". */
    public String label() {
        String base = title != null ? title : id;
        return name != null ? base + ", " + name : base;
    }

    /** The first number's {@code tel:} URL, or null. */
    public String phoneUrl() {
        return phones.isEmpty() ? null : phones.get(0).url();
    }

    /** The anchor of the role's card on the team page. */
    public String anchor() {
        return "role-" + id;
    }
}

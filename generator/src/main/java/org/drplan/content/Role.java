package org.drplan.content;

/**
 * A role of the recovery team, from {@code team.yml}; {@code [[@id]]} links to its card on the team page.
 * Fields the file leaves out are null.
 *
 * @param alternate the id of the role that stands in when this one cannot be reached
 */
public record Role(String id, String title, String name, String organisation, String location, String phone,
                   String email, String alternate) {

    /** How a cross-reference names the role when the author gave no text: "Incident Commander, Maren Okafor". */
    public String label() {
        String base = title != null ? title : id;
        return name != null ? base + ", " + name : base;
    }

    /** The phone number as a {@code tel:} URL: digits and a leading + only. */
    public String phoneUrl() {
        return phone == null ? null : new Phone(phone).url();
    }

    /** The anchor of the role's card on the team page. */
    public String anchor() {
        return "role-" + id;
    }
}

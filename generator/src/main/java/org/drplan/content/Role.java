package org.drplan.content;

/** A role of the recovery team, from {@code team.yml}; {@code [[@id]]} links to it. Unknown fields may be null. */
public record Role(String id, String title, String name, String phone, String email) {

    /** How a cross-reference names the role when the author gave no text: "Incident Commander, Maren Okafor". */
    public String label() {
        String base = title != null ? title : id;
        return name != null ? base + ", " + name : base;
    }
}

package org.drplan.testing;

/**
 * A plan with restricted material of each kind, for the shareable edition's tests: a section marked
 * {@code audience: restricted} (linked to from the others, and required by one), a {@code !!! restricted} block with a
 * token and an IP address, and a role of {@code team.yml} whose phones are restricted.
 */
public final class RestrictedPlans {

    public static final String SUPPLIER_SHARE = """
            -- content/team.yml --
            roles:
              - id: dba-lead
                title: Database Lead
                name: Ana Silva
                phone: "+1 555 0143"
                email: ana.silva@example.com
                alternate: platform-lead
              - id: platform-lead
                title: Platform Lead
                name: Aiyana Brooks
                phone: ["+1 555 0144", "+44 7700 900456"]
                alternate: dba-lead
                restricted: [phone]
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            ---
            What the plan covers. Ring [[@dba-lead]] or the people in [[contacts]];
            see [the private list](contacts.md) too.

            !!! restricted "Vault"
                The vault's admin token is AbCdEf0123456789GhIjKlMn, its host 10.20.30.40.

            After the vault.
            -- content/contacts.md --
            ---
            title: Private contacts
            audience: restricted
            ---
            Ada's personal mobile: +44 7700 900123. Home e-mail: ada@home.example.org.
            -- content/restore.md --
            ---
            title: Restore
            type: procedure
            requires: [contacts]
            ---
            - [ ] Restore the database; tell the people in [[contacts]].
            """;
    private RestrictedPlans() {
    }
}

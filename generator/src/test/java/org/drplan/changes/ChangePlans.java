package org.drplan.changes;

/** Two versions of one plan, for the change sheet's tests (site and browser). */
public final class ChangePlans {

    private static final String VERSION_1 = """
            -- content/drplan.yml --
            title: Payroll plan
            version: "3.1.0"
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            rto: 4h
            ---
            Scope.
            -- content/procedures/restore.md --
            ---
            title: Restore payroll
            type: procedure
            rto: 2h
            ---
            - [ ] Stop the payroll app
            - [ ] Restore the nightly backup
            - [ ] Start the payroll app {#start}
            -- content/procedures/old.md --
            ---
            title: Fax the bank
            type: procedure
            ---
            - [ ] Fax the bank
            """;

    /** Version 3.1.0 of a small payroll plan. */
    public static String version1() {
        return VERSION_1;
    }

    /**
     * Version 3.2.0: the restore's RTO 2h → 90m, a step reworded (its id changes with its text), a step with its own
     * id reworded, a notification added; "Fax the bank" removed, "Mail the bank" added.
     */
    public static String version2() {
        return VERSION_1.replace("version: \"3.1.0\"", "version: \"3.2.0\"")
                .replace("rto: 2h", "rto: 90m")
                .replace("- [ ] Restore the nightly backup", "- [ ] Restore the hourly backup")
                .replace("- [ ] Start the payroll app {#start}", "- [ ] Start the payroll app and the queue {#start}\n"
                        + "- [ ] Notify: the service desk")
                .replace("""
                        -- content/procedures/old.md --
                        ---
                        title: Fax the bank
                        type: procedure
                        ---
                        - [ ] Fax the bank
                        """, """
                        -- content/procedures/mail.md --
                        ---
                        title: Mail the bank
                        type: procedure
                        ---
                        - [ ] Mail the bank
                        """);
    }

    private ChangePlans() {
    }
}

package org.drplan.testing;

/** Plans with decision points, for the site, PDF and browser tests (Chromium and Firefox) alike. */
public final class DecisionPlans {

    /** Two answers, each leading to a section of its own; a step before the decision and one after it. */
    public static final String SITE_A = """
            -- content/declare.md --
            ---
            title: Declare
            type: procedure
            ---
            - [ ] Check Site A

            !!! decision "Is Site A reachable?"
                Ask the network lead.

                - Yes → [[promote]]
                - No -> [restore from backup](restore.md)

            - [ ] Tell the bridge what was decided
            -- content/promote.md --
            ---
            title: Promote
            type: procedure
            ---
            - [ ] Promote the replica
            - [ ] Point the application at it
            -- content/restore.md --
            ---
            title: Restore
            type: procedure
            ---
            - [ ] Restore the backup
            """;

    /**
     * A decision tree: the answer "Yes" leads to a section that asks a second question; "No" leads elsewhere, and
     * leaves the second question and both its branches out of the run.
     */
    public static final String TREE = """
            -- content/drplan.yml --
            title: Decision tree plan
            -- content/declare.md --
            ---
            title: Declare
            type: procedure
            ---
            - [ ] Check Site A

            !!! decision "Is Site A reachable?"
                - Yes → [[promote]]
                - No → [[restore]]
            -- content/promote.md --
            ---
            title: Promote
            type: procedure
            ---
            - [ ] Check the replica's lag

            !!! decision "Is the replica current?"
                - Yes → [[switch]]
                - No → [[resync]]
            -- content/switch.md --
            ---
            title: Switch
            type: procedure
            ---
            - [ ] Switch the traffic
            -- content/resync.md --
            ---
            title: Resync
            type: procedure
            ---
            - [ ] Resync the replica
            -- content/restore.md --
            ---
            title: Restore
            type: procedure
            ---
            - [ ] Restore the backup
            """;

    private DecisionPlans() {
    }
}

package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleRefTest {

    @Test
    void aRoleReadsAsItsTitleAndPersonAndInTablesWithoutTheTitlesAside() {
        RoleRef dba = new RoleRef("dba-lead", "Database Lead (PostgreSQL)", "Tomasz Reyes", null, null, null);
        assertEquals("Database Lead (PostgreSQL), Tomasz Reyes", dba.label());
        assertEquals("Database Lead, Tomasz Reyes", dba.shortLabel());
        RoleRef unknown = new RoleRef("on-call", null, null, null, null, null);
        assertEquals("on-call", unknown.label());
        assertEquals("on-call", unknown.shortLabel());
        assertEquals("Lead",
                new RoleRef("x", "Lead (a) (b)", null, null, null, null).shortLabel());
    }
}

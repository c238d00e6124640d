package org.drplan.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code !!! restricted} blocks are cut out line for line; the same words in code, or another block, stay. */
class RestrictedBlocksTest {

    @Test
    void theBlockAndItsIndentedLinesAreBlankedAndEveryOtherLineKeepsItsNumber() {
        RestrictedBlocks.Split split = RestrictedBlocks.split("""
                Before.

                !!! restricted "Vault"
                    Token abc.

                    Host 10.0.0.1.
                After.
                ??? restricted
                \tTabbed.
                !!! warning "Shown"
                    Kept.
                """);
        assertEquals("Before.\n\n\n\n\n\nAfter.\n\n\n!!! warning \"Shown\"\n    Kept.\n", split.shown());
        assertEquals("!!! restricted \"Vault\"\n    Token abc.\n\n    Host 10.0.0.1.\n??? restricted\n\tTabbed.\n",
                split.restricted());
    }

    @Test
    void anOpenerInFencedCodeIsCodeAndANestedBlockEndsWithItsIndentation() {
        String code = "```\n!!! restricted\n    not a block\n```\n";
        assertEquals(code, RestrictedBlocks.split(code).shown());
        RestrictedBlocks.Split nested = RestrictedBlocks.split("- Step\n\n    !!! restricted\n        PIN 1234\n    Shown.\n");
        assertEquals("- Step\n\n\n\n    Shown.\n", nested.shown());
    }
}

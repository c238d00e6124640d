package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drplan.testing.TestPlan;
import org.junit.jupiter.api.Test;

/** The search files a plan gets: what each holds, so that a query can load only what it needs. */
class SearchIndexWriterTest {

    private static final TestPlan PLAN = TestPlan.of("""
            -- content/scope.md --
            ---
            type: scope
            tags: [payroll]
            ---
            # Replication scope
            The replica of payroll runs on pay-db01.example.net.
            ## Out of scope
            The canteen menu.
            -- content/restore.md --
            ---
            type: procedure
            ---
            # Restore
            ## Verify
            - [ ] Check replication on pay-db01.example.net
            ## Report
            Tell the lead.
            """);

    private static final Map<String, String> FILES =
            new SearchIndexWriter(new JavaLunrIndexer()).write(SearchParts.of(PLAN.plan())).files();

    @Test
    void everySectionIsCutIntoItsIntroductionAndItsHeadings() {
        List<SearchPart> parts = SearchParts.of(PLAN.plan());
        assertEquals(List.of("scope.html", "scope.html#out-of-scope", "restore.html", "restore.html#verify",
                "restore.html#report"),
                parts.stream().map(SearchPart::url).toList());
        assertEquals(List.of(0, 0, 1, 1, 1), parts.stream().map(SearchPart::section).toList());
        assertEquals("Check replication on pay-db01.example.net", parts.get(3).fields().get("steps"));
        assertEquals("Scope › Replication scope", parts.get(1).label());
    }

    @Test
    void theTeamPageIsFoundByItsRolesBridgeAndEscalationFromTheTeamFile() {
        TestPlan team = TestPlan.of("""
                -- content/team.md --
                ---
                type: team
                ---
                # Team
                -- content/team.yml --
                roles:
                  - id: dba
                    title: Database lead
                    name: Ana Silva
                    phone: +1 555 0123
                bridge:
                  dial_in: +1 555 0199
                  chat_channel: "#dr-bridge"
                escalation:
                  - who: dba
                    when: Database down for 15 minutes
                """);
        assertEquals("dba Database lead Ana Silva +1 555 0123 Conference bridge +1 555 0199 #dr-bridge Escalation "
                + "Database down for 15 minutes", SearchParts.of(team.plan()).get(0).fields().get("roles"));
    }

    @Test
    void theTableOfContentsSaysWhichChunksExist() {
        String index = FILES.get("assets/search/index.js");
        assertTrue(index.startsWith("drplanSearch.load(\"index\", {\"version\":1,\"metaSize\":20,"
                + "\"partsPerSection\":[2,3],"), index);
        assertTrue(index.contains("\"r\""), "restore, replica, replication...");
        assertTrue(index.contains("\"ids\":[\"p\"],\"idSplits\":[]"), index);
        assertTrue(index.contains("\"wordSplits\":[]"), "a small plan's chunks are not split: " + index);
        assertTrue(FILES.containsKey("assets/search/w-r.js"));
        assertTrue(FILES.containsKey("assets/search/i-p.js"));
        assertTrue(FILES.containsKey("assets/search/m-0.js"));
    }

    @Test
    void aWordKeepsItsStemAndItsPartsWithATitleScoringAboveABody() {
        String chunk = FILES.get("assets/search/w-r.js");
        // replication: in the scope's title (part 0) and the restore step (part 3), parts as differences
        Matcher m = Pattern.compile("\\[\"replication\",\"replic\",\\[0,(\\d+),3,(\\d+)]]").matcher(chunk);
        assertTrue(m.find(), chunk);
        assertTrue(Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2)), "title over step: " + m.group());
        assertTrue(chunk.contains("[\"replica\",0,[0,"), "a word that is its own stem has 0 for its stem");
    }

    @Test
    void identifiersAreIndexedWhole() {
        assertTrue(FILES.get("assets/search/i-p.js").contains("[\"pay-db01.example.net\",0,[0,"),
                FILES.get("assets/search/i-p.js"));
    }

    /** A typo among a word's first letters changes its chunk: the word is found in the list by how it ends. */
    @Test
    void theWordsATypoMayStandForAreListedByHowTheyBeginAndByHowTheyEnd() {
        String index = FILES.get("assets/search/index.js");
        assertTrue(index.contains("\"beginnings\":[") && index.contains("\"endingSplits\":[]"), index);
        assertEquals("drplanSearch.load(\"e-n\", [\"canteen\",\"replication\"]);\n", FILES.get("assets/search/e-n.js"));
        assertTrue(FILES.get("assets/search/b-r.js").contains("\"replica\",\"replication\""),
                FILES.get("assets/search/b-r.js"));
        assertTrue(FILES.get("assets/search/w-p.js").contains("[\"pay\","), "pay is a word");
        assertTrue(!FILES.get("assets/search/b-p.js").contains("\"pay\""), "but too short for a typo of 5+ letters");
    }

    @Test
    void chunkNamesAreSafeFileNames() {
        assertEquals("re", SearchIndexWriter.fileKey("re"));
        assertEquals("_00e9t", SearchIndexWriter.fileKey("ét"));
        assertEquals("_03c3_03b5", SearchIndexWriter.fileKey("σε"));
    }

    @Test
    void whatAResultShowsIsInTheMetadataFilesWithARepeatedLabelGivenOnce() {
        String meta = FILES.get("assets/search/m-0.js");
        assertTrue(meta.contains("[\"Out of scope\",\"Scope › Replication scope\",\"scope.html#out-of-scope\","
                + "\"The canteen menu.\"]"), meta);
        assertTrue(meta.contains("[\"Report\",0,\"restore.html#report\",\"Tell the lead.\"]"),
                "the same label as the part before: " + meta);
    }

    @Test
    void anExcerptIsCutAtASpaceAndNeverInsideACharacter() {
        String words = "word ".repeat(200);
        String cut = SearchIndexWriter.excerptSource(words);
        assertTrue(cut.length() <= SearchIndexWriter.MAX_EXCERPT_SOURCE && cut.endsWith("word"), cut);
        String rockets = "\uD83D\uDE80".repeat(400);
        String cutRockets = SearchIndexWriter.excerptSource(rockets);
        assertEquals(0, cutRockets.length() % 2, "whole surrogate pairs only");
        assertEquals("short text", SearchIndexWriter.excerptSource("short text"));
    }
}

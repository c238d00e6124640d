package org.drplan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** Files that cannot be read as a plan: each is a located error and the build makes no bundle. */
class UnreadableContentTest {

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path root = TestSite.write("""
                -- content/scope.md --
                # Scope
                """);
        Files.write(root.resolve("content/legacy.md"), new byte[] {'#', ' ', (byte) 0xE9, 't', (byte) 0xE9});

        TestSite.buildIn(root, b -> b).assertFailed()
                .assertProblemsBesidesPlanOutline("content/legacy.md: error: cannot read file: it is not UTF-8 text");
    }

    @Test
    void danglingSymbolicLink() throws IOException {
        Path root = TestSite.write("""
                -- content/scope.md --
                # Scope
                """);
        Files.createSymbolicLink(root.resolve("content/gone.md"), root.resolve("nowhere.md"));

        TestSite site = TestSite.buildIn(root, b -> b).assertFailed();
        site.assertProblemsBesidesPlanOutline(
                "content/gone.md: error: cannot read file: it is a symbolic link to something that does not exist");
    }

    @Test
    void symbolicLinkOutOfTheContentFolderIsNeverPublished() throws IOException {
        Path root = TestSite.write("""
                -- content/scope.md --
                # Scope
                -- secrets.txt --
                password
                """);
        Files.createSymbolicLink(root.resolve("content/notes.txt"), root.resolve("secrets.txt"));

        TestSite.buildIn(root, b -> b).assertFailed().assertProblemsBesidesPlanOutline(
                "content/notes.txt: error: links to a file outside the content folder; it is not published");
    }
}

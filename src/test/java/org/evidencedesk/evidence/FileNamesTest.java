package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stored names of the bad-input corpus's hostile file names. */
class FileNamesTest {

    @Test
    void foldersAreDroppedWhicheverSeparatorTheyUse() {
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("..\\..\\a.pdf")).isEqualTo("a.pdf");
    }

    @Test
    void lineBreaksAndQuotesCannotForgeAHeaderOrALogLine() {
        assertThat(FileNames.clean("a\r\nSet-Cookie: x=\"1\".pdf")).isEqualTo("a__Set-Cookie_ x=_1_.pdf");
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
        assertThat(FileNames.clean("a\u200Bb\u2066.pdf")).isEqualTo("a_b_.pdf");
    }

    @Test
    void aHiddenFileIsNotKeptHidden() {
        assertThat(FileNames.clean(".htaccess")).isEqualTo("htaccess");
    }

    @Test
    void aThreeHundredCharacterNameKeepsItsExtensionWithin255() {
        String cleaned = FileNames.clean("n".repeat(296) + ".pdf");
        assertThat(cleaned).hasSize(255).endsWith(".pdf");
    }
}

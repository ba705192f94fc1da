package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables line up in a terminal, also with Chinese text, which takes two columns a character. */
class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCell() {
        Table table = new Table(List.of("ID", "TITLE"));
        table.row(List.of("7", "Screenshot"));
        table.row(List.of("12", "Log"));

        assertThat(table.render()).isEqualTo("""
                ID  TITLE
                7   Screenshot
                12  Log
                """);
    }

    @Test
    void chineseCharactersCountAsTwoColumns() {
        Table table = new Table(List.of("标题", "X"));
        table.row(List.of("截图", "1"));
        table.row(List.of("ab", "2"));

        assertThat(table.render()).isEqualTo("""
                标题  X
                截图  1
                ab    2
                """);
    }

    @Test
    void aLongCellIsCutWithAnEllipsisAtTheColumnLimit() {
        Table table = new Table(List.of("TITLE"), 8);
        table.row(List.of("A very long title"));
        table.row(List.of("很长很长很长的标题"));

        assertThat(table.render().lines().toList()).containsExactly("TITLE", "A very …", "很长很…");
    }

    @Test
    void anEmptyOrMissingCellIsADashAndALineBreakCannotBreakTheTable() {
        Table table = new Table(List.of("A", "B"));
        table.row(java.util.Arrays.asList("x\ny", null));

        assertThat(table.render()).isEqualTo("""
                A    B
                x y  -
                """);
    }
}

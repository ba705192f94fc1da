package org.evidencedesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice keeps its message arguments in one column; they must come back as they went in. */
class NoticeTest {

    private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

    @Test
    void argumentsSurviveTheRoundTrip() {
        List<String> arguments = List.of("(2026)京73民初12号", "15", "Sales records, 2024–2025; invoices", "北京，上海、杭州",
                "He said \"no\" {0} 'quoted'");
        assertThat(notice(arguments).argumentArray()).containsExactlyElementsOf(arguments);
    }

    @Test
    void noArgumentsGiveNone() {
        assertThat(notice(List.of()).argumentArray()).isEmpty();
    }

    @Test
    void emptyArgumentsBesideOthersKeepTheirPlace() {
        assertThat(notice(List.of("", "15", "")).argumentArray()).containsExactly("", "15", "");
    }

    @Test
    void anOverLongArgumentIsCutAtTheColumnsLengthAndTheOthersKept() {
        String statement = "被告使用了原告的定价算法。".repeat(400);
        Object[] stored = notice(List.of("(2026)京73民初12号", statement)).argumentArray();

        assertThat(stored).hasSize(2);
        assertThat(stored[0]).isEqualTo("(2026)京73民初12号");
        String cut = (String) stored[1];
        assertThat(statement).startsWith(cut);
        assertThat("(2026)京73民初12号".length() + 1 + cut.length()).isEqualTo(2000);
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // 𠮷 (U+20BB7) is two UTF-16 units; an odd prefix puts one astride the 2000th unit
        String text = "x" + "𠮷".repeat(1500);
        Object[] stored = notice(List.of(text)).argumentArray();

        String cut = (String) stored[0];
        assertThat(cut.length()).isLessThanOrEqualTo(2000);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).as("ends with half a character").isFalse();
        assertThat(text).startsWith(cut);
        assertThat(cut.codePoints().allMatch(Character::isDefined)).isTrue();
    }

    @Test
    void readingIsRecordedOnce() {
        Notice notice = notice(List.of());
        assertThat(notice.isUnread()).isTrue();
        notice.markRead(NOW.plusSeconds(60));
        notice.markRead(NOW.plusSeconds(120));
        assertThat(notice.isUnread()).isFalse();
        assertThat(notice.getReadAt()).isEqualTo(NOW.plusSeconds(60));
    }

    private static Notice notice(List<String> arguments) {
        return new Notice("counsel", 7L, "notice.burdenRuled", arguments, "/cases/7", NOW);
    }
}

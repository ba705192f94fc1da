package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The idempotency key is the same for the same file at the same place in the same case, so a rerun resumes. */
class SubmissionKeyTest {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER_DIGEST = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    @Test
    void theSameFileAtTheSamePlaceGivesTheSameKey() {
        assertThat(SubmissionKey.of(12, "day1/a.txt", DIGEST)).isEqualTo(SubmissionKey.of(12, "day1/a.txt", DIGEST));
    }

    @Test
    void theKeyIsSixtyFourLowerCaseHexDigitsSafeInAPath() {
        assertThat(SubmissionKey.of(12, "目录/a b.txt", DIGEST)).matches("[0-9a-f]{64}");
    }

    @Test
    void anotherCaseAnotherPathOrAnotherContentGivesAnotherKey() {
        String key = SubmissionKey.of(12, "day1/a.txt", DIGEST);

        assertThat(SubmissionKey.of(13, "day1/a.txt", DIGEST)).isNotEqualTo(key);
        assertThat(SubmissionKey.of(12, "day2/a.txt", DIGEST)).isNotEqualTo(key);
        assertThat(SubmissionKey.of(12, "day1/a.txt", OTHER_DIGEST)).isNotEqualTo(key);
    }

    @Test
    void windowsSeparatorsDoNotChangeTheKey() {
        assertThat(SubmissionKey.of(12, "day1\\a.txt", DIGEST)).isEqualTo(SubmissionKey.of(12, "day1/a.txt", DIGEST));
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        assertThat(SubmissionKey.of(1, "2/a.txt", DIGEST)).isNotEqualTo(SubmissionKey.of(12, "/a.txt", DIGEST));
    }
}

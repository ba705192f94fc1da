package org.evidencedesk.bundle.verify;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.evidencedesk.shared.Phrase;

/**
 * The end of one verification's time budget. The verification checks it as it reads (every block of every entry)
 * and between checks, and stops by itself when it has passed, so no thread is left verifying after its answer.
 */
final class VerificationDeadline {

    /** Thrown where the budget runs out and caught where the report is made; no check catches it on the way. */
    static final class Exceeded extends RuntimeException implements Phrase.Said {

        private static final long serialVersionUID = 1L;
        private final transient Phrase phrase;

        Exceeded(Duration budget) {
            this(describe(budget));
        }

        private Exceeded(Phrase phrase) {
            super(phrase.toString(), null, false, false);
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    private final Duration budget;
    private final long end;

    private VerificationDeadline(Duration budget) {
        this.budget = budget;
        this.end = System.nanoTime() + budget.toNanos();
    }

    static VerificationDeadline after(Duration budget) {
        return new VerificationDeadline(budget);
    }

    /** @throws Exceeded once the budget is spent */
    void check() {
        if (System.nanoTime() - end >= 0) {
            throw new Exceeded(budget);
        }
    }

    /** The stream, checking the budget before each read. */
    InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                check();
                return super.read(b, off, len);
            }
        };
    }

    private static Phrase describe(Duration budget) {
        return budget.toSeconds() > 0
                ? Phrase.of(Sentence.TIME_EXCEEDED_SECONDS, budget.toSeconds())
                : Phrase.of(Sentence.TIME_EXCEEDED_MILLIS, budget.toMillis());
    }
}

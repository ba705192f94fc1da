package org.evidencedesk.bundle.verify;

import java.util.Objects;
import org.evidencedesk.shared.Phrase;

/**
 * One check of a verification and what it found.
 *
 * @param check what was checked; {@code verify.check.<check>} names it in the message bundles
 * @param level whether it passed, failed, or passed with something the reader must know
 * @param detail what was found (signer, time, the changed file, the reason), as a phrase said in the reader's language
 */
public record Finding(String check, Level level, Phrase detail) {

    public enum Level { PASS, NOTE, FAIL }

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(detail, "detail");
    }

    static Finding pass(String check, Phrase detail) {
        return new Finding(check, Level.PASS, detail);
    }

    static Finding fail(String check, Phrase detail) {
        return new Finding(check, Level.FAIL, detail);
    }

    static Finding note(String check, Phrase detail) {
        return new Finding(check, Level.NOTE, detail);
    }

    static Finding of(String check, boolean passed, Phrase detail) {
        return new Finding(check, passed ? Level.PASS : Level.FAIL, detail);
    }

    public boolean failed() {
        return level == Level.FAIL;
    }

    /** For pages: EL reads no record components, so the CSS class comes from a method. */
    public String levelName() {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.evidencedesk.bundle.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencedesk.shared.Phrase;

/**
 * What a CAdES signature carries for long-term validation, as found in it: the level its structure reaches, when its
 * time-stamps say it existed, and the validation data embedded. Found, not validated: whether the revocation data
 * and the archive time-stamps' chains hold is for a full long-term validator (the EU DSS validator) to say.
 *
 * @param level the baseline level reached; empty when the signature could not be read at all
 * @param signatureTimestamp the time of its (first readable) signature-time-stamp
 * @param archiveTimestamps each readable archive-time-stamp-v3, in the order the signature holds them
 * @param certificates distinct certificates embedded, in the signature and in its time-stamp tokens
 * @param crls distinct CRLs embedded
 * @param ocspResponses distinct OCSP responses embedded
 * @param coveredCertificates certificates of the signer's and the time-stamps' chains, roots excepted, with revocation data
 * @param withoutRevocation the subjects of those certificates that have none
 * @param gaps what keeps a chain from being followed to its root (a certificate or an issuer not embedded)
 * @param unreadable each part that was there but could not be read, and was left out of the above
 */
public record LongTermData(Optional<CadesLevel> level, Optional<Instant> signatureTimestamp, List<Stamp> archiveTimestamps,
                           int certificates, int crls, int ocspResponses, int coveredCertificates,
                           List<String> withoutRevocation, List<Phrase> gaps, List<Phrase> unreadable) {

    /** An archive time-stamp's time and the authority that signed it (its certificate's subject, else its TSA name). */
    public record Stamp(Instant time, String authority) {

        public Stamp {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(authority, "authority");
        }
    }

    public LongTermData {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(signatureTimestamp, "signatureTimestamp");
        archiveTimestamps = List.copyOf(archiveTimestamps);
        withoutRevocation = List.copyOf(withoutRevocation);
        gaps = List.copyOf(gaps);
        unreadable = List.copyOf(unreadable);
    }

    static LongTermData unreadable(Phrase reason) {
        return new LongTermData(Optional.empty(), Optional.empty(), List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(reason));
    }

    /** Every certificate below a root has revocation data and every chain reaches its root. */
    public boolean revocationComplete() {
        return withoutRevocation.isEmpty() && gaps.isEmpty();
    }

    /** All of it in one phrase, said in the reader's language. */
    public Phrase phrase() {
        List<Phrase> parts = new ArrayList<>();
        if (level.isEmpty()) {
            return Sentence.all(unreadable);
        }
        parts.add(Phrase.of(Sentence.LEVEL_REACHED, level.get().baselineName()));
        parts.add(signatureTimestamp.map(time -> Phrase.of(Sentence.SIGNATURE_TIMESTAMP_AT, time))
                .orElseGet(() -> Phrase.of(Sentence.NO_SIGNATURE_TIMESTAMP_FOUND)));
        if (archiveTimestamps.isEmpty()) {
            parts.add(Phrase.of(Sentence.NO_ARCHIVE_TIMESTAMP));
        }
        for (int i = 0; i < archiveTimestamps.size(); i++) {
            Stamp stamp = archiveTimestamps.get(i);
            parts.add(Phrase.of(Sentence.ARCHIVE_TIMESTAMP_AT, i + 1, stamp.time(), stamp.authority()));
        }
        parts.add(Phrase.of(Sentence.VALIDATION_DATA_EMBEDDED, certificates, crls, ocspResponses));
        if (withoutRevocation.isEmpty()) {
            parts.add(Phrase.of(Sentence.REVOCATION_DATA_FOR_EACH, coveredCertificates));
        } else {
            parts.add(Phrase.of(Sentence.REVOCATION_DATA_MISSING, String.join(" | ", withoutRevocation)));
        }
        parts.addAll(gaps);
        parts.addAll(unreadable);
        return Sentence.all(parts);
    }

    /** A note, never a failure: this reports what was found; the checks openssl can make decide the verdict. */
    Finding finding(String check) {
        return Finding.note(check, phrase());
    }
}

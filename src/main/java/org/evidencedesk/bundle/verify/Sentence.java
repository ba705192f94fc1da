package org.evidencedesk.bundle.verify;

import java.util.List;
import org.evidencedesk.shared.Phrase;

/**
 * Every sentence a verification report can say, each with the number of arguments it takes; the words are in the
 * message bundles under {@code verify.finding.<name>}, in English and Simplified Chinese.
 */
public enum Sentence implements Phrase.Kind {

    FAULT(1),
    AND(2),
    FILE_EMPTY(0),
    NOTHING_ARRIVED(0),
    PROOF_TOO_LARGE(1),
    PROOF_EMPTY(1),
    FILE_DIGEST(2),
    PROOF_KIND_UNKNOWN(0),
    FILE_UNREADABLE(1),
    TIME_EXCEEDED_SECONDS(1),
    TIME_EXCEEDED_MILLIS(1),
    CHECKED_AGAINST(1),
    ROOT_NAME(2),
    ROOT_NAME_ONLY(1),
    SIGNED_BY(1),
    SIGNED_BY_AT(2),
    TIME_STAMPED(3),
    ARCHIVE_FILES(1),
    NOT_A_ZIP(1),
    ZIP_NO_END(0),
    ZIP_NO_END64(0),
    ZIP_DIRECTORY_OUTSIDE(0),
    ZIP_DIRECTORY_SHORT(0),
    ZIP_ENDS_EARLY(0),
    TOO_MANY_ENTRIES(2),
    ENTRY_OUTSIDE(1),
    ENTRY_MISPLACED(1),
    ENTRIES_OVERLAP(2),
    ENTRY_INTO_DIRECTORY(1),
    NAMES_UNREADABLE(1),
    DUPLICATE_ENTRY(1),
    ABSOLUTE_PATH(1),
    CLIMBS_OUT(1),
    CONTROL_CHARACTERS(1),
    PART_MISSING(1),
    PART_CORRUPT(2),
    INFLATES_BEYOND(2),
    INFLATES_RATIO(2),
    ARCHIVE_INFLATES_BEYOND(1),
    NO_ROOT(1),
    CERTIFICATE_EXPIRED(2),
    CERTIFICATE_NOT_YET_VALID(2),
    CERTIFICATES_IN_FORCE(0),
    CONTAINER_ASIC(1),
    CONTAINER_NOT_ASIC(1),
    NO_SIGNATURE_TIMESTAMP(0),
    COURT_ROOT(2),
    ROOT_SELF_DECLARED(1),
    ROOT_SIGNATURE_UNREADABLE(0),
    ROOT_TRUSTED(1),
    ROOT_UNKNOWN(1),
    ROOT_UNKNOWN_NAMED(2),
    MANIFEST_OTHER_SIGNATURE(1),
    NONE_MISSING(1),
    SOME_MISSING(1),
    NONE_CHANGED(0),
    SOME_CHANGED(1),
    NONE_ADDED(0),
    SOME_ADDED(1),
    IN_PART(2),
    ITEMS_LISTED(2),
    ITEM_FILE_MISSING(1),
    ITEM_HASH_DIFFERS(2),
    ITEM_TOKEN(1),
    ITEM_RECEIPT(1),
    RECEIPT_OTHER_HASH(1),
    CHAIN_INTACT(1),
    WITHHELD(2),
    WITHHELD_UNCHECKABLE(3),
    CHECKPOINT_SIGNATURE(1),
    CHECKPOINT_TIMESTAMP(1),
    CHECKPOINT_NOT_IN_LOG(1),
    CHECKPOINT_HEAD(3),
    NOT_A_CERTIFICATE(2),
    JSON_INVALID(2),
    JSON_TEXT_AFTER(0),
    JSON_TOO_DEEP(0),
    JSON_END(0),
    JSON_KEY_EXPECTED(0),
    JSON_SHORT_ESCAPE(0),
    JSON_BAD_ESCAPE(0),
    JSON_UNTERMINATED(0),
    JSON_UNEXPECTED_CHARACTER(0),
    JSON_UNEXPECTED_WORD(0),
    JSON_EXPECTED(1),
    JSON_NOT_OBJECT(0),
    JSON_TOO_MANY_VALUES(1),
    JSON_TOO_MANY_ITEMS(1),
    LOG_TOO_LONG(1),
    CUSTODY_LINE_INCOMPLETE(1),
    CUSTODY_UNKNOWN_FORMAT(2),
    CUSTODY_HALF_REVEALED(1),
    CUSTODY_UNCHECKED_FIELD(2),
    CUSTODY_BAD_HASH(2),
    LONG_TERM_UNREADABLE(1),
    LEVEL_REACHED(1),
    SIGNATURE_TIMESTAMP_AT(1),
    NO_SIGNATURE_TIMESTAMP_FOUND(0),
    NO_ARCHIVE_TIMESTAMP(0),
    ARCHIVE_TIMESTAMP_AT(3),
    VALIDATION_DATA_EMBEDDED(3),
    REVOCATION_DATA_FOR_EACH(1),
    REVOCATION_DATA_MISSING(1),
    ISSUER_NOT_EMBEDDED(1),
    CERTIFICATE_NOT_EMBEDDED(1),
    THE_SIGNATURE(0),
    THE_SIGNATURE_TIMESTAMP(0),
    ARCHIVE_TIMESTAMP_NUMBER(1),
    NOT_A_TOKEN(2),
    VALIDATION_DATA_UNREADABLE(2),
    UNSIGNED_ATTRIBUTE_UNREADABLE(2),
    PDF_UNREADABLE(1),
    PDF_TAKES_IN_BEYOND(1),
    NESTED_TOO_DEEPLY(0),
    PDF_SIGNATURES(2),
    DOCUMENT_TIMESTAMP_AT(3),
    DOCUMENT_TIMESTAMP_NUMBER(1),
    PDF_DSS(3),
    PDF_NO_DSS(0),
    PDF_DSS_NOT_DICTIONARY(0);

    private final int arity;

    Sentence(int arity) {
        this.arity = arity;
    }

    public int arity() {
        return arity;
    }

    /** {@code verify.finding.} and the name in lower camel case: {@code SOME_CHANGED} is {@code verify.finding.someChanged}. */
    @Override
    public String key() {
        return Phrase.Kind.key("verify.finding.", this);
    }

    /** Several phrases as one, in order. */
    static Phrase all(List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("nothing to say");
        }
        Phrase joined = phrases.get(0);
        for (Phrase next : phrases.subList(1, phrases.size())) {
            joined = Phrase.of(Sentence.AND, joined, next);
        }
        return joined;
    }

    /**
     * What an exception says: its own phrase if it has one (the verifier's, the ASiC manifest's), else its message
     * as it stands, framed in the reader's language.
     */
    static Phrase of(Exception e) {
        return e instanceof Phrase.Said said ? said.phrase() : Phrase.of(Sentence.FAULT, String.valueOf(e.getMessage()));
    }
}

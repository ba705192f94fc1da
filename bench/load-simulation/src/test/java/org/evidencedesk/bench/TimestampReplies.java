package org.evidencedesk.bench;

/**
 * Reads the status of an RFC 3161 reply without a crypto library: {@code TimeStampResp ::= SEQUENCE { status
 * PKIStatusInfo, timeStampToken OPTIONAL }}, {@code PKIStatusInfo ::= SEQUENCE { status INTEGER, ... }}. A 200
 * that carries a rejection is not a time-stamp, so the flood counts it as an error.
 */
final class TimestampReplies {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private TimestampReplies() {
    }

    /** Whether the reply's status is granted (0) or granted with modifications (1). */
    static boolean granted(byte[] reply) {
        int statusInfo = contentStart(reply, 0);
        if (statusInfo < 0 || (reply[0] & 0xff) != SEQUENCE || (reply[statusInfo] & 0xff) != SEQUENCE) {
            return false;
        }
        int status = contentStart(reply, statusInfo);
        return status > 0 && status + 2 < reply.length && reply[status] == INTEGER && reply[status + 1] == 1
                && (reply[status + 2] == 0 || reply[status + 2] == 1);
    }

    /** Where the content of the DER element at {@code at} starts, after its tag and length; -1 if cut short. */
    private static int contentStart(byte[] der, int at) {
        if (at + 1 >= der.length) {
            return -1;
        }
        int length = der[at + 1] & 0xff;
        int start = length < 0x80 ? at + 2 : at + 2 + (length & 0x7f);
        return start < der.length ? start : -1;
    }
}

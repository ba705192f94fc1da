package org.evidencedesk.evidence;

import java.io.InterruptedIOException;
import java.security.MessageDigest;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.shared.Sm3;

/** One digest of one content, fed buffer by buffer; used by one thread at a time. */
interface Hashing {

    /** Adds the first {@code length} bytes of {@code buffer}. */
    void update(byte[] buffer, int length) throws InterruptedIOException;

    /** The digest of everything added; the hashing is finished. */
    byte[] digest();

    /** What it computes, to name its thread: "sha256", "sm3". */
    String name();

    static Hashing sha256() {
        MessageDigest sha256 = Sha256.newDigest();
        return new Hashing() {
            @Override
            public void update(byte[] buffer, int length) {
                sha256.update(buffer, 0, length);
            }

            @Override
            public byte[] digest() {
                return sha256.digest();
            }

            @Override
            public String name() {
                return "sha256";
            }
        };
    }

    /** SM3, each update in one of {@code lanes}. */
    static Hashing sm3(Sm3Lanes lanes) {
        Sm3 sm3 = new Sm3();
        return new Hashing() {
            @Override
            public void update(byte[] buffer, int length) throws InterruptedIOException {
                lanes.update(sm3, buffer, length);
            }

            @Override
            public byte[] digest() {
                return sm3.digest();
            }

            @Override
            public String name() {
                return "sm3";
            }
        };
    }
}

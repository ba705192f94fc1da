package org.evidencedesk.signing;

import java.math.BigInteger;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keys for the tests, made in memory by the same certificate authority a fresh installation uses.
 * One shared set keeps the suite fast; {@link #another()} is a second, unrelated PKI.
 */
final class TestKeys {

    static final SigningKeys SHARED = another();

    private TestKeys() {
    }

    static SigningKeys another() {
        LocalCertificateAuthority authority = new LocalCertificateAuthority(Clock.systemUTC());
        Credential root = authority.createRoot();
        return new SigningKeys(root.certificate(), authority.issueTimestamping(root), authority.issueSigning(root));
    }

    /** A serial source in memory, for tests that are not about persistence. */
    static SerialNumbers counter() {
        AtomicLong last = new AtomicLong();
        return () -> BigInteger.valueOf(last.incrementAndGet());
    }
}

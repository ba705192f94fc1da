package org.evidencedesk.renewal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.EvidenceTimestampAuthority;
import org.evidencedesk.signing.ExternalAuthority;
import org.evidencedesk.signing.HttpTimestamper;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.TimestampToken;
import org.evidencedesk.signing.Timestamper;

/**
 * The evidence time-stamper of the in-container tests' deployment ({@code InContainerTests}): the installation's real
 * built-in authority, which the renewal tests can take down; up, the other classes of that deployment see the built-in
 * authority itself. While {@linkplain #down down} every token is asked of an authority that does not answer (a
 * closed local port, pinned as plain HTTP must be): the real HTTP client really tries and fails, as when a TSA is down.
 * It stands in for the configured time-stamper (the built-in one in these tests) wherever it is injected, the real
 * archive time-stamps of both formats included.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AuthorityOutage implements Timestamper {

    @Inject
    private EvidenceTimestampAuthority builtIn;

    @Inject
    private SigningKeys keys;

    @Inject
    private Clock clock;

    private volatile boolean down;

    void down(boolean down) {
        this.down = down;
    }

    @Override
    public TimestampToken stamp(byte[] sha256Digest) {
        return (down ? unanswering() : builtIn).stamp(sha256Digest);
    }

    private Timestamper unanswering() {
        try {
            String pin = HexFormat.of().formatHex(Sha256.of(builtIn.certificate().getEncoded()));
            return new HttpTimestamper(new ExternalAuthority(URI.create("http://127.0.0.1:9/tsa"), List.of(keys.rootCertificate()),
                    Optional.of(pin), Optional.empty()), clock);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

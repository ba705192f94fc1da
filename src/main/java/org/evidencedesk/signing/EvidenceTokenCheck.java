package org.evidencedesk.signing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the token an item was received with, as the integrity sweep does: it must stamp the item's
 * SHA-256 and come either from this installation's evidence authority (its root, the evidence policy,
 * so never a public token from {@code /tsa}) or from the configured external authority (its anchors and
 * policy). The pin and the clock tolerance were checked when the token was received and are not re-applied.
 */
public final class EvidenceTokenCheck {

    private final List<TimestampTokenVerifier> verifiers;

    public EvidenceTokenCheck(SigningKeys keys, Optional<ExternalAuthority> external, Clock clock) {
        List<TimestampTokenVerifier> all = new ArrayList<>();
        all.add(new TimestampTokenVerifier(Set.of(keys.rootCertificate()), AcceptedPolicies.evidence(), clock));
        external.ifPresent(authority -> all.add(new TimestampTokenVerifier(Set.copyOf(authority.trustAnchors()),
                AcceptedPolicies.external(authority.policy()), clock)));
        this.verifiers = List.copyOf(all);
    }

    /**
     * Why the DER token is not a valid evidence token over this SHA-256 digest, or empty if it is. Of several
     * authorities' answers, the one from the authority the token chains to says most.
     */
    public Optional<String> problem(byte[] token, byte[] sha256Digest) {
        byte[] expected = sha256Digest.clone();
        List<TimestampVerification> results = verifiers.stream()
                .map(verifier -> verifier.verify(token, algorithm -> algorithm == DigestAlgorithm.SHA256
                        ? Optional.of(expected) : Optional.empty()))
                .toList();
        if (results.stream().anyMatch(TimestampVerification::valid)) {
            return Optional.empty();
        }
        return results.stream().filter(TimestampVerification::chainTrusted).findFirst().orElse(results.get(0)).failure();
    }
}

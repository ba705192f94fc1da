package org.evidencedesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evidencedesk.shared.Phrase;

/**
 * {@link TrustPath}'s answers, remembered while they hold: the verification of a bundle asks about the same few
 * certificates once per signature and time-stamp, 30,000 times for 10,000 items, and every PKIX build checks every
 * certificate's signature again in the JDK's provider (about 1.4 ms for a P-256 signature on this machine, five times
 * Bouncy Castle's).
 * <p>
 * Only trusted chains are remembered, and only for the instants at which every certificate asked about (the leaf, those
 * supplied with it and the roots) is within its validity: within that window the same certificates build the same
 * path, since PKIX checks nothing else that depends on time (revocation is not checked, {@link TrustPath}). A chain
 * that fails is built again each time it is asked about, so each signature gets its own reason. At most {@link #LIMIT}
 * chains are remembered: a bundle cannot make a chain of its own trusted, but it may send junk certificates beside a
 * trusted one, each set a question of its own; past the limit each is answered by a build, as before.
 */
final class TrustedPaths {

    static final int LIMIT = 64;

    private final Map<Question, Window> trusted = new ConcurrentHashMap<>();
    private final int limit;

    TrustedPaths() {
        this(LIMIT);
    }

    /** @param limit how many chains are remembered at most */
    TrustedPaths(int limit) {
        this.limit = limit;
    }

    /** Why {@code leaf} does not chain to any of {@code roots} at {@code at}, or empty if it does (see {@link TrustPath}). */
    Optional<Phrase> problem(X509Certificate leaf, Collection<X509Certificate> supplied, Set<X509Certificate> roots, Instant at) {
        Question question = new Question(leaf, Set.copyOf(supplied), Set.copyOf(roots));
        Window known = trusted.get(question);
        if (known != null && known.covers(at)) {
            return Optional.empty();
        }
        Optional<Phrase> problem = TrustPath.problem(leaf, supplied, roots, at);
        if (problem.isEmpty() && trusted.size() < limit) {
            trusted.put(question, Window.common(question.all()));
        }
        return problem;
    }

    /** The chains remembered, for tests. */
    int remembered() {
        return trusted.size();
    }

    private record Question(X509Certificate leaf, Set<X509Certificate> supplied, Set<X509Certificate> roots) {

        List<X509Certificate> all() {
            List<X509Certificate> all = new ArrayList<>(supplied);
            all.add(leaf);
            all.addAll(roots);
            return all;
        }
    }

    /** The instants at which every one of some certificates is valid (empty when they share none: from after until). */
    private record Window(Instant from, Instant until) {

        static Window common(List<X509Certificate> certificates) {
            Instant from = Instant.MIN;
            Instant until = Instant.MAX;
            for (X509Certificate certificate : certificates) {
                Instant notBefore = certificate.getNotBefore().toInstant();
                Instant notAfter = certificate.getNotAfter().toInstant();
                from = notBefore.isAfter(from) ? notBefore : from;
                until = notAfter.isBefore(until) ? notAfter : until;
            }
            return new Window(from, until);
        }

        boolean covers(Instant at) {
            return !at.isBefore(from) && !at.isAfter(until);
        }
    }
}

package org.evidencedesk.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An external RFC 3161 time-stamping authority reached over HTTP(S). Each request carries a fresh nonce
 * and asks for the TSA's certificate. A reply is used only if it is granted, answers that very request
 * (imprint, nonce, certificate, policy) and its token verifies: the authority's signature, a certificate
 * with the critical timeStamping extended key usage chaining to a configured trust anchor, the pinned
 * certificate if one is configured, an acceptable policy, and a time within {@link #CLOCK_TOLERANCE} of
 * ours. Anything else is a {@link TimestampException}: no token, no item.
 */
public final class HttpTimestamper implements Timestamper {

    /**
     * How far the token's time may lie outside the moments we asked and were answered: both clocks are
     * assumed NTP-synchronised, so more than this is an authority that backdates, or a replayed token.
     */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REPLY_BYTES = 64 * 1024;

    private final ExternalAuthority authority;
    private final Clock clock;
    private final TimestampTokenVerifier tokens;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public HttpTimestamper(ExternalAuthority authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
        this.tokens = new TimestampTokenVerifier(Set.copyOf(authority.trustAnchors()), AcceptedPolicies.external(authority.policy()),
                clock);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public TimestampToken stamp(byte[] sha256Digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        authority.policy().ifPresent(policy -> generator.setReqPolicy(new ASN1ObjectIdentifier(policy)));
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256Digest, new BigInteger(64, random));
        URI url = authority.url();
        try {
            Instant asked = clock.instant();
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(url)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Instant answered = clock.instant();
            if (reply.statusCode() != 200 || reply.body().length > MAX_REPLY_BYTES) {
                throw new TimestampException("The time-stamping authority at " + url + " answered HTTP " + reply.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new TimestampException("The time-stamping authority at " + url + " refused: " + response.getStatusString());
            }
            problem(token, sha256Digest, asked, answered).ifPresent(problem -> {
                throw new TimestampException("The time-stamping authority at " + url + " gave a token that is refused: " + problem);
            });
            TimestampToken verified = TimestampToken.of(token);
            return new TimestampToken(verified.encoded(), verified.genTime(), verified.serialNumber(), verified.policy(),
                    Optional.of(verified.tsaName().orElse(url.toString())));
        } catch (IOException e) {
            throw new TimestampException("The time-stamping authority at " + url + " did not answer: " + e.getMessage(), e);
        } catch (TSPException | IllegalArgumentException e) {
            throw new TimestampException("The time-stamping authority at " + url + " gave an unusable reply: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("Interrupted while waiting for the time-stamping authority at " + url, e);
        }
    }

    /** Why a token that answers our request still cannot be used, or empty if it can. */
    private Optional<String> problem(TimeStampToken token, byte[] sha256Digest, Instant asked, Instant answered) {
        byte[] expected = sha256Digest.clone();
        TimestampVerification verification;
        try {
            verification = tokens.verify(token.getEncoded(),
                    algorithm -> algorithm == DigestAlgorithm.SHA256 ? Optional.of(expected) : Optional.empty());
        } catch (IOException e) {
            return Optional.of("it cannot be encoded (" + e.getMessage() + ")");
        }
        if (!verification.valid()) {
            return verification.failure();
        }
        Optional<String> pinProblem = pinProblem(token);
        if (pinProblem.isPresent()) {
            return pinProblem;
        }
        Instant genTime = token.getTimeStampInfo().getGenTime().toInstant();
        if (genTime.isBefore(asked.minus(CLOCK_TOLERANCE)) || genTime.isAfter(answered.plus(CLOCK_TOLERANCE))) {
            return Optional.of("its time " + genTime + " is more than " + CLOCK_TOLERANCE.toMinutes()
                    + " minutes from this server's clock (asked at " + asked + ")");
        }
        return Optional.empty();
    }

    private Optional<String> pinProblem(TimeStampToken token) {
        if (authority.pin().isEmpty()) {
            return Optional.empty();
        }
        Optional<X509CertificateHolder> certificate = Certificates.of(token.getCertificates(), token.getSID());
        if (certificate.isEmpty()) {
            return Optional.of("it does not include the authority's certificate, so the pin cannot be checked");
        }
        try {
            String fingerprint = HexFormat.of().formatHex(DigestAlgorithm.SHA256.digest(certificate.get().getEncoded()));
            return fingerprint.equals(authority.pin().get())
                    ? Optional.empty()
                    : Optional.of("its signing certificate " + Certificates.displayName(certificate.get().getSubject())
                    + " has SHA-256 fingerprint " + fingerprint + ", not the pinned " + authority.pin().get());
        } catch (IOException e) {
            return Optional.of("its signing certificate cannot be read (" + e.getMessage() + ")");
        }
    }
}

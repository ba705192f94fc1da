package org.evidencedesk.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An external RFC 3161 time-stamping authority reached over HTTP. Each request carries a fresh nonce and
 * asks for the TSA's certificate; a reply is accepted only if it is granted and answers that very request
 * (imprint, nonce, certificate). Anything else is a {@link TimestampException}: no token, no item.
 */
public final class HttpTimestamper implements Timestamper {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REPLY_BYTES = 64 * 1024;

    private final URI url;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public HttpTimestamper(URI url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public TimestampToken stamp(byte[] sha256Digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256Digest, new BigInteger(64, random));
        try {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(url)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200 || reply.body().length > MAX_REPLY_BYTES) {
                throw new TimestampException("The time-stamping authority at " + url + " answered HTTP " + reply.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new TimestampException("The time-stamping authority at " + url + " refused: " + response.getStatusString());
            }
            TimestampToken token = TimestampToken.of(response.getTimeStampToken());
            return new TimestampToken(token.encoded(), token.genTime(), token.serialNumber(), token.policy(),
                    Optional.of(token.tsaName().orElse(url.toString())));
        } catch (IOException e) {
            throw new TimestampException("The time-stamping authority at " + url + " did not answer: " + e.getMessage(), e);
        } catch (TSPException | IllegalArgumentException e) {
            throw new TimestampException("The time-stamping authority at " + url + " gave an unusable reply: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("Interrupted while waiting for the time-stamping authority at " + url, e);
        }
    }
}

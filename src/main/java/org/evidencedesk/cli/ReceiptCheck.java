package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.signing.SignatureVerification;
import org.evidencedesk.signing.SignatureVerifier;
import org.evidencedesk.signing.TimestampVerification;

/**
 * Checks a receipt as a recipient would, with the verifier the verify command and the verification page use, against
 * the root pinned at login: the CMS signature over the receipt text, the receipt naming the SHA-256 the client computed
 * itself, and the RFC 3161 token stamping that SHA-256 with the serial the receipt names. A file whose receipt passes
 * is on record as exactly what was sent.
 */
final class ReceiptCheck {

    private final SignatureVerifier verifier;

    ReceiptCheck(X509Certificate root) {
        this.verifier = new SignatureVerifier(root, Clock.systemUTC());
    }

    /** Why the receipt does not prove this file; empty when it does. */
    Optional<Phrase> problem(ReceiptProof proof, String sha256Hex) {
        SignatureVerification signature;
        try {
            signature = verifier.verifyDetached(proof.signature(), new ByteArrayInputStream(proof.receipt()));
        } catch (IOException e) {
            return Optional.of(Phrase.of(Problem.UNREADABLE, Api.reason(e)));
        }
        if (signature.problem().isPresent()) {
            return Optional.of(Phrase.of(Problem.SIGNATURE, signature.problem().get()));
        }
        JsonNode receipt;
        try {
            receipt = Json.mapper().readTree(proof.receipt());
        } catch (IOException e) {
            return Optional.of(Phrase.of(Problem.UNREADABLE, Api.reason(e)));
        }
        String named = Json.text(receipt, "sha256");
        if (!sha256Hex.equals(named)) {
            return Optional.of(Phrase.of(Problem.OTHER_HASH, String.valueOf(named), sha256Hex));
        }
        TimestampVerification token = verifier.verifyTimestamp(token(proof.token()), HexFormat.of().parseHex(sha256Hex));
        if (token.problem().isPresent()) {
            return Optional.of(Phrase.of(Problem.TOKEN, token.problem().get()));
        }
        String serial = token.serialNumber().map(Object::toString).orElse("");
        if (!serial.equals(Json.text(receipt, "tsaSerial"))) {
            return Optional.of(Phrase.of(Problem.OTHER_TOKEN, serial, String.valueOf(Json.text(receipt, "tsaSerial"))));
        }
        return Optional.empty();
    }

    /** The token itself, also when the server sent the whole time-stamp reply around it. */
    private static byte[] token(byte[] tokenOrReply) {
        try {
            TimeStampResponse reply = new TimeStampResponse(tokenOrReply);
            return reply.getTimeStampToken() == null ? tokenOrReply : reply.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException | RuntimeException notAReply) {
            return tokenOrReply;
        }
    }

    /** Why a receipt fails, each a sentence of the message bundles. */
    enum Problem implements Phrase.Kind {
        SIGNATURE(1), UNREADABLE(1), OTHER_HASH(2), TOKEN(1), OTHER_TOKEN(2);

        private final int arity;

        Problem(int arity) {
            this.arity = arity;
        }

        @Override
        public String key() {
            return Phrase.Kind.key("cli.receipt.", this);
        }

        @Override
        public int arity() {
            return arity;
        }
    }
}

package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCSP responder, its answers read by {@code openssl ocsp}: requests made by openssl, answers verified against the root. */
class OcspResponderTest {

    @TempDir
    Path directory;

    private final InMemoryRevocations revocations = new InMemoryRevocations();
    private final OcspResponder responder = new OcspResponder(TestKeys.sharedAuthorities(), revocations, Clock.systemUTC());

    @Test
    void aCurrentLeafIsGoodAndTheAnswerVerifiesWithTheRootAloneAndEchoesTheNonce() throws Exception {
        Path request = opensslRequest(TestKeys.SHARED.signing());
        Path response = Files.write(directory.resolve("response.der"), responder.respond(Files.readAllBytes(request)));

        OpensslCommand.Result nonceChecked = OpensslCommand.run(directory, "ocsp", "-reqin", request.toString(), "-respin",
                response.toString(), "-CAfile", pem("root.pem", TestKeys.ROOT.certificate()).toString());
        assertThat(nonceChecked.output()).contains("Response verify OK").doesNotContain("nonce", "Nonce");
        assertThat(nonceChecked.succeeded()).isTrue();

        OpensslCommand.Result status = status(response, TestKeys.SHARED.signing());
        assertThat(status.output()).contains("Response verify OK", "leaf.pem: good");
        assertThat(status.succeeded()).isTrue();

        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(Files.readAllBytes(response)).getResponseObject();
        assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue())
                .isEqualTo(new OCSPReq(Files.readAllBytes(request)).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue());
        assertThat(basic.getCerts()).extracting(X509CertificateHolder::getSubject).extracting(Object::toString)
                .containsExactly("O=Evidence Desk,CN=Evidence Desk Document Signing CA");
        assertThat(basic.getResponderId().toASN1Primitive().getKeyHash()).as("responder id by key hash").hasSize(20);
    }

    @Test
    void aRevokedLeafIsRevokedWithItsTimeAndReason() throws Exception {
        Instant revokedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        revocations.revoke(TestKeys.SHARED.timestamping().certificate(), revokedAt, RevocationReason.KEY_COMPROMISE);

        Path response = Files.write(directory.resolve("response.der"),
                responder.respond(Files.readAllBytes(opensslRequest(TestKeys.SHARED.timestamping()))));
        OpensslCommand.Result status = status(response, TestKeys.SHARED.timestamping());

        assertThat(status.output()).contains("Response verify OK", "leaf.pem: revoked", "Reason: keyCompromise",
                "Revocation Time: " + DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.ROOT)
                        .format(revokedAt.atOffset(ZoneOffset.UTC)).replaceFirst(" (\\d) ", "  $1 "));
        RevokedStatus revoked = (RevokedStatus) ((BasicOCSPResp) new OCSPResp(Files.readAllBytes(response)).getResponseObject())
                .getResponses()[0].getCertStatus();
        assertThat(revoked.getRevocationTime().toInstant()).isEqualTo(revokedAt);
        assertThat(status(response, TestKeys.SHARED.publicTimestamping()).output()).as("another leaf of the same CA")
                .doesNotContain("leaf.pem: revoked");
    }

    @Test
    void aSerialTheCaNeverIssuedIsUnknown() throws Exception {
        Path ca = pem("ca.pem", TestKeys.SIGNING_CA.certificate());
        Path request = directory.resolve("request.der");
        assertThat(OpensslCommand.run(directory, "ocsp", "-issuer", ca.toString(), "-serial", "0x1234", "-reqout", request.toString())
                .succeeded()).isTrue();
        Path response = Files.write(directory.resolve("response.der"), responder.respond(Files.readAllBytes(request)));

        OpensslCommand.Result status = OpensslCommand.run(directory, "ocsp", "-respin", response.toString(), "-issuer", ca.toString(),
                "-serial", "0x1234", "-no_nonce", "-CAfile", pem("root.pem", TestKeys.ROOT.certificate()).toString());

        assertThat(status.output()).contains("Response verify OK", "0x1234: unknown");
    }

    @Test
    void aRequestForAnotherCaIsUnauthorizedAndGarbageIsAMalformedRequest() throws Exception {
        SigningKeys stranger = TestKeys.another();
        CertificateID foreign = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(stranger.signing().chain().get(1).getEncoded()), stranger.signing().certificate().getSerialNumber());

        assertThat(new OCSPResp(responder.respond(new OCSPReqBuilder().addRequest(foreign).build().getEncoded())).getStatus())
                .isEqualTo(OCSPRespBuilder.UNAUTHORIZED);
        assertThat(new OCSPResp(responder.respond("not a request".getBytes())).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
        assertThat(new OCSPResp(responder.respond(new byte[] {0x30, 0x00})).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
        assertThat(new OCSPResp(responder.respond(new byte[0])).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    }

    /**
     * Bouncy Castle reads a request's entries only when asked for them: a SEQUENCE whose entry is no Request (here the
     * 9 bytes {@code MAcwBTADAgEB} of a GET) parses, then fails. It is the client's doing: malformedRequest, and nothing
     * in the log, as for any other request that cannot be read (the responder is public: one line a request would let
     * anyone fill the log).
     */
    @Test
    void aRequestWhoseEntriesAreNoRequestsIsMalformedAndNotLogged() throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = capturing(logged);
        Logger log = Logger.getLogger(OcspResponder.class.getName());
        log.addHandler(capture);
        try {
            byte[] answer = responder.respond(Base64.getDecoder().decode("MAcwBTADAgEB"));

            assertThat(new OCSPResp(answer).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
            assertThat(logged).isEmpty();
        } finally {
            log.removeHandler(capture);
        }
    }

    /**
     * Thousands of nested SEQUENCEs fit in a 16 KiB body and overflow the stack of Bouncy Castle's recursive parser
     * (on the server's request threads; here on a thread with a small stack, so that it shows whatever the test JVM's
     * settings): refused before it parses them.
     */
    @Test
    void deeplyNestedInputIsAMalformedRequestNotAStackOverflow() throws Exception {
        for (byte[] nested : List.of(HostileEncodings.nestedIndefiniteSequences(4000), HostileEncodings.nestedDefiniteSequences(4000))) {
            byte[] answer = HostileEncodings.onSmallStack(() -> responder.respond(nested));

            assertThat(new OCSPResp(answer).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
        }
    }

    /** Each certificate asked about costs a lookup: a request may name a few (the installation issues few), not hundreds. */
    @Test
    void aRequestForMoreCertificatesThanTheLimitIsRefusedUnread() throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(TestKeys.SIGNING_CA.certificate().getEncoded()), TestKeys.SHARED.signing().certificate().getSerialNumber());
        OCSPReqBuilder most = new OCSPReqBuilder();
        for (int i = 0; i < OcspResponder.MOST_CERTIFICATES; i++) {
            most.addRequest(id);
        }
        OCSPResp answered = new OCSPResp(responder.respond(most.build().getEncoded()));
        assertThat(answered.getStatus()).isEqualTo(OCSPRespBuilder.SUCCESSFUL);
        assertThat(((BasicOCSPResp) answered.getResponseObject()).getResponses()).hasSize(OcspResponder.MOST_CERTIFICATES);

        byte[] tooMany = most.addRequest(id).build().getEncoded();
        RevocationRegistry counting = new RevocationRegistry() {
            @Override
            public Optional<Revocation> find(X500Principal issuer, BigInteger serialNumber) {
                throw new AssertionError("looked up " + serialNumber);
            }

            @Override
            public List<Revocation> revokedBy(X500Principal issuer) {
                throw new AssertionError("listed " + issuer);
            }
        };
        assertThat(new OCSPResp(new OcspResponder(TestKeys.sharedAuthorities(), counting, Clock.systemUTC()).respond(tooMany)).getStatus())
                .isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    }

    /** Validators want revocation data issued after the time-stamp it follows; whole seconds rounded up never precede the request. */
    @Test
    void theAnswerOnACertificateIsNeverDatedBeforeItWasAskedFor() throws Exception {
        Instant asked = Instant.now();
        byte[] answer = responder.statusOf(TestKeys.SHARED.signing().certificate());

        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(answer).getResponseObject();
        assertThat(basic.getProducedAt().toInstant()).isAfterOrEqualTo(asked);
        assertThat(basic.getResponses()[0].getThisUpdate().toInstant()).isAfterOrEqualTo(asked);
        assertThat(basic.getResponses()[0].getCertStatus()).isNull(); // good
        Path response = Files.write(directory.resolve("response.der"), answer);
        assertThat(status(response, TestKeys.SHARED.signing()).output()).contains("leaf.pem: good");
    }

    @Test
    void aRetiredLeafIsStillAnswered() throws Exception {
        Credential retired = new LocalCertificateAuthority(Clock.systemUTC()).issueSigning(TestKeys.SIGNING_CA);
        IssuingAuthorities withRetired = new IssuingAuthorities(TestKeys.ROOT.certificate(),
                TestKeys.sharedAuthorities().authorities(), List.of(retired.certificate()));
        OcspResponder answering = new OcspResponder(withRetired, revocations, Clock.systemUTC());

        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(answering.statusOf(retired.certificate())).getResponseObject();
        assertThat(basic.getResponses()[0].getCertStatus()).isNull();
        BasicOCSPResp unknown = (BasicOCSPResp) new OCSPResp(new OcspResponder(TestKeys.sharedAuthorities(), revocations, Clock.systemUTC())
                .statusOf(retired.certificate())).getResponseObject();
        assertThat(unknown.getResponses()[0].getCertStatus()).isInstanceOf(UnknownStatus.class);
    }

    private Path opensslRequest(Credential leaf) throws Exception {
        Path request = directory.resolve("request.der");
        OpensslCommand.Result made = OpensslCommand.run(directory, "ocsp", "-issuer", pem("ca.pem", leaf.chain().get(1)).toString(),
                "-cert", pem("leaf.pem", leaf.certificate()).toString(), "-reqout", request.toString());
        assertThat(made.succeeded()).as(made.output()).isTrue();
        return request;
    }

    private OpensslCommand.Result status(Path response, Credential leaf) throws Exception {
        return OpensslCommand.run(directory, "ocsp", "-respin", response.toString(), "-issuer", pem("ca.pem", leaf.chain().get(1)).toString(),
                "-cert", pem("leaf.pem", leaf.certificate()).toString(), "-no_nonce", "-CAfile",
                pem("root.pem", TestKeys.ROOT.certificate()).toString());
    }

    private static Handler capturing(List<LogRecord> logged) {
        return new Handler() {
            @Override
            public void publish(LogRecord entry) {
                logged.add(entry);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private Path pem(String name, X509Certificate certificate) throws Exception {
        return Files.write(directory.resolve(name), KeysDirectory.pem(certificate));
    }
}

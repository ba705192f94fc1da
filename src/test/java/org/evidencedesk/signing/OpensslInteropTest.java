package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openssl 3, knowing nothing of this code, is the judge: it builds the time-stamp requests, and it
 * verifies the replies, bare tokens and CAdES signatures against the published root-ca.pem. Each
 * acceptance is paired with the rejection of the same artefact once one byte of the data changes.
 */
class OpensslInteropTest {

    private static final byte[] EVIDENCE = "Screenshot of listing 4471, captured 2026-03-02 10:15 Beijing time\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path work;

    private SigningKeys keys;
    private BouncyCastleTimestampAuthority authority;
    private CmsSigner signer;

    @BeforeEach
    void provisionKeysAndEvidence() throws IOException {
        keys = new KeysDirectory(Clock.systemUTC()).loadOrCreate(work.resolve("keys"), "interop".toCharArray());
        Files.copy(work.resolve("keys").resolve(KeysDirectory.ROOT_CERTIFICATE_FILE), work.resolve("root-ca.pem"));
        authority = new BouncyCastleTimestampAuthority(keys.timestamping(),
                new FileSerialNumbers(work.resolve("keys").resolve(KeysDirectory.SERIAL_FILE), Clock.systemUTC()), Clock.systemUTC());
        signer = new CmsSigner(keys.signing(), Clock.systemUTC());
        Files.write(work.resolve("evidence.bin"), EVIDENCE);
    }

    @Test
    void opensslVerifiesAReplyToItsOwnRequestAndRejectsItForChangedData() throws IOException {
        openssl("ts", "-query", "-data", "evidence.bin", "-sha256", "-cert", "-no_nonce", "-out", "request.tsq");
        Files.write(work.resolve("reply.tsr"), authority.respond(Files.readAllBytes(work.resolve("request.tsq"))));

        OpensslCommand.Result verified = run("ts", "-verify", "-data", "evidence.bin", "-in", "reply.tsr", "-CAfile", "root-ca.pem");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(verified.output()).contains("Verification: OK");

        changeOneByte(work.resolve("evidence.bin"));
        OpensslCommand.Result tampered = run("ts", "-verify", "-data", "evidence.bin", "-in", "reply.tsr", "-CAfile", "root-ca.pem");
        assertThat(tampered.exitCode()).as(tampered.output()).isNotZero();
    }

    @Test
    void opensslVerifiesABareTokenFromStamp() throws IOException {
        Files.write(work.resolve("token.der"), authority.stamp(sha256(EVIDENCE)).encoded());

        OpensslCommand.Result verified = run("ts", "-verify", "-data", "evidence.bin", "-in", "token.der", "-token_in",
                "-CAfile", "root-ca.pem");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(field(openssl("ts", "-reply", "-token_in", "-in", "token.der", "-text"), "Policy OID"))
                .isEqualTo(TimestampPolicy.EVIDENCE.oid());

        changeOneByte(work.resolve("evidence.bin"));
        OpensslCommand.Result tampered = run("ts", "-verify", "-data", "evidence.bin", "-in", "token.der", "-token_in",
                "-CAfile", "root-ca.pem");
        assertThat(tampered.exitCode()).as(tampered.output()).isNotZero();
    }

    @Test
    void theReplyEchoesTheNonceAndStatesPolicyAndAccuracy() throws IOException {
        openssl("ts", "-query", "-data", "evidence.bin", "-sha256", "-cert", "-out", "request.tsq");
        String requestNonce = field(openssl("ts", "-query", "-in", "request.tsq", "-text"), "Nonce");
        Files.write(work.resolve("reply.tsr"), authority.respond(Files.readAllBytes(work.resolve("request.tsq"))));

        String reply = openssl("ts", "-reply", "-in", "reply.tsr", "-text");

        assertThat(reply).contains("Status: Granted.");
        assertThat(field(reply, "Nonce")).isEqualTo(requestNonce).isNotEqualTo("unspecified");
        assertThat(field(reply, "Policy OID")).isEqualTo(TimestampPolicy.EVIDENCE.oid());
        assertThat(field(reply, "Accuracy")).startsWith("0x01 seconds");
        // -queryfile makes openssl itself compare imprint, nonce and policy with what it asked for.
        OpensslCommand.Result matched = run("ts", "-verify", "-queryfile", "request.tsq", "-in", "reply.tsr", "-CAfile", "root-ca.pem");
        assertThat(matched.succeeded()).as(matched.output()).isTrue();
    }

    /** /tsa's tokens: openssl still verifies them against the root, and they state the public policy, not the evidence one. */
    @Test
    void opensslVerifiesAPublicReplyAndReadsThePublicPolicyInIt() throws IOException {
        BouncyCastleTimestampAuthority publicAuthority = new BouncyCastleTimestampAuthority(keys.publicTimestamping(),
                TestKeys.counter(), Clock.systemUTC(), TimestampPolicy.PUBLIC);
        openssl("ts", "-query", "-data", "evidence.bin", "-sha256", "-cert", "-out", "request.tsq");
        Files.write(work.resolve("reply.tsr"), publicAuthority.respond(Files.readAllBytes(work.resolve("request.tsq"))));

        String reply = openssl("ts", "-reply", "-in", "reply.tsr", "-text");
        OpensslCommand.Result verified = run("ts", "-verify", "-data", "evidence.bin", "-in", "reply.tsr", "-CAfile", "root-ca.pem");

        assertThat(field(reply, "Policy OID")).isEqualTo(TimestampPolicy.PUBLIC.oid()).isNotEqualTo(TimestampPolicy.EVIDENCE.oid());
        assertThat(field(reply, "TSA")).contains("Evidence Desk Public Time-Stamping");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        changeOneByte(work.resolve("evidence.bin"));
        assertThat(run("ts", "-verify", "-data", "evidence.bin", "-in", "reply.tsr", "-CAfile", "root-ca.pem").exitCode()).isNotZero();
    }

    @Test
    void aSha1RequestFromOpensslIsRejectedAsABadAlgorithm() throws IOException {
        openssl("ts", "-query", "-data", "evidence.bin", "-sha1", "-cert", "-out", "request.tsq");
        Files.write(work.resolve("reply.tsr"), authority.respond(Files.readAllBytes(work.resolve("request.tsq"))));

        String reply = openssl("ts", "-reply", "-in", "reply.tsr", "-text");

        assertThat(reply).contains("Status: Rejected.").contains("Failure info: unrecognized or unsupported algorithm identifier");
    }

    @Test
    void opensslVerifiesTheCadesSignatureAndRejectsItForChangedContent() throws IOException {
        Files.write(work.resolve("sig.p7s"), signer.signDetached(new ByteArrayInputStream(EVIDENCE)));

        OpensslCommand.Result verified = cmsVerify("-purpose", "any", "-cades");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(verified.output()).contains("Verification successful");

        changeOneByte(work.resolve("evidence.bin"));
        OpensslCommand.Result tampered = cmsVerify("-purpose", "any", "-cades");
        assertThat(tampered.exitCode()).as(tampered.output()).isNotZero();
    }

    /** Why the signing certificate has no extended key usage: openssl's default S/MIME purpose then accepts it too. */
    @Test
    void theSignatureAlsoPassesOpensslsDefaultPurpose() throws IOException {
        Files.write(work.resolve("sig.p7s"), signer.signDetached(new ByteArrayInputStream(EVIDENCE)));

        OpensslCommand.Result verified = cmsVerify("-cades");

        assertThat(verified.succeeded()).as(verified.output()).isTrue();
    }

    /** Proves -cades really checks signing-certificate-v2 on this openssl, so the passing test above means something. */
    @Test
    void opensslCadesCheckRefusesASignatureWithoutSigningCertificateV2() throws Exception {
        CMSSignedDataGenerator plain = new CMSSignedDataGenerator();
        plain.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(BouncyCastle.digestCalculators())
                .build(BouncyCastle.contentSigner(keys.signing().privateKey()), keys.signing().certificate()));
        plain.addCertificates(new JcaCertStore(keys.signing().chain()));
        Files.write(work.resolve("sig.p7s"), plain.generate(new CMSProcessableByteArray(EVIDENCE), false).getEncoded());

        assertThat(cmsVerify("-purpose", "any").succeeded()).isTrue();
        OpensslCommand.Result cades = cmsVerify("-purpose", "any", "-cades");
        assertThat(cades.exitCode()).as(cades.output()).isNotZero();
    }

    @Test
    void aSignatureTimestampedToBaselineTStillVerifiesAndItsTokenCoversTheSignatureValue() throws Exception {
        byte[] signature = signer.addSignatureTimestamp(signer.signDetached(new ByteArrayInputStream(EVIDENCE)), authority);
        Files.write(work.resolve("sig.p7s"), signature);
        SignerInformation signerInfo = new CMSSignedData(signature).getSignerInfos().getSigners().iterator().next();
        Attribute stamp = signerInfo.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        Files.write(work.resolve("signature-token.der"), stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded());
        String signatureValueDigest = HexFormat.of().formatHex(sha256(signerInfo.getSignature()));

        assertThat(cmsVerify("-purpose", "any", "-cades").succeeded()).isTrue();
        OpensslCommand.Result token = run("ts", "-verify", "-digest", signatureValueDigest, "-in", "signature-token.der",
                "-token_in", "-CAfile", "root-ca.pem");
        assertThat(token.succeeded()).as(token.output()).isTrue();
        OpensslCommand.Result otherDigest = run("ts", "-verify", "-digest", HexFormat.of().formatHex(sha256(EVIDENCE)),
                "-in", "signature-token.der", "-token_in", "-CAfile", "root-ca.pem");
        assertThat(otherDigest.exitCode()).isNotZero();
    }

    @Test
    void opensslReadsTheKeystoreWithItsPassword() {
        OpensslCommand.Result read = run("pkcs12", "-in", "keys/" + KeysDirectory.KEYSTORE_FILE, "-passin", "pass:interop",
                "-nokeys", "-info");
        assertThat(read.succeeded()).as(read.output()).isTrue();
        assertThat(read.output()).contains("Evidence Desk Time-Stamping Authority").contains("Evidence Desk Public Time-Stamping")
                .contains("Evidence Desk Signing");

        assertThat(run("pkcs12", "-in", "keys/" + KeysDirectory.KEYSTORE_FILE, "-passin", "pass:wrong", "-nokeys")
                .exitCode()).isNotZero();
    }

    private OpensslCommand.Result cmsVerify(String... options) {
        String[] base = {"cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.p7s", "-content", "evidence.bin",
                "-CAfile", "root-ca.pem", "-out", "verified.bin"};
        String[] all = new String[base.length + options.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(options, 0, all, base.length, options.length);
        return run(all);
    }

    private OpensslCommand.Result run(String... arguments) {
        return OpensslCommand.run(work, arguments);
    }

    private String openssl(String... arguments) {
        OpensslCommand.Result result = run(arguments);
        assertThat(result.succeeded()).as(String.join(" ", arguments) + "\n" + result.output()).isTrue();
        return result.output();
    }

    private static String field(String text, String name) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + ": (.*)$", Pattern.MULTILINE).matcher(text);
        assertThat(matcher.find()).as(name + " in\n" + text).isTrue();
        return matcher.group(1).strip();
    }

    private static void changeOneByte(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        content[content.length / 2] ^= 0x01;
        Files.write(file, content);
    }

    private static byte[] sha256(byte[] data) {
        return DigestAlgorithm.SHA256.digest(data);
    }
}

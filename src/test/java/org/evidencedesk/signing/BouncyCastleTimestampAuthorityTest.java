package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BouncyCastleTimestampAuthorityTest {

    private static final byte[] DIGEST = DigestAlgorithm.SHA256.digest("exhibit P-001".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path keys;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    private final BouncyCastleTimestampAuthority authority =
            new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), TestKeys.counter(), clock);

    @Test
    void aStampCarriesTheDigestTheTimeThePolicyAndTheAuthority() throws Exception {
        TimestampToken token = authority.stamp(DIGEST);

        TimeStampTokenInfo info = new TimeStampToken(new CMSSignedData(token.encoded())).getTimeStampInfo();
        assertThat(info.getMessageImprintDigest()).isEqualTo(DIGEST);
        assertThat(info.getMessageImprintAlgOID()).isEqualTo(DigestAlgorithm.SHA256.oid());
        assertThat(token.genTime()).isEqualTo(clock.instant()).isEqualTo(info.getGenTime().toInstant());
        assertThat(token.policy()).isEqualTo(TimestampPolicy.EVIDENCE.oid());
        assertThat(token.serialNumber()).isEqualTo(info.getSerialNumber());
        assertThat(token.tsaName()).contains("CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk");
        assertThat(info.getAccuracy().getSeconds().intValueExact()).isEqualTo(1);
        assertThat(ASN1Primitive.fromByteArray(token.encoded()).getEncoded(ASN1Encoding.DER)).isEqualTo(token.encoded());
    }

    /** A clock a year ahead of the machine's: the CMS signing-time must follow the authority's clock, as genTime does. */
    @Test
    void theTokensSigningTimeIsItsGenTimeFromTheAuthoritysClock() throws Exception {
        clock.advance(Duration.ofDays(365));
        TimeStampToken token = new TimeStampToken(new CMSSignedData(authority.stamp(DIGEST).encoded()));

        Attribute signingTime = token.getSignedAttributes().get(CMSAttributes.signingTime);
        assertThat(Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant())
                .isEqualTo(clock.instant()).isEqualTo(token.getTimeStampInfo().getGenTime().toInstant());
    }

    @Test
    void aConfiguredPolicyIsTheOneStated() {
        BouncyCastleTimestampAuthority court = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(),
                TestKeys.counter(), clock, "1.2.156.112562.1.1");

        assertThat(court.stamp(DIGEST).policy()).isEqualTo("1.2.156.112562.1.1");
    }

    @Test
    void serialsStrictlyIncreaseAcrossARestart() {
        Path serialFile = keys.resolve(KeysDirectory.SERIAL_FILE);
        BouncyCastleTimestampAuthority before = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(),
                new FileSerialNumbers(serialFile, clock), clock);
        BigInteger first = before.stamp(DIGEST).serialNumber();
        BigInteger second = before.stamp(DIGEST).serialNumber();

        BouncyCastleTimestampAuthority after = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(),
                new FileSerialNumbers(serialFile, clock), clock);
        BigInteger third = after.stamp(DIGEST).serialNumber();

        assertThat(List.of(first, second, third)).isSortedAccordingTo(BigInteger::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void theNonceIsEchoed() throws Exception {
        BigInteger nonce = new BigInteger("9f3c2a71e4d05b88", 16);

        byte[] reply = authority.respond(request(DigestAlgorithm.SHA256.oid(), DIGEST, true, nonce));
        TimeStampResponse response = new TimeStampResponse(reply);

        assertThat(ASN1Primitive.fromByteArray(reply).getEncoded(ASN1Encoding.DER)).as("DER").isEqualTo(reply);
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        assertThat(response.getTimeStampToken().getTimeStampInfo().getNonce()).isEqualTo(nonce);
    }

    @Test
    void certificatesAreIncludedExactlyWhenRequested() throws Exception {
        TimeStampToken withCertificates = respond(request(DigestAlgorithm.SHA256.oid(), DIGEST, true, null)).getTimeStampToken();
        TimeStampToken without = respond(request(DigestAlgorithm.SHA256.oid(), DIGEST, false, null)).getTimeStampToken();

        assertThat(withCertificates.getCertificates().getMatches(null)).as("leaf, issuing CA, root").hasSize(3);
        assertThat(without.getCertificates().getMatches(null)).isEmpty();
    }

    @Test
    void sha384AndSha512ImprintsAreGranted() throws Exception {
        for (DigestAlgorithm algorithm : List.of(DigestAlgorithm.SHA384, DigestAlgorithm.SHA512)) {
            byte[] digest = algorithm.digest(DIGEST);
            TimeStampResponse response = respond(request(algorithm.oid(), digest, true, null));

            assertThat(response.getStatus()).as(algorithm.toString()).isEqualTo(PKIStatus.GRANTED);
            assertThat(response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        }
    }

    @Test
    void sha1AndMd5ImprintsAreRejectedAsBadAlgorithms() throws Exception {
        TimeStampResponse sha1 = respond(request(OIWObjectIdentifiers.idSHA1, new byte[20], true, null));
        TimeStampResponse md5 = respond(request(PKCSObjectIdentifiers.md5, new byte[16], true, null));

        assertRejected(sha1, PKIFailureInfo.badAlg);
        assertRejected(md5, PKIFailureInfo.badAlg);
    }

    @Test
    void anImprintOfTheWrongLengthIsBadData() throws Exception {
        assertRejected(respond(request(DigestAlgorithm.SHA256.oid(), Arrays.copyOf(DIGEST, 20), true, null)), PKIFailureInfo.badDataFormat);
    }

    @Test
    void garbageEmptyAndTrailingBytesAreBadDataNotExceptions() throws Exception {
        byte[] valid = request(DigestAlgorithm.SHA256.oid(), DIGEST, true, null);
        byte[] trailing = Arrays.copyOf(valid, valid.length + 3);

        for (byte[] malformed : List.of("GET /tsa HTTP/1.1".getBytes(StandardCharsets.US_ASCII), new byte[0],
                Arrays.copyOf(valid, valid.length - 5), trailing, new DEROctetString(DIGEST).getEncoded())) {
            assertRejected(respond(malformed), PKIFailureInfo.badDataFormat);
        }
        assertRejected(new TimeStampResponse(authority.respond(null)), PKIFailureInfo.badDataFormat);
    }

    /** Thousands of nested SEQUENCEs fit in a 16 KiB query and overflow Bouncy Castle's recursive parser: refused before it. */
    @Test
    void deeplyNestedInputIsBadDataNotAStackOverflow() throws Exception {
        for (byte[] nested : List.of(HostileEncodings.nestedIndefiniteSequences(4000), HostileEncodings.nestedDefiniteSequences(4000))) {
            byte[] reply = HostileEncodings.onSmallStack(() -> authority.respond(nested));

            assertRejected(new TimeStampResponse(reply), PKIFailureInfo.badDataFormat);
        }
    }

    @Test
    void anotherPolicyIsRefusedAndOursIsGranted() throws Exception {
        TimeStampRequestGenerator other = new TimeStampRequestGenerator();
        other.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4"));
        TimeStampRequestGenerator ours = new TimeStampRequestGenerator();
        ours.setReqPolicy(new ASN1ObjectIdentifier(TimestampPolicy.EVIDENCE.oid()));

        assertRejected(respond(other.generate(DigestAlgorithm.SHA256.identifier(), DIGEST).getEncoded()), PKIFailureInfo.unacceptedPolicy);
        assertThat(respond(ours.generate(DigestAlgorithm.SHA256.identifier(), DIGEST).getEncoded()).getStatus()).isEqualTo(PKIStatus.GRANTED);
    }

    @Test
    void aRequestExtensionItDoesNotUnderstandIsRefused() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.addExtension(new ASN1ObjectIdentifier("1.2.3.4.5"), false, new DEROctetString(new byte[] {1}));

        assertRejected(respond(generator.generate(DigestAlgorithm.SHA256.identifier(), DIGEST).getEncoded()),
                PKIFailureInfo.unacceptedExtension);
    }

    /** Bouncy Castle's own response generator would leak the earlier failure bits into this one. */
    @Test
    void aGrantedResponseAfterRejectionsCarriesNoFailureInfo() throws Exception {
        respond(request(OIWObjectIdentifiers.idSHA1, new byte[20], true, null));
        respond(new byte[] {1, 2, 3});

        TimeStampResponse granted = respond(request(DigestAlgorithm.SHA256.oid(), DIGEST, true, null));
        TimeStampResponse rejected = respond(request(PKCSObjectIdentifiers.md5, new byte[16], true, null));

        assertThat(granted.getStatus()).isEqualTo(PKIStatus.GRANTED);
        assertThat(granted.getFailInfo()).isNull();
        assertThat(rejected.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
    }

    @Test
    void rejectedRequestsUseNoSerial() {
        BigInteger before = authority.stamp(DIGEST).serialNumber();
        authority.respond(new byte[] {0x30, 0x00});

        assertThat(authority.stamp(DIGEST).serialNumber()).isEqualTo(before.add(BigInteger.ONE));
    }

    @Test
    void whenNoSerialCanBeRecordedTheAnswerIsASystemFailure() throws Exception {
        BouncyCastleTimestampAuthority broken = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), () -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }, clock);

        assertRejected(new TimeStampResponse(broken.respond(request(DigestAlgorithm.SHA256.oid(), DIGEST, true, null))),
                PKIFailureInfo.systemFailure);
        assertThatThrownBy(() -> broken.stamp(DIGEST)).isInstanceOf(TimestampException.class);
    }

    @Test
    void concurrentStampsGetDistinctSerials() throws Exception {
        Set<BigInteger> serials = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                work.add(pool.submit(() -> serials.add(authority.stamp(DIGEST).serialNumber())));
            }
            for (Future<?> each : work) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(serials).hasSize(100);
    }

    /**
     * Sixteen threads sign at once with generators from the pool: each token's signature verifies, its signing-time is its
     * own genTime (no generator's state leaks into another token), and in serial order the genTimes strictly increase
     * (a clock that moves a second at each reading makes any reordering of serial and time show).
     */
    @Test
    void parallelTokensEachVerifyCarryTheirOwnTimeAndKeepSerialOrderAsTimeOrder() throws Exception {
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        java.util.concurrent.atomic.AtomicLong readings = new java.util.concurrent.atomic.AtomicLong();
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return base.plusSeconds(readings.getAndIncrement());
            }
        };
        BouncyCastleTimestampAuthority parallel = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(),
                new FileSerialNumbers(keys.resolve(KeysDirectory.SERIAL_FILE), ticking), ticking);
        List<TimeStampToken> tokens = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 15; i++) {
                        tokens.add(new TimeStampToken(new CMSSignedData(parallel.stamp(DIGEST).encoded())));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : work) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        X509CertificateHolder certificate = new X509CertificateHolder(TestKeys.SHARED.timestamping().certificate().getEncoded());
        List<TimeStampToken> bySerial = new ArrayList<>(tokens);
        bySerial.sort(java.util.Comparator.comparing(token -> token.getTimeStampInfo().getSerialNumber()));
        Instant previous = Instant.MIN;
        for (TimeStampToken token : bySerial) {
            token.validate(BouncyCastle.verifierFor(certificate));
            Instant genTime = token.getTimeStampInfo().getGenTime().toInstant();
            Attribute signingTime = token.getSignedAttributes().get(CMSAttributes.signingTime);
            assertThat(Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant()).isEqualTo(genTime);
            assertThat(genTime).isAfter(previous);
            previous = genTime;
        }
        assertThat(bySerial).hasSize(16 * 15);
        assertThat(bySerial.stream().map(token -> token.getTimeStampInfo().getSerialNumber())).doesNotHaveDuplicates();
    }

    @Test
    void aCertificateWithoutTheTimeStampingUsageCannotRunTheAuthority() {
        assertThatThrownBy(() -> new BouncyCastleTimestampAuthority(TestKeys.SHARED.signing(), TestKeys.counter(), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a time-stamping certificate");
    }

    @Test
    void stampWantsASha256Digest() {
        assertThatThrownBy(() -> authority.stamp(new byte[20])).isInstanceOf(IllegalArgumentException.class);
    }

    private TimeStampResponse respond(byte[] request) throws Exception {
        TimeStampResponse response = new TimeStampResponse(authority.respond(request));
        if (response.getStatus() == PKIStatus.GRANTED) {
            response.validate(new TimeStampRequest(request));
        }
        return response;
    }

    private static byte[] request(ASN1ObjectIdentifier algorithm, byte[] digest, boolean certificates, BigInteger nonce) throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certificates);
        return nonce == null
                ? generator.generate(new AlgorithmIdentifier(algorithm), digest).getEncoded()
                : generator.generate(new AlgorithmIdentifier(algorithm), digest, nonce).getEncoded();
    }

    private static void assertRejected(TimeStampResponse response, int failureInfo) {
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getTimeStampToken()).isNull();
        assertThat(response.getFailInfo()).isNotNull();
        assertThat(response.getFailInfo().intValue()).isEqualTo(failureInfo);
    }
}

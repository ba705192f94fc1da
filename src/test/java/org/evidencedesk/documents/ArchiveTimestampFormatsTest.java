package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.evidencedesk.signing.ArchiveTimestamps;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CadesArchiveTimestamps;
import org.evidencedesk.signing.CadesLongTermSigner;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.InMemoryRevocations;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.Timestamper;
import org.evidencedesk.signing.ValidationDataSource;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The renewal job finds a signature's format by asking each {@link ArchiveTimestamps} in turn and taking the first that
 * does not refuse it; so each real implementation must refuse the other format's signature with an
 * {@link IllegalArgumentException}, both when asked when it is due and when asked to renew it, and accept its own.
 */
class ArchiveTimestampFormatsTest {

    private static final byte[] RECEIPT = "{\"exhibit\":\"P-001\",\"sha256\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SHA256_END = Instant.parse("2030-12-31T00:00:00Z");
    private static final SigningKeys KEYS = TestDocuments.KEYS;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Asia/Shanghai"));
    private final ValidationDataSource validation = TestDocuments.validationData(clock, new InMemoryRevocations());
    private final Timestamper timestamper = timestamper();
    private final CadesArchiveTimestamps cades = new CadesArchiveTimestamps(timestamper, validation, SHA256_END);
    private final PadesArchiveTimestamps pades = new PadesArchiveTimestamps(timestamper, validation, SHA256_END);

    @Test
    void theCadesImplementationRefusesASignedPdf() {
        byte[] pdf = signedRuling();

        assertThatThrownBy(() -> cades.renewBy(pdf)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cades.renew(pdf, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(pades.renewBy(pdf)).isBefore(SHA256_END.plusSeconds(1));
    }

    @Test
    void thePadesImplementationRefusesADetachedCmsSignature() {
        byte[] cms = new CadesLongTermSigner(new CmsSigner(KEYS.signing(), clock), timestamper, cades).signDetached(RECEIPT);

        assertThatThrownBy(() -> pades.renewBy(cms)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pades.renew(cms, RECEIPT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pades.renew(cms, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(cades.renewBy(cms)).isBefore(SHA256_END.plusSeconds(1));
    }

    private byte[] signedRuling() {
        PdfSigner signer = new LongTermPadesSigner(new PadesSigner(KEYS.signing(), clock, Optional.of(timestamper)), pades);
        return new RulingPdf(TestDocuments.FONT).renderSigned(TestDocuments.chineseRuling(List.of("原告申请责令被告提交其销售账簿。")), signer);
    }

    private Timestamper timestamper() {
        AtomicLong serials = new AtomicLong();
        return new BouncyCastleTimestampAuthority(KEYS.timestamping(), () -> BigInteger.valueOf(serials.incrementAndGet()), clock);
    }
}

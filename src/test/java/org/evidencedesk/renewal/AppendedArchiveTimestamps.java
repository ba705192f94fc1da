package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.ArchiveTimestamps;
import org.evidencedesk.signing.ExternalAuthority;
import org.evidencedesk.signing.HttpTimestamper;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.Timestamper;

/**
 * A small, real {@link ArchiveTimestamps} for detached CMS signatures, for the renewal tests until the CAdES-LTA one
 * is merged: it appends a real RFC 3161 token from the installation's evidence authority as an unsigned
 * archive-time-stamp attribute (id-aa-ets-archiveTimestampV2, RFC 5126 §6.4.1), over the SHA-256 of the content and
 * the signer's whole SignerInfo as it stands. Not the ETSI EN 319 122-1 §5.5.3 imprint: the job only relies on the
 * port's contract. Its {@link #renewBy} is the newest token's time (else the signing time) plus {@link #LIFETIME},
 * capped by the authority's certificate, so that a renewal moves the due time on.
 *
 * <p>{@link #authorityDown} points it at an authority that does not answer (a closed local port), as a TSA that is
 * down: the real HTTP client fails, nothing is renewed.
 */
@ApplicationScoped
public class AppendedArchiveTimestamps implements ArchiveTimestamps {

    static final Duration LIFETIME = Duration.ofDays(2 * 365);
    private static final ASN1ObjectIdentifier ARCHIVE_TIMESTAMP_V2 = new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.48");

    @Inject
    private Timestamper authority;

    @Inject
    private SigningKeys keys;

    @Inject
    private Clock clock;

    private volatile boolean down;

    void authorityDown(boolean down) {
        this.down = down;
    }

    @Override
    public byte[] renew(byte[] signature, byte[] content) {
        CMSSignedData signed = parse(signature);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        try {
            MessageDigest digest = Sha256.newDigest();
            digest.update(content);
            digest.update(signer.toASN1Structure().getEncoded());
            byte[] token = stamping().stamp(digest.digest()).encoded();
            AttributeTable unsigned = signer.getUnsignedAttributes() == null ? new AttributeTable(new ASN1EncodableVector())
                    : signer.getUnsignedAttributes();
            AttributeTable added = unsigned.add(ARCHIVE_TIMESTAMP_V2, ContentInfo.getInstance(token));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, added);
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Instant renewBy(byte[] signature) {
        SignerInformation signer = parse(signature).getSignerInfos().getSigners().iterator().next();
        Optional<TimeStampToken> newest = tokens(signer).stream()
                .max((a, b) -> a.getTimeStampInfo().getGenTime().compareTo(b.getTimeStampInfo().getGenTime()));
        if (newest.isPresent()) {
            Instant stamped = newest.get().getTimeStampInfo().getGenTime().toInstant();
            Instant certificateEnds = authorityCertificate(newest.get()).getNotAfter().toInstant();
            Instant lifetimeEnds = stamped.plus(LIFETIME);
            return lifetimeEnds.isBefore(certificateEnds) ? lifetimeEnds : certificateEnds;
        }
        Attribute signingTime = signer.getSignedAttributes() == null ? null : signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (signingTime == null) {
            throw new IllegalArgumentException("The signature holds neither a time-stamp nor a signing time");
        }
        return Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant().plus(LIFETIME);
    }

    private Timestamper stamping() {
        if (!down) {
            return authority;
        }
        try {
            // Pinned, as plain HTTP must be: the client then really tries, and finds nobody listening.
            String pin = java.util.HexFormat.of().formatHex(Sha256.of(keys.timestamping().certificate().getEncoded()));
            return new HttpTimestamper(new ExternalAuthority(URI.create("http://127.0.0.1:9/tsa"), List.of(keys.rootCertificate()),
                    Optional.of(pin), Optional.empty()), clock);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TimeStampToken> tokens(SignerInformation signer) {
        if (signer.getUnsignedAttributes() == null) {
            return List.of();
        }
        ASN1EncodableVector attributes = signer.getUnsignedAttributes().getAll(ARCHIVE_TIMESTAMP_V2);
        return java.util.stream.IntStream.range(0, attributes.size())
                .mapToObj(index -> Attribute.getInstance(attributes.get(index)).getAttrValues().getObjectAt(0))
                .map(value -> {
                    try {
                        return new TimeStampToken(ContentInfo.getInstance(value));
                    } catch (TSPException | IOException e) {
                        throw new IllegalArgumentException("An archive time-stamp attribute holds no token", e);
                    }
                }).toList();
    }

    @SuppressWarnings("unchecked")
    private static java.security.cert.X509Certificate authorityCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("The time-stamp token does not carry its authority's certificate");
        }
        try {
            return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static CMSSignedData parse(byte[] signature) {
        try {
            return new CMSSignedData(signature);
        } catch (CMSException | RuntimeException e) {
            throw new IllegalArgumentException("Not a CMS signature", e);
        }
    }
}

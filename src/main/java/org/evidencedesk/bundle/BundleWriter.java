package org.evidencedesk.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.signing.LongTermSigner;
import org.evidencedesk.shared.Sha256;

/**
 * Writes an evidence bundle: an ASiC-E container whose {@code META-INF/ASiCManifest.xml} lists every file
 * with its SHA-256 and is signed as CAdES-BASELINE-LTA ({@code META-INF/signature001.p7s}): the signature carries
 * its time-stamp, the validation data of every certificate and an archive time-stamp, so the container verifies
 * offline with the root alone (ETSI EN 319 162-1 with EN 319 122-1).
 *
 * <p>Two steps. {@link #prepare} renders and signs everything small: the manifest can be signed before any
 * evidence is read because it lists the SHA-256 recorded at intake. {@link Prepared#writeTo} then streams
 * the evidence from the store through a fixed buffer, re-computing each SHA-256 on the way; the store is
 * write-once, so a difference means the stored bytes were tampered with, and writing stops with
 * {@link ChangedEvidenceException} before the archive is complete (it has no central directory, so no
 * reader accepts it).
 */
public final class BundleWriter {

    /** Where evidence content is read from, by SHA-256. */
    @FunctionalInterface
    public interface EvidenceSource {
        InputStream open(String sha256) throws IOException;
    }

    private final LongTermSigner signer;
    private final EvidenceSource evidence;

    public BundleWriter(LongTermSigner signer, EvidenceSource evidence) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** One part of the bundle: a small file waiting in the spool, an evidence item streamed from the store, or the custody log. */
    private record Part(String name, String mediaType, PartSpool.Piece piece, BundleItem item, CustodyLogFile log) {

        StreamingZip.Entry entry() {
            if (log != null) {
                return new StreamingZip.Entry(name, log.length(), true);
            }
            return item == null ? new StreamingZip.Entry(name, piece.length(), false) : new StreamingZip.Entry(name, item.size(), true);
        }

        byte[] sha256() {
            if (log != null) {
                return log.sha256();
            }
            return item == null ? piece.sha256() : HexFormat.of().parseHex(item.sha256());
        }
    }

    /** A bundle ready to stream, with its exact length. */
    public final class Prepared {

        private final List<Part> parts;
        private final PartSpool spool;
        private final LocalDateTime modified;
        private final long length;

        private Prepared(List<Part> parts, PartSpool spool, LocalDateTime modified) {
            this.parts = parts;
            this.spool = spool;
            this.modified = modified;
            this.length = StreamingZip.length(parts.stream().map(Part::entry).toList());
        }

        public long length() {
            return length;
        }

        /** Removes what the bundle spooled (its small files, its custody log); after this, it can no longer be written. */
        public void discard() {
            try {
                spool.delete();
            } finally {
                parts.stream().filter(part -> part.log() != null).forEach(part -> part.log().delete());
            }
        }

        /** The evidence files' names in the bundle, in order. */
        public List<String> evidenceNames() {
            return parts.stream().filter(part -> part.item() != null).map(Part::name).toList();
        }

        /**
         * Streams the bundle; {@code out} is flushed, not closed.
         *
         * @throws ChangedEvidenceException if stored evidence no longer has its recorded SHA-256
         * @throws IOException if the store or {@code out} fails
         */
        public void writeTo(OutputStream out) throws IOException {
            StreamingZip zip = new StreamingZip(out, modified);
            for (Part part : parts) {
                if (part.log() != null) {
                    try (InputStream log = part.log().open()) {
                        zip.add(part.name(), part.log().length(), log);
                    }
                } else if (part.item() == null) {
                    zip.add(part.name(), part.piece().read());
                } else {
                    copy(zip, part);
                }
            }
            zip.finish();
        }

        private void copy(StreamingZip zip, Part part) throws IOException {
            MessageDigest sha256 = Sha256.newDigest();
            InputStream stored;
            try {
                stored = evidence.open(part.item().sha256());
            } catch (NoSuchFileException e) {
                throw new ChangedEvidenceException(part.item(), "it is missing from the store");
            }
            try (InputStream in = new DigestInputStream(stored, sha256)) {
                zip.add(part.name(), part.item().size(), in);
            } catch (StreamingZip.WrongLengthException e) {
                throw new ChangedEvidenceException(part.item(), e.getMessage());
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (!actual.equals(part.item().sha256())) {
                throw new ChangedEvidenceException(part.item(), "its stored content now has SHA-256 " + actual);
            }
        }
    }

    /**
     * Renders every small part and signs the ASiC manifest at CAdES-BASELINE-LTA.
     *
     * @param zone the time zone the entries' modification times are written in (zip has no time zone)
     */
    public Prepared prepare(BundleContents contents, ZoneId zone) throws IOException {
        PartSpool spool = contents.spool();
        List<Part> parts = new ArrayList<>();
        parts.add(small(BundleLayout.MIMETYPE, "", spool.append(BundleLayout.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII))));
        BundleLayout.EvidenceNames names = new BundleLayout.EvidenceNames();
        List<Map<String, Object>> items = new ArrayList<>();
        List<String[]> verifyLines = new ArrayList<>();
        for (BundleItem item : contents.items()) {
            String name = names.name(item.exhibit(), item.title(), item.originalFilename());
            parts.add(new Part(name, mediaType(item.mediaType()), null, item, null));
            items.add(describe(item, name));
            verifyLines.add(new String[] {item.exhibit(), name, item.sha256()});
        }
        for (BundleItem item : contents.items()) {
            parts.add(small(BundleLayout.token(item.exhibit()), "application/timestamp-reply", item.token()));
            parts.add(small(BundleLayout.receipt(item.exhibit()), "application/json", item.receipt()));
            parts.add(small(BundleLayout.receiptSignature(item.exhibit()), "application/pkcs7-signature", item.receiptSignature()));
        }
        parts.add(new Part(BundleLayout.CUSTODY_LOG, "application/jsonl", null, null, contents.custodyLog()));
        parts.add(text(spool, BundleLayout.CHECKPOINT, "application/json", contents.checkpoint().statement()));
        parts.add(bytes(spool, BundleLayout.CHECKPOINT_SIGNATURE, "application/pkcs7-signature", contents.checkpoint().signature()));
        parts.add(bytes(spool, BundleLayout.CHECKPOINT_TOKEN, "application/timestamp-reply", contents.checkpoint().token()));
        parts.add(text(spool, BundleLayout.ROOT_CERTIFICATE, "application/x-pem-file", pem(contents.root())));
        parts.add(text(spool, BundleLayout.TSA_CERTIFICATE, "application/x-pem-file", pem(contents.timestamping())));
        parts.add(text(spool, BundleLayout.SIGNER_CERTIFICATE, "application/x-pem-file", pem(contents.signing())));
        if (contents.courtRoot().isPresent()) {
            parts.add(text(spool, BundleLayout.COURT_ROOT_CERTIFICATE, "application/x-pem-file", pem(contents.courtRoot().get())));
        }
        if (contents.evidenceList().isPresent()) {
            parts.add(bytes(spool, BundleLayout.EVIDENCE_LIST, "application/pdf", contents.evidenceList().get()));
        }
        parts.add(text(spool, BundleLayout.MANIFEST_JSON, "application/json", manifestJson(contents, items)));
        parts.add(text(spool, BundleLayout.VERIFY_TXT, "text/plain", VerifyInstructions.text(contents, verifyLines)));

        List<AsicManifest.Reference> references = parts.stream()
                .filter(part -> !part.name().equals(BundleLayout.MIMETYPE))
                .map(part -> new AsicManifest.Reference(part.name(), part.mediaType(), part.sha256()))
                .toList();
        byte[] manifest = new AsicManifest(BundleLayout.SIGNATURE, references).toXml();
        byte[] signature = signer.signDetached(manifest);
        parts.add(bytes(spool, BundleLayout.ASIC_MANIFEST, "text/xml", manifest));
        parts.add(bytes(spool, BundleLayout.SIGNATURE, "application/x-pkcs7-signature", signature));
        return new Prepared(List.copyOf(parts), spool, LocalDateTime.ofInstant(contents.exportedAt(), zone));
    }

    private static Map<String, Object> describe(BundleItem item, String name) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("exhibit", item.exhibit());
        described.put("title", item.title());
        described.put("factToProve", item.factToProve());
        described.put("source", item.source());
        described.put("side", item.side());
        described.put("status", item.status());
        described.put("file", name);
        described.put("originalFilename", item.originalFilename());
        described.put("mediaType", item.mediaType());
        described.put("size", item.size());
        described.put("sha256", item.sha256());
        described.put("sm3", item.sm3());
        described.put("receivedAt", String.valueOf(item.receivedAt()));
        described.put("timestampedAt", String.valueOf(item.timestampedAt()));
        described.put("tsaSerial", item.tsaSerial());
        described.put("token", BundleLayout.token(item.exhibit()));
        described.put("receipt", BundleLayout.receipt(item.exhibit()));
        described.put("receiptSignature", BundleLayout.receiptSignature(item.exhibit()));
        return described;
    }

    private static String manifestJson(BundleContents contents, List<Map<String, Object>> items) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "evidence-desk-bundle/1");
        manifest.put("case", contents.caseNumber());
        manifest.put("caseId", contents.caseId());
        manifest.put("exportedBy", contents.exporter());
        manifest.put("exportedAt", contents.exportedAt().toString());
        manifest.put("selection", contents.selection());
        manifest.put("items", items);
        manifest.put("custody", Map.of("log", BundleLayout.CUSTODY_LOG, "checkpoint", BundleLayout.CHECKPOINT,
                "checkpointSignature", BundleLayout.CHECKPOINT_SIGNATURE, "checkpointToken", BundleLayout.CHECKPOINT_TOKEN));
        Map<String, String> certificates = new LinkedHashMap<>(Map.of("root", BundleLayout.ROOT_CERTIFICATE,
                "tsa", BundleLayout.TSA_CERTIFICATE, "signer", BundleLayout.SIGNER_CERTIFICATE));
        contents.courtRoot().ifPresent(court -> certificates.put("courtRoot", BundleLayout.COURT_ROOT_CERTIFICATE));
        manifest.put("certificates", certificates);
        manifest.put("evidenceList", contents.evidenceList().isPresent() ? BundleLayout.EVIDENCE_LIST : null);
        manifest.put("asicManifest", BundleLayout.ASIC_MANIFEST);
        manifest.put("signature", BundleLayout.SIGNATURE);
        return CanonicalJson.write(manifest) + "\n";
    }

    private static String mediaType(String mediaType) {
        return mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.toLowerCase(Locale.ROOT);
    }

    private static Part small(String name, String mediaType, PartSpool.Piece piece) {
        return new Part(name, mediaType, piece, null, null);
    }

    private static Part bytes(PartSpool spool, String name, String mediaType, byte[] content) throws IOException {
        return small(name, mediaType, spool.append(content));
    }

    private static Part text(PartSpool spool, String name, String mediaType, String content) throws IOException {
        return bytes(spool, name, mediaType, content.getBytes(StandardCharsets.UTF_8));
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A loaded certificate cannot be encoded", e);
        }
    }


    static byte[] sha256Of(byte[] bytes) {
        return Sha256.newDigest().digest(bytes);
    }

    /** Stored evidence no longer matches its recorded SHA-256 (or cannot be read): the export must not complete. */
    public static final class ChangedEvidenceException extends IOException {

        private static final long serialVersionUID = 1L;
        private final String exhibit;

        ChangedEvidenceException(BundleItem item, String problem) {
            super("Evidence " + item.exhibit() + " (SHA-256 " + item.sha256() + ") cannot go into the bundle: " + problem);
            this.exhibit = item.exhibit();
        }

        public String exhibit() {
            return exhibit;
        }
    }
}

package org.evidencedesk.bundle.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import org.evidencedesk.bundle.AsicManifest;
import org.evidencedesk.bundle.BundleLayout;
import org.evidencedesk.custody.ChainCheck;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.SignatureVerification;
import org.evidencedesk.signing.SignatureVerifier;
import org.evidencedesk.signing.TimestampVerification;

/**
 * Verifies an evidence bundle, or a single file with its token or signature, against one root: the root the
 * caller trusts, or else the root the bundle carries, which is then reported as self-declared. Every check
 * is made and reported, whatever failed before it; nothing is written anywhere.
 */
public final class BundleVerifier {

    /**
     * Bouncy Castle's ASN.1 parser recurses once per nested element with no depth limit (BC 1.83), and reads some parts
     * late (a token's TSTInfo, a certificate's extensions), so a signature, token or certificate nested some thousands
     * deep overflows the verifying thread's stack wherever it is read, on an item's worker too (its error comes back to
     * this thread). No genuine one comes near: the deepest signature of a bundle, its archive time-stamps included, is
     * 26 elements deep. The stack unwinds to the verification's top, where the bundle or file is refused as hostile;
     * the archive, the workers and the verifier's slot are released on the way out as after any refusal.
     */
    private static final Phrase.Said TOO_DEEP = () -> Phrase.of(Sentence.NESTED_TOO_DEEPLY);

    private final Clock clock;
    private final VerificationLimits limits;
    private final int threads;

    /** A verifier with the standard caps and no time budget to speak of. */
    public BundleVerifier(Clock clock) {
        this(clock, VerificationLimits.STANDARD);
    }

    /** A verifier that checks one part and one item at a time, on the caller's thread, as the server does. */
    public BundleVerifier(Clock clock, VerificationLimits limits) {
        this(clock, limits, 1);
    }

    /**
     * @param threads how many of a bundle's parts and items are checked at once (see {@link ItemWorkers}); the report
     *        is the same, finding for finding and in the same order, whatever the number
     */
    public BundleVerifier(Clock clock, VerificationLimits limits, int threads) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (threads < 1) {
            throw new IllegalArgumentException("a verification needs at least one thread, not " + threads);
        }
        this.threads = threads;
    }

    /** @param trusted the root the reader trusts; empty to check against the bundle's own root */
    public BundleReport verify(Path bundle, Optional<X509Certificate> trusted) {
        return verify(bundle, trusted, Set.of());
    }

    /**
     * @param courtRoots with a trusted root, the court roots trusted for the signer of a bundle signed with a court's
     *        own certificate (never for its time-stamps); without one, the bundle's own court root is taken, as its root is
     */
    public BundleReport verify(Path bundle, Optional<X509Certificate> trusted, Set<X509Certificate> courtRoots) {
        String subject = bundle.getFileName() == null ? bundle.toString() : bundle.getFileName().toString();
        VerificationDeadline deadline = VerificationDeadline.after(limits.budget());
        try (BundleArchive archive = BundleArchive.open(bundle, limits.entries(), deadline);
                ItemWorkers workers = ItemWorkers.of(threads)) {
            Run run = new Run(archive, workers, trusted, courtRoots, deadline);
            try {
                return run.report(subject);
            } catch (VerificationDeadline.Exceeded e) {
                return run.stopped(subject, "time", e);
            } catch (BundleArchive.Bomb e) {
                return run.stopped(subject, "archive", e);
            } catch (StackOverflowError e) {
                return run.stopped(subject, "archive", TOO_DEEP);
            }
        } catch (IOException e) {
            return new BundleReport(subject, Optional.empty(), List.of(Finding.fail("archive", Sentence.of(e))), List.of());
        }
    }

    /** A single file with its RFC 3161 token ({@code .tsr}) or detached CAdES signature ({@code .p7s}). */
    public BundleReport verifyFile(String fileName, Path file, String companionName, Path companion, X509Certificate trusted) {
        return verifyFile(fileName, file, companionName, companion, trusted, Set.of());
    }

    /** The same, with court roots trusted for a signer (a receipt signed with a court's own certificate). */
    public BundleReport verifyFile(String fileName, Path file, String companionName, Path companion, X509Certificate trusted,
            Set<X509Certificate> courtRoots) {
        List<Finding> findings = new ArrayList<>();
        SignatureVerifier verifier = new SignatureVerifier(trusted, courtRoots, clock);
        VerificationDeadline deadline = VerificationDeadline.after(limits.budget());
        try {
            if (Files.size(file) == 0) {
                findings.add(Finding.fail("file", Phrase.of(Sentence.FILE_EMPTY)));
            }
            byte[] proof = proof(companion);
            if (proof.length > VerificationLimits.PROOF_LIMIT) {
                findings.add(Finding.fail("file", Phrase.of(Sentence.PROOF_TOO_LARGE, companionName)));
            } else if (proof.length == 0) {
                findings.add(Finding.fail("file", Phrase.of(Sentence.PROOF_EMPTY, companionName)));
            } else if (companionName.toLowerCase(java.util.Locale.ROOT).endsWith(".tsr")) {
                byte[] sha256 = digest(file, deadline);
                TimestampVerification token = verifier.verifyTimestamp(proof, sha256);
                findings.add(Finding.pass("file", Phrase.of(Sentence.FILE_DIGEST, fileName, HexFormat.of().formatHex(sha256))));
                findings.add(Finding.of("token", token.valid(), describe(token)));
            } else if (companionName.toLowerCase(java.util.Locale.ROOT).endsWith(".p7s")) {
                try (InputStream in = deadline.watch(Files.newInputStream(file))) {
                    SignatureVerification signature = verifier.verifyDetached(proof, in);
                    findings.add(Finding.of("signature", signature.valid(), describe(signature)));
                    findings.add(LongTermInventory.of(proof).finding("longTerm"));
                }
            } else {
                findings.add(Finding.fail("file", Phrase.of(Sentence.PROOF_KIND_UNKNOWN)));
            }
        } catch (IOException e) {
            findings.add(Finding.fail("file", Phrase.of(Sentence.FILE_UNREADABLE, Sentence.of(e))));
        } catch (VerificationDeadline.Exceeded e) {
            findings.add(Finding.fail("time", e.phrase()));
        } catch (StackOverflowError e) {
            findings.add(Finding.fail("file", TOO_DEEP.phrase()));
        }
        findings.add(Finding.note("root", Phrase.of(Sentence.CHECKED_AGAINST, rootName(trusted))));
        return new BundleReport(fileName, Optional.empty(), findings, List.of());
    }

    /** At most one byte more than a proof may have, so a larger one is known without being read. */
    private static byte[] proof(Path companion) throws IOException {
        try (InputStream in = Files.newInputStream(companion)) {
            return in.readNBytes(VerificationLimits.PROOF_LIMIT + 1);
        }
    }

    /** One verification of one archive. */
    private final class Run {

        private final BundleArchive archive;
        private final ItemWorkers workers;
        private final VerificationDeadline deadline;
        private final Optional<X509Certificate> trusted;
        private final Set<X509Certificate> courtRoots;
        private final List<Finding> findings = new ArrayList<>();
        /** Each part's SHA-256, made once; written before the items are checked side by side, only read while they are. */
        private final Map<String, byte[]> digests = new ConcurrentHashMap<>();
        private Map<String, byte[]> signedDigests = Map.of();
        private SignatureVerifier verifier;

        Run(BundleArchive archive, ItemWorkers workers, Optional<X509Certificate> trusted, Set<X509Certificate> courtRoots,
                VerificationDeadline deadline) {
            this.archive = archive;
            this.workers = workers;
            this.trusted = trusted;
            this.courtRoots = Set.copyOf(courtRoots);
            this.deadline = deadline;
        }

        /** The findings made before the verification had to stop (its budget spent, the archive a bomb), and why it stopped. */
        BundleReport stopped(String subject, String check, Phrase.Said why) {
            findings.add(Finding.fail(check, why.phrase()));
            return new BundleReport(subject, Optional.empty(), findings, List.of());
        }

        BundleReport report(String subject) {
            archive.structureProblems().forEach(problem -> findings.add(Finding.fail("archive", problem)));
            if (archive.structureProblems().isEmpty()) {
                findings.add(Finding.pass("archive", Phrase.of(Sentence.ARCHIVE_FILES, archive.names().size())));
            }
            container();
            Optional<X509Certificate> bundledRoot = certificate(BundleLayout.ROOT_CERTIFICATE);
            Optional<X509Certificate> root = trusted.or(() -> bundledRoot);
            if (root.isEmpty()) {
                findings.add(Finding.fail("root", Phrase.of(Sentence.NO_ROOT, BundleLayout.ROOT_CERTIFICATE)));
                return new BundleReport(subject, caseNumber(), findings, List.of());
            }
            Optional<X509Certificate> bundledCourtRoot = certificate(BundleLayout.COURT_ROOT_CERTIFICATE);
            Set<X509Certificate> signerRoots = trusted.isPresent() ? courtRoots : bundledCourtRoot.map(Set::of).orElse(Set.of());
            verifier = new SignatureVerifier(root.get(), signerRoots, clock);
            bundledCourtRoot.ifPresent(court -> findings.add(Finding.note("courtRoot",
                    Phrase.of(Sentence.COURT_ROOT, rootName(court), rootName(root.get())))));
            certificatesInForce();
            trust(root.get(), bundledRoot, signature());
            deadline.check();
            manifest();
            evidenceList();
            List<ItemReport> items = items();
            deadline.check();
            custody();
            return new BundleReport(subject, caseNumber(), findings, items);
        }

        /** Expired certificates make every chain fail; this says so in words rather than as a missing path. */
        private void certificatesInForce() {
            List<Phrase> problems = new ArrayList<>();
            for (String name : List.of(BundleLayout.ROOT_CERTIFICATE, BundleLayout.TSA_CERTIFICATE, BundleLayout.SIGNER_CERTIFICATE)) {
                Optional<X509Certificate> certificate = certificate(name);
                if (certificate.isEmpty()) {
                    problems.add(Phrase.of(Sentence.PART_MISSING, name));
                    continue;
                }
                Instant now = clock.instant();
                if (now.isAfter(certificate.get().getNotAfter().toInstant())) {
                    problems.add(Phrase.of(Sentence.CERTIFICATE_EXPIRED, name, certificate.get().getNotAfter().toInstant()));
                } else if (now.isBefore(certificate.get().getNotBefore().toInstant())) {
                    problems.add(Phrase.of(Sentence.CERTIFICATE_NOT_YET_VALID, name, certificate.get().getNotBefore().toInstant()));
                }
            }
            findings.add(problems.isEmpty()
                    ? Finding.pass("certificates", Phrase.of(Sentence.CERTIFICATES_IN_FORCE))
                    : Finding.fail("certificates", Sentence.all(problems)));
        }

        private void container() {
            Optional<ZipEntry> mimetype = archive.entry(BundleLayout.MIMETYPE);
            try {
                boolean first = archive.firstEntry().filter(BundleLayout.MIMETYPE::equals).isPresent();
                boolean stored = mimetype.map(entry -> entry.getMethod() == ZipEntry.STORED).orElse(false);
                String content = mimetype.isPresent() ? archive.text(BundleLayout.MIMETYPE) : "";
                findings.add(Finding.of("container", first && stored && BundleLayout.MEDIA_TYPE.equals(content),
                        first && stored && BundleLayout.MEDIA_TYPE.equals(content)
                                ? Phrase.of(Sentence.CONTAINER_ASIC, BundleLayout.MEDIA_TYPE)
                                : Phrase.of(Sentence.CONTAINER_NOT_ASIC, BundleLayout.MEDIA_TYPE)));
            } catch (IOException e) {
                findings.add(Finding.fail("container", Sentence.of(e)));
            }
        }

        /**
         * The CAdES signature over the ASiC manifest, and its signature time-stamp.
         *
         * @return whether the signer's certificate chains to the root; empty if the signature could not be read
         */
        private Optional<Boolean> signature() {
            try {
                byte[] manifest = archive.read(BundleLayout.ASIC_MANIFEST);
                byte[] signature = archive.read(BundleLayout.SIGNATURE);
                SignatureVerification verification = verifier.verifyDetached(signature, new ByteArrayInputStream(manifest));
                findings.add(Finding.of("signature", verification.valid(), describe(verification)));
                Optional<TimestampVerification> timestamp = verification.signatureTimestamp();
                findings.add(timestamp.map(token -> Finding.of("signatureTimestamp", token.valid(), describe(token)))
                        .orElse(Finding.fail("signatureTimestamp", Phrase.of(Sentence.NO_SIGNATURE_TIMESTAMP))));
                findings.add(LongTermInventory.of(signature).finding("signatureLongTerm"));
                return verification.signerSubject().isPresent() ? Optional.of(verification.chainTrusted()) : Optional.empty();
            } catch (IOException e) {
                findings.add(Finding.fail("signature", Sentence.of(e)));
                return Optional.empty();
            }
        }

        private void trust(X509Certificate root, Optional<X509Certificate> bundledRoot, Optional<Boolean> signatureTrusted) {
            if (trusted.isEmpty()) {
                findings.add(Finding.note("root", Phrase.of(Sentence.ROOT_SELF_DECLARED, rootName(root))));
            } else if (signatureTrusted.isEmpty()) {
                findings.add(Finding.fail("root", Phrase.of(Sentence.ROOT_SIGNATURE_UNREADABLE)));
            } else if (signatureTrusted.get()) {
                findings.add(Finding.pass("root", Phrase.of(Sentence.ROOT_TRUSTED, rootName(root))));
            } else {
                findings.add(Finding.fail("root", bundledRoot.filter(other -> !other.equals(root))
                        .map(other -> Phrase.of(Sentence.ROOT_UNKNOWN_NAMED, rootName(other), rootName(root)))
                        .orElseGet(() -> Phrase.of(Sentence.ROOT_UNKNOWN, rootName(root)))));
            }
        }

        /** Every file the signed manifest lists is there with its SHA-256; nothing is there that it does not list. */
        private void manifest() {
            AsicManifest manifest;
            try {
                manifest = AsicManifest.parse(archive.read(BundleLayout.ASIC_MANIFEST), limits.manifestItems());
            } catch (IOException e) {
                findings.add(Finding.fail("manifest", Sentence.of(e)));
                return;
            }
            Map<String, byte[]> signed = new HashMap<>();
            List<String> missing = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            digestAll(manifest.references().stream().map(AsicManifest.Reference::name).toList());
            for (AsicManifest.Reference reference : manifest.references()) {
                signed.put(reference.name(), reference.sha256());
                Optional<byte[]> actual = digest(reference.name());
                if (actual.isEmpty()) {
                    missing.add(BundleArchive.printable(reference.name()));
                } else if (!MessageDigest.isEqual(actual.get(), reference.sha256())) {
                    changed.add(BundleArchive.printable(reference.name()));
                }
            }
            signedDigests = signed;
            if (!manifest.signature().equals(BundleLayout.SIGNATURE)) {
                findings.add(Finding.fail("manifest", Phrase.of(Sentence.MANIFEST_OTHER_SIGNATURE, manifest.signature())));
            }
            findings.add(missing.isEmpty()
                    ? Finding.pass("missing", Phrase.of(Sentence.NONE_MISSING, signed.size()))
                    : Finding.fail("missing", Phrase.of(Sentence.SOME_MISSING, String.join(", ", missing))));
            findings.add(changed.isEmpty()
                    ? Finding.pass("changed", Phrase.of(Sentence.NONE_CHANGED))
                    : Finding.fail("changed", Phrase.of(Sentence.SOME_CHANGED, String.join(", ", changed))));
            Set<String> added = new LinkedHashSet<>(archive.names());
            added.removeAll(signed.keySet());
            added.removeAll(Set.of(BundleLayout.MIMETYPE, BundleLayout.ASIC_MANIFEST, BundleLayout.SIGNATURE));
            findings.add(added.isEmpty()
                    ? Finding.pass("added", Phrase.of(Sentence.NONE_ADDED))
                    : Finding.fail("added", Phrase.of(Sentence.SOME_ADDED,
                    String.join(", ", added.stream().map(BundleArchive::printable).toList()))));
        }

        /**
         * What the evidence list, a PAdES PDF, carries for the long term, a note; its bytes are checked with the manifest.
         * A failure only if it is a PDF bomb (see {@link PdfReading}).
         */
        private void evidenceList() {
            if (archive.contains(BundleLayout.EVIDENCE_LIST)) {
                try {
                    findings.add(PdfInventory.finding("evidenceList", archive.read(BundleLayout.EVIDENCE_LIST)));
                } catch (IOException e) {
                    findings.add(Finding.note("evidenceList", Sentence.of(e)));
                }
            }
        }

        private List<ItemReport> items() {
            Map<String, Object> manifest;
            try {
                manifest = manifestJson();
            } catch (IOException | IllegalArgumentException e) {
                findings.add(Finding.fail("items", Phrase.of(Sentence.IN_PART, BundleLayout.MANIFEST_JSON, Sentence.of(e))));
                return List.of();
            }
            List<Map<?, ?>> described = new ArrayList<>();
            if (manifest.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> one) {
                        described.add(one);
                    }
                }
            }
            digestAll(described.stream().map(item -> String.valueOf(item.get("file"))).toList());
            List<ItemReport> reports = workers.map(described, one -> {
                deadline.check();
                return item(one);
            });
            findings.add(Finding.of("items", !reports.isEmpty(), Phrase.of(Sentence.ITEMS_LISTED, reports.size(), BundleLayout.MANIFEST_JSON)));
            return reports;
        }

        private ItemReport item(Map<?, ?> described) {
            String exhibit = String.valueOf(described.get("exhibit"));
            String file = String.valueOf(described.get("file"));
            String recorded = String.valueOf(described.get("sha256"));
            List<Phrase> problems = new ArrayList<>();
            Optional<byte[]> actual = digest(file);
            boolean present = actual.isPresent();
            if (!present) {
                problems.add(Phrase.of(Sentence.ITEM_FILE_MISSING, BundleArchive.printable(file)));
            }
            String actualHex = actual.map(HexFormat.of()::formatHex).orElse("");
            boolean hashMatches = present && actualHex.equals(recorded)
                    && Optional.ofNullable(signedDigests.get(file)).map(signed -> MessageDigest.isEqual(signed, actual.get())).orElse(false);
            if (present && !hashMatches) {
                problems.add(Phrase.of(Sentence.ITEM_HASH_DIFFERS, actualHex, recorded));
            }
            boolean tokenValid = false;
            Optional<Instant> tokenTime = Optional.empty();
            try {
                byte[] digest = actual.orElseGet(() -> HexFormat.of().parseHex(recorded));
                TimestampVerification token = verifier.verifyTimestamp(archive.read(BundleLayout.token(exhibit)), digest);
                tokenValid = token.valid() && present;
                tokenTime = token.genTime();
                token.problem().ifPresent(problem -> problems.add(Phrase.of(Sentence.ITEM_TOKEN, problem)));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Phrase.of(Sentence.ITEM_TOKEN, Sentence.of(e)));
            }
            boolean receiptValid = false;
            Optional<Phrase> receiptLongTerm = Optional.empty();
            try {
                byte[] receipt = archive.read(BundleLayout.receipt(exhibit));
                byte[] receiptSignature = archive.read(BundleLayout.receiptSignature(exhibit));
                SignatureVerification signature = verifier.verifyDetached(receiptSignature, new ByteArrayInputStream(receipt));
                receiptLongTerm = Optional.of(LongTermInventory.of(receiptSignature).phrase());
                Object named = JsonText.object(new String(receipt, StandardCharsets.UTF_8)).get("sha256");
                receiptValid = signature.valid() && actualHex.equals(named);
                signature.problem().ifPresent(problem -> problems.add(Phrase.of(Sentence.ITEM_RECEIPT, problem)));
                if (signature.valid() && !actualHex.equals(named)) {
                    problems.add(Phrase.of(Sentence.RECEIPT_OTHER_HASH, named));
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Phrase.of(Sentence.ITEM_RECEIPT, Sentence.of(e)));
            }
            return new ItemReport(exhibit, file, present, hashMatches, tokenValid, tokenTime, receiptValid, problems, receiptLongTerm);
        }

        /**
         * The custody log link by link, the details of every entry it reveals, and its head against the signed
         * checkpoint. Entries withheld from the recipient keep their links, so the chain checks all the same.
         */
        private void custody() {
            RedactedChain chain;
            try {
                chain = RedactedChain.parse(archive.text(BundleLayout.CUSTODY_LOG), limits.custodyLines(),
                        limits.manifestItems());
            } catch (IOException | IllegalArgumentException e) {
                findings.add(Finding.fail("custodyChain", Sentence.of(e)));
                return;
            }
            List<RedactedChain.Link> links = chain.links();
            RedactedChain.Link last = links.isEmpty() ? null : links.get(links.size() - 1);
            List<Phrase> problems = ChainCheck.breaks(links, last == null ? 0 : last.sequence(),
                    last == null ? ChainCheck.GENESIS : last.entryHash());
            findings.add(problems.isEmpty()
                    ? Finding.pass("custodyChain", Phrase.of(Sentence.CHAIN_INTACT, links.size()))
                    : Finding.fail("custodyChain", Sentence.all(problems)));
            if (chain.withheld() > 0) {
                findings.add(Finding.note("custodyWithheld", chain.withheldUncheckable() == 0
                        ? Phrase.of(Sentence.WITHHELD, chain.withheld(), links.size())
                        : Phrase.of(Sentence.WITHHELD_UNCHECKABLE, chain.withheld(), links.size(), chain.withheldUncheckable())));
            }
            checkpoint(links);
        }

        private void checkpoint(List<RedactedChain.Link> entries) {
            try {
                byte[] statement = archive.read(BundleLayout.CHECKPOINT);
                byte[] checkpointSignature = archive.read(BundleLayout.CHECKPOINT_SIGNATURE);
                SignatureVerification signature = verifier.verifyDetached(checkpointSignature, new ByteArrayInputStream(statement));
                TimestampVerification token = verifier.verifyTimestamp(archive.read(BundleLayout.CHECKPOINT_TOKEN),
                        Sha256.newDigest().digest(statement));
                Map<String, Object> head = JsonText.object(new String(statement, StandardCharsets.UTF_8));
                long sequence = head.get("sequence") instanceof Long value ? value : -1;
                boolean inChain = sequence == 0 || entries.stream().anyMatch(entry -> entry.sequence() == sequence
                        && entry.entryHash().equals(head.get("head")));
                List<Phrase> problems = new ArrayList<>();
                signature.problem().ifPresent(problem -> problems.add(Phrase.of(Sentence.CHECKPOINT_SIGNATURE, problem)));
                token.problem().ifPresent(problem -> problems.add(Phrase.of(Sentence.CHECKPOINT_TIMESTAMP, problem)));
                if (!inChain) {
                    problems.add(Phrase.of(Sentence.CHECKPOINT_NOT_IN_LOG, sequence));
                }
                findings.add(problems.isEmpty()
                        ? Finding.pass("checkpoint", Phrase.of(Sentence.CHECKPOINT_HEAD, sequence, signature.signerSubject().orElse("?"),
                        token.genTime().map(Instant::toString).orElse("?")))
                        : Finding.fail("checkpoint", Sentence.all(problems)));
                findings.add(LongTermInventory.of(checkpointSignature).finding("checkpointLongTerm"));
            } catch (IOException | IllegalArgumentException e) {
                findings.add(Finding.fail("checkpoint", Sentence.of(e)));
            }
        }

        /**
         * Makes the SHA-256 of each named part the archive holds and no digest is known for yet, side by side, then
         * records them (a part that cannot be read as a failed finding), in the order named. If the time budget ran
         * out, the parts before the first that found it so are recorded, as one after the other would have; if the
         * archive proved a bomb, none is, since which parts were read in full before the cap then depends on timing.
         */
        private void digestAll(List<String> names) {
            List<String> unknown = names.stream().distinct().filter(archive::contains).filter(name -> !digests.containsKey(name)).toList();
            List<PartDigest> made = workers.map(unknown, this::partDigest);
            made.stream().map(PartDigest::stop).flatMap(Optional::stream).filter(BundleArchive.Bomb.class::isInstance)
                    .findFirst().ifPresent(bomb -> {
                        throw bomb;
                    });
            for (PartDigest part : made) {
                if (part.stop().isPresent()) {
                    throw part.stop().get();
                }
                part.failure().ifPresent(failure -> findings.add(Finding.fail("archive", Sentence.of(failure))));
                digests.put(part.name(), part.sha256());
            }
        }

        private PartDigest partDigest(String name) {
            try {
                return new PartDigest(name, archive.sha256(name), Optional.empty(), Optional.empty());
            } catch (IOException e) {
                return new PartDigest(name, new byte[0], Optional.of(e), Optional.empty());
            } catch (VerificationDeadline.Exceeded | BundleArchive.Bomb e) {
                return new PartDigest(name, new byte[0], Optional.empty(), Optional.of(e));
            }
        }

        /** A part's digest; or none (empty) and why; or the reason the verification stops. */
        private record PartDigest(String name, byte[] sha256, Optional<IOException> failure, Optional<RuntimeException> stop) {
        }

        /** The part's SHA-256: the one {@link #digestAll} made, or made now. Empty if the archive lacks the part. */
        private Optional<byte[]> digest(String name) {
            if (!archive.contains(name)) {
                return Optional.empty();
            }
            byte[] known = digests.get(name);
            if (known != null) {
                return Optional.of(known);
            }
            try {
                byte[] computed = archive.sha256(name);
                digests.put(name, computed);
                return Optional.of(computed);
            } catch (IOException e) {
                findings.add(Finding.fail("archive", Sentence.of(e)));
                digests.put(name, new byte[0]);
                return Optional.of(new byte[0]);
            }
        }

        /** {@code manifest.json}, refused as soon as it lists more items than the cap, with room for each item's fields. */
        private Map<String, Object> manifestJson() throws IOException {
            return JsonText.object(archive.text(BundleLayout.MANIFEST_JSON), limits.manifestItems(), 64 * limits.manifestItems() + 1024);
        }

        private Optional<X509Certificate> certificate(String name) {
            if (!archive.contains(name)) {
                return Optional.empty();
            }
            try {
                return Optional.of(certificateFrom(archive.read(name)));
            } catch (IOException | CertificateException e) {
                findings.add(Finding.fail("root", Phrase.of(Sentence.NOT_A_CERTIFICATE, name, Sentence.of(e))));
                return Optional.empty();
            }
        }

        private Optional<String> caseNumber() {
            try {
                return archive.contains(BundleLayout.MANIFEST_JSON)
                        ? Optional.ofNullable(manifestJson().get("case")).map(String::valueOf)
                        : Optional.empty();
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Reads a PEM or DER X.509 certificate. */
    public static X509Certificate certificateFrom(byte[] encoded) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
    }

    static Phrase rootName(X509Certificate root) {
        try {
            return Phrase.of(Sentence.ROOT_NAME, root.getSubjectX500Principal().getName(),
                    HexFormat.ofDelimiter(":").withUpperCase().formatHex(Sha256.newDigest().digest(root.getEncoded())));
        } catch (java.security.cert.CertificateEncodingException e) {
            return Phrase.of(Sentence.ROOT_NAME_ONLY, root.getSubjectX500Principal().getName());
        }
    }

    private static byte[] digest(Path file, VerificationDeadline deadline) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = deadline.watch(Files.newInputStream(file))) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                sha256.update(buffer, 0, read);
            }
        }
        return sha256.digest();
    }

    static Phrase describe(SignatureVerification signature) {
        String signer = signature.signerSubject().orElse("?");
        return signature.problem().orElseGet(() -> signature.signingTime()
                .map(time -> Phrase.of(Sentence.SIGNED_BY_AT, signer, time))
                .orElseGet(() -> Phrase.of(Sentence.SIGNED_BY, signer)));
    }

    static Phrase describe(TimestampVerification token) {
        return token.problem().orElseGet(() -> Phrase.of(Sentence.TIME_STAMPED,
                token.genTime().map(Instant::toString).orElse("?"), token.tsaSubject().orElse("?"),
                token.serialNumber().map(Object::toString).orElse("?")));
    }
}

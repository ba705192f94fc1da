package org.evidencedesk.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.signing.LongTermSigner;
import org.evidencedesk.signing.SignatureVerifier;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.TimestampToken;
import org.evidencedesk.signing.Timestamper;
import org.evidencedesk.shared.Sha256;

/**
 * Checkpoints of a custody chain: a statement of the chain's head (case, sequence, hash, time), signed
 * as CAdES and timestamped over its SHA-256, so the state of the log at that moment can be proved later
 * even to someone who does not trust the database. The checkpoint is itself appended to the chain.
 */
@ApplicationScoped
public class CustodyCheckpoints {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private CustodyLog custody;

    @Inject
    private LongTermSigner signer;

    @Inject
    private Timestamper timestamper;

    @Inject
    private SigningKeys keys;

    @Inject
    private Clock clock;

    @Inject
    private SignatureRenewals renewals;

    /**
     * Signs and time-stamps the chain's head as append last left it (its head row: at 10,000 items, reading every
     * entry for the last one took a bundle export seconds) and appends the checkpoint to the chain. Signing the head
     * row, not the last entry found, means a chain whose tail went missing is not signed as if it ended there: the
     * sweep then finds the entries the checkpoint covers missing.
     */
    @Transactional
    public SignedCheckpoint checkpoint(long caseId, String actor) {
        CustodyLog.ChainHead chainHead = custody.head(caseId);
        long sequence = chainHead.sequence();
        String head = chainHead.hash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("case", caseId);
        statement.put("sequence", sequence);
        statement.put("head", head);
        statement.put("at", now.toString());
        String text = CanonicalJson.write(statement);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(bytes);
        TimestampToken token = timestamper.stamp(Sha256.of(bytes));
        entityManager.createNativeQuery("insert into custody_checkpoint (case_id, sequence, head_hash, statement, signature,"
                        + " token, signed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, caseId).setParameter(2, sequence).setParameter(3, head).setParameter(4, text)
                .setParameter(5, Base64.getEncoder().encodeToString(signature))
                .setParameter(6, Base64.getEncoder().encodeToString(token.encoded()))
                .setParameter(7, now)
                .executeUpdate();
        custody.append(caseId, actor, CustodyAction.CHECKPOINT, null, Map.of("sequence", sequence, "head", head,
                "tsaSerial", token.serialNumber().toString()));
        return new SignedCheckpoint(caseId, sequence, head, text, signature, token.encoded(), now);
    }

    /**
     * The case's latest checkpoint as its signed statement, its signature (the current version, with the archive
     * time-stamps added since) verified against this installation's root: the sweep holds the chain to it. Empty when
     * the chain was never checkpointed.
     */
    @Transactional
    public Optional<CheckpointStatement> latest(long caseId) {
        List<?> rows = entityManager.createNativeQuery("select id, statement, signature from custody_checkpoint where case_id = ?1"
                        + " order by sequence desc, id desc")
                .setParameter(1, caseId)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        String statement = (String) row[1];
        return Optional.of(CheckpointStatement.parse(statement, signatureProblem(((Number) row[0]).longValue(), statement, (String) row[2])));
    }

    /** A stored checkpoint's signature as it is handed out: the newest renewal, else the original. */
    @Transactional
    public Optional<byte[]> currentSignature(long checkpointId) {
        return entityManager.createNativeQuery("select signature from custody_checkpoint where id = ?1")
                .setParameter(1, checkpointId)
                .getResultStream().findFirst()
                .map(original -> renewals.currentSignature(SignatureKind.CHECKPOINT, checkpointId,
                        Base64.getDecoder().decode((String) original)));
    }

    private Optional<String> signatureProblem(long checkpointId, String statement, String signature) {
        try {
            byte[] current = renewals.currentSignature(SignatureKind.CHECKPOINT, checkpointId, Base64.getDecoder().decode(signature));
            return SignatureVerifier.of(keys, clock)
                    .verifyDetached(current, new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)))
                    .failure();
        } catch (IllegalArgumentException e) {
            return Optional.of("the stored signature is not Base64");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CAdES-BASELINE-LTA, so the checkpoint verifies offline long after its certificates expire. */
    private byte[] sign(byte[] statement) {
        return signer.signDetached(statement);
    }

}

package org.evidencedesk.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.support.Entities;

/**
 * Custody chains for tests in any package, made by the entry itself: entries of format 2 as {@link CustodyLog}
 * appends them, and entries of format 1 as the rows written before V9 are read back (through JPA's constructor).
 */
public final class TestChains {

    private final long caseId;
    private final List<CustodyEntry> entries = new ArrayList<>();
    private Instant at = Instant.parse("2026-03-02T01:00:00Z");

    public TestChains(long caseId) {
        this.caseId = caseId;
    }

    /** Appends an entry in format 2, as the application writes it now. */
    public CustodyEntry append(String actor, CustodyAction action, Long itemId, Map<String, ?> detail) {
        CustodyEntry entry = new CustodyEntry(caseId, entries.size() + 1, next(), actor, action, itemId, detail,
                CustodyCommitment.newSalt(), head());
        entries.add(entry);
        return entry;
    }

    /** Appends an entry in format 1, as written before V9: its hash over the whole canonical entry. */
    public CustodyEntry appendFormat1(String actor, CustodyAction action, Long itemId, Map<String, ?> detail) {
        CustodyEntry entry = format1(caseId, entries.size() + 1, next(), actor, action, itemId, detail, head());
        entries.add(entry);
        return entry;
    }

    public List<CustodyEntry> entries() {
        return entries;
    }

    public String head() {
        return entries.isEmpty() ? ChainCheck.GENESIS : entries.get(entries.size() - 1).getEntryHash();
    }

    /** The log as exported to someone who sees the entries {@code reveals} accepts. */
    public String exported(java.util.function.Predicate<CustodyEntry> reveals) {
        StringBuilder log = new StringBuilder();
        entries.forEach(entry -> log.append(reveals.test(entry) ? entry.revealedLine() : entry.withheldLine()).append('\n'));
        return log.toString();
    }

    static CustodyEntry format1(long caseId, long sequence, Instant at, String actor, CustodyAction action, Long itemId,
                                Map<String, ?> detail, String previousHash) {
        CustodyEntry entry = Entities.instantiate(CustodyEntry.class);
        Entities.set(entry, "caseId", caseId);
        Entities.set(entry, "sequence", sequence);
        Entities.set(entry, "occurredAt", at);
        Entities.set(entry, "actor", actor);
        Entities.set(entry, "action", action);
        Entities.set(entry, "itemId", itemId);
        Entities.set(entry, "detail", CanonicalJson.write(detail));
        Entities.set(entry, "previousHash", previousHash);
        Entities.set(entry, "formatVersion", 1);
        Entities.set(entry, "entryHash", entry.computeHash());
        return entry;
    }

    private Instant next() {
        at = at.plusSeconds(61);
        return at;
    }
}

package org.evidencedesk.bundle.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.custody.ChainLink;
import org.evidencedesk.custody.CustodyCommitment;
import org.evidencedesk.shared.CanonicalJson;

/**
 * A bundle's custody log read back into links for the chain check. The log reveals the entries its recipient may
 * see and withholds the others, which keep their links. A line's format decides what can be checked:
 * <ul>
 *   <li>no {@code "v"}: a format 1 entry, whole; its hash covers the canonical entry;</li>
 *   <li>{@code "v":1}: a format 1 entry withheld; its stated hash can only be taken as the link;</li>
 *   <li>{@code "v":2}: a format 2 entry; its hash covers its public header, and where it reveals {@code "salt"}
 *       and {@code "details"}, they must match its commitment.</li>
 * </ul>
 * A line that carries anything its format does not check is refused, so nothing unchecked passes as checked.
 */
final class RedactedChain {

    private static final Set<String> LINKS = Set.of("previousHash", "hash");
    private static final Set<String> FORMAT_1_WITHHELD = Set.of("case", "sequence", "at", "v", "previousHash", "hash");
    private static final Set<String> FORMAT_2 = Set.of("case", "sequence", "at", "v", "commitment", "salt", "details",
            "previousHash", "hash");

    /** One exported entry as a link; {@code withheld} when its details are not in the log. */
    record Link(long sequence, String previousHash, String entryHash, Optional<String> hashedText,
                Optional<CustodyCommitment.Revealed> revealed, boolean withheld) implements ChainLink {
    }

    private final List<Link> links;

    private RedactedChain(List<Link> links) {
        this.links = List.copyOf(links);
    }

    /** @throws IllegalArgumentException naming the first line that is not an exported custody entry */
    static RedactedChain parse(String log) {
        return parse(log, Integer.MAX_VALUE, VerificationLimits.MAX_MANIFEST_ITEMS);
    }

    /**
     * Reads the log, each line with arrays of at most {@code maxItems} values: a bundle export's entry names every item
     * it carried by id, so a line may name as many items as a bundle may carry (the manifest's cap), and no more.
     *
     * @throws IllegalArgumentException if the log has more than {@code maxLines} lines (counted before any is read),
     *                                  or naming the first line that is not an exported custody entry or passes a cap
     */
    static RedactedChain parse(String log, int maxLines, int maxItems) {
        if (log.lines().limit(maxLines + 1L).count() > maxLines) {
            throw new Malformed(Sentence.LOG_TOO_LONG, maxLines);
        }
        List<Link> links = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (!line.isBlank()) {
                links.add(link(line, maxItems));
            }
        }
        return new RedactedChain(links);
    }

    List<Link> links() {
        return links;
    }

    long withheld() {
        return links.stream().filter(Link::withheld).count();
    }

    /** Withheld entries of format 1, whose hash covers their details and so can be checked only as a link. */
    long withheldUncheckable() {
        return links.stream().filter(link -> link.withheld() && link.hashedText().isEmpty()).count();
    }

    private static Link link(String line, int maxItems) {
        // The ids are one array; the header and the other details are a few dozen values more. In long arithmetic:
        // --max-items may be as large as an int.
        int maxValues = (int) Math.min(Integer.MAX_VALUE, 2L * maxItems + 1_024);
        Map<String, Object> entry = JsonText.object(line, maxItems, maxValues);
        long sequence = entry.get("sequence") instanceof Long value ? value : -1;
        String previous = hex(entry, "previousHash", line);
        String hash = hex(entry, "hash", line);
        if (sequence < 1 || !(entry.get("case") instanceof Long caseId) || !(entry.get("at") instanceof String at)) {
            throw new Malformed(Sentence.CUSTODY_LINE_INCOMPLETE, BundleArchive.printable(line));
        }
        Object version = entry.get("v");
        if (version == null) {
            Map<String, Object> canonical = new LinkedHashMap<>(entry);
            canonical.keySet().removeAll(LINKS);
            return new Link(sequence, previous, hash, Optional.of(CanonicalJson.write(canonical)), Optional.empty(), false);
        }
        if (version.equals(1L)) {
            only(FORMAT_1_WITHHELD, entry, sequence);
            return new Link(sequence, previous, hash, Optional.empty(), Optional.empty(), true);
        }
        if (version.equals((long) CustodyCommitment.FORMAT)) {
            only(FORMAT_2, entry, sequence);
            String commitment = hex(entry, "commitment", line);
            Optional<CustodyCommitment.Revealed> revealed = revealed(entry, commitment, sequence);
            return new Link(sequence, previous, hash, Optional.of(CustodyCommitment.header(caseId, sequence, at, commitment)),
                    revealed, revealed.isEmpty());
        }
        throw new Malformed(Sentence.CUSTODY_UNKNOWN_FORMAT, sequence, version);
    }

    private static Optional<CustodyCommitment.Revealed> revealed(Map<String, Object> entry, String commitment, long sequence) {
        if (!entry.containsKey("salt") && !entry.containsKey("details")) {
            return Optional.empty();
        }
        if (!(entry.get("salt") instanceof String salt) || !(entry.get("details") instanceof Map<?, ?> details)) {
            throw new Malformed(Sentence.CUSTODY_HALF_REVEALED, sequence);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        details.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return Optional.of(new CustodyCommitment.Revealed(salt, CanonicalJson.write(copy), commitment));
    }

    private static void only(Set<String> allowed, Map<String, Object> entry, long sequence) {
        for (String key : entry.keySet()) {
            if (!allowed.contains(key)) {
                throw new Malformed(Sentence.CUSTODY_UNCHECKED_FIELD, sequence, BundleArchive.printable(key));
            }
        }
    }

    private static String hex(Map<String, Object> entry, String key, String line) {
        if (entry.get(key) instanceof String value && value.matches("[0-9a-f]{64}")) {
            return value;
        }
        throw new Malformed(Sentence.CUSTODY_BAD_HASH, key, BundleArchive.printable(line));
    }
}

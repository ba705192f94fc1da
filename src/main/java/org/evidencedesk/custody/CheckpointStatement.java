package org.evidencedesk.custody;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checkpoint's signed statement, read back: the case, the sequence and hash of the head it vouches for, when it
 * was signed, and why its signature does not verify if it does not. Only the canonical form {@link CustodyCheckpoints}
 * writes is read: the statement is what was signed, so any other text is not one of ours.
 */
public record CheckpointStatement(long caseId, long sequence, String head, Instant signedAt, Optional<String> signatureProblem) {

    private static final Pattern CANONICAL = Pattern.compile(
            "\\{\"at\":\"([^\"]{1,40})\",\"case\":(\\d{1,18}),\"head\":\"([0-9a-f]{64})\",\"sequence\":(\\d{1,18})\\}");

    public CheckpointStatement {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(signatureProblem, "signatureProblem");
    }

    /**
     * @param signatureProblem why the statement's signature does not verify, empty when it does
     * @throws IllegalArgumentException if the text is not a statement in canonical form
     */
    public static CheckpointStatement parse(String statement, Optional<String> signatureProblem) {
        Matcher matcher = CANONICAL.matcher(statement);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a checkpoint statement: " + statement.substring(0, Math.min(80, statement.length())));
        }
        try {
            return new CheckpointStatement(Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(4)), matcher.group(3),
                    Instant.parse(matcher.group(1)), signatureProblem);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a checkpoint statement: its time " + matcher.group(1) + " cannot be read");
        }
    }

    public boolean signatureValid() {
        return signatureProblem.isEmpty();
    }
}

package org.evidencedesk.signing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two policies the built-in authority issues tokens under, kept apart so that a token anyone can
 * have from the public {@code /tsa} can never pass for the token of something the court received. Both
 * lie under the installation's arc in the UUID arc 2.25 (ITU-T X.667), which needs no registration and
 * cannot collide with anyone's enterprise number: 2.25.{uuid 553ef543-53bf-4656-acff-0e23427b4ce3}.
 * An authority trusted by courts should publish policy documents under its own organisation's arc.
 */
public enum TimestampPolicy {

    /**
     * Evidence received, receipts, bundle signatures and custody checkpoints; the only policy an item
     * check accepts. Every token issued before public tokens had a policy of their own carries it.
     */
    EVIDENCE("2.25.113311276571505284436014500669149629667.1"),

    /** Tokens issued to anyone at {@code /tsa}: they prove when a digest existed, never that the court received it. */
    PUBLIC("2.25.113311276571505284436014500669149629667.2");

    private final String oid;

    TimestampPolicy(String oid) {
        this.oid = oid;
    }

    public String oid() {
        return oid;
    }

    public static Optional<TimestampPolicy> of(String oid) {
        return Arrays.stream(values()).filter(policy -> policy.oid.equals(oid)).findFirst();
    }
}

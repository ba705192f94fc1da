package org.evidencedesk.signing;

import java.math.BigInteger;

/**
 * Hands out time-stamp serial numbers. RFC 3161 requires them unique per authority; ours also strictly
 * increase, across restarts, so their order is the order of issue.
 */
public interface SerialNumbers {

    /** The next serial, already recorded durably: it is never handed out again, even after a crash. */
    BigInteger next();
}

package org.evidencedesk.web.corpus;

/**
 * One hostile input of the bad-input corpus and the outcome the server must give it, written beside it.
 *
 * @param name what is sent, as a reader of the test report would describe it
 * @param expected the outcome the server must give, in words (the probe asserts it)
 * @param probe sends the input over HTTP and asserts the outcome
 */
public record BadInput(String name, String expected, Probe probe) {

    /** Sends one input and fails when the server does not answer as {@link BadInput#expected} says. */
    @FunctionalInterface
    public interface Probe {
        void send() throws Exception;
    }
}

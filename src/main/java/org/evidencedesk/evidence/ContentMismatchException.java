package org.evidencedesk.evidence;

/**
 * Content whose SHA-256 is not the one its sender announced: it was damaged on the way or is not the file meant, and
 * the store kept none of it. The caller answers in its own terms (the API with its problem).
 */
public class ContentMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String announced;
    private final String received;

    public ContentMismatchException(String announced, String received) {
        super("The content's SHA-256 is " + received + ", not the announced " + announced);
        this.announced = announced;
        this.received = received;
    }

    public String announced() {
        return announced;
    }

    public String received() {
        return received;
    }
}

package org.evidencedesk.shared;

import java.util.Arrays;

/**
 * An error the user caused and can fix (a weak password, a wrong state, a missed deadline). It carries a
 * message key from {@code messages.properties} and its arguments; the page shows the translated text and
 * the transaction rolls back, so nothing changes.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

package org.evidencedesk.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The labels of a document in one language, from the application's message bundles. */
final class DocumentTexts {

    private static final String BUNDLE = "org.evidencedesk.web.messages";

    private final ResourceBundle bundle;

    private DocumentTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Texts in this language. Without fallback to the JVM's own locale: on a server running in Chinese,
     * an English ruling must still come out in English (the base bundle), not in Chinese.
     */
    static DocumentTexts in(Locale locale) {
        return new DocumentTexts(ResourceBundle.getBundle(BUNDLE, locale, DocumentTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** @throws java.util.MissingResourceException if the key is missing, a defect a test catches */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}

package org.evidencedesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.persistence.ConcurrentChange;

/** Puts translated messages on the page, from {@code messages.properties} in the view's language. */
@RequestScoped
public class PageMessages {

    public static final String BUNDLE = "org.evidencedesk.web.messages";

    @Inject
    private FacesContext faces;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] translated = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                translated[i] = arguments[i] instanceof Translatable nested ? text(nested.key()) : arguments[i];
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(translated);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void error(BusinessException e) {
        error(e.messageKey(), e.arguments());
    }

    /**
     * Runs a change. A refusal the user caused, or a change someone else made meanwhile, becomes a
     * message on the page and the result is false; anything else propagates to the error page.
     */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (BusinessException e) {
            error(e);
        } catch (RuntimeException e) {
            if (!ConcurrentChange.causedBy(e)) {
                throw e;
            }
            error("concurrentChange");
        }
        return false;
    }

    /** Keeps messages across the redirect that follows a successful POST. */
    public void keepForRedirect() {
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

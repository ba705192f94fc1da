package org.evidencedesk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * The language of this session: what the user chose with the switch, else the first the browser asks
 * for (Accept-Language) that we speak, else the configured default.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Settings settings;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        return fromBrowser().orElseGet(() -> settings.defaultLocale());
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return SupportedLocales.SIMPLIFIED_CHINESE.equals(getLocale());
    }

    /** Switches the language and shows the same page again, with its parameters. */
    public String switchTo(String languageTag) {
        chosen = SupportedLocales.match(Locale.forLanguageTag(languageTag)).orElse(SupportedLocales.ENGLISH);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static Optional<Locale> fromBrowser() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Optional.empty();
        }
        Iterator<Locale> requested = faces.getExternalContext().getRequestLocales();
        while (requested.hasNext()) {
            Optional<Locale> match = SupportedLocales.match(requested.next());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}

package org.evidencedesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * The language of a page: what the browser chose with the switch, else the first the browser asks for
 * (Accept-Language) that we speak, else the configured default ({@link RequestLanguage}). The choice is kept in a
 * cookie ({@link LanguageCookie}), not in a session, so that switching the language of the login page starts no
 * session on the server.
 */
@Named
@RequestScoped
public class LocaleSelection {

    @Inject
    private Settings settings;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                return settings.defaultLocale();
            }
            chosen = RequestLanguage.of((HttpServletRequest) faces.getExternalContext().getRequest(), settings);
        }
        return chosen;
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
        ExternalContext external = faces.getExternalContext();
        LanguageCookie.choose(chosen, (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        faces.getViewRoot().setLocale(chosen);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}

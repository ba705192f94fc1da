package org.evidencedesk.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.evidencedesk.dispute.Court;
import org.evidencedesk.dispute.Courts;

/** The courts as choices for forms (filing, and the court of a clerk or judge), named in the page's language. */
@Named
@RequestScoped
public class CourtOptions {

    @Inject
    private Courts courts;

    @Inject
    private FacesContext faces;

    private List<SelectItem> items;

    @PostConstruct
    void load() {
        Locale locale = faces.getViewRoot().getLocale();
        items = courts.all().stream().map(court -> new SelectItem(court.getId(), court.name(locale))).toList();
    }

    public List<SelectItem> getItems() {
        return items;
    }

    public String name(Court court) {
        return court == null ? "" : court.name(faces.getViewRoot().getLocale());
    }
}

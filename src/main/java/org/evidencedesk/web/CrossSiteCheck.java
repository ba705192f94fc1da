package org.evidencedesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Stops a post to a stateless page that another site's page sent ({@link CrossSitePost}) as soon as its view is
 * restored, before any field is decoded or any action runs: a stateless view has no view state to tie the post to its
 * page. Posts to views with state are left to their view state. The refused post is answered by
 * {@link RequestErrorFilter}, around the Faces servlet. Registered in faces-config.xml, before {@link NonceCheck}.
 */
public class CrossSiteCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null || !context.getViewRoot().isTransient() || context.getResponseComplete()
                || !context.isPostback()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (CrossSitePost.isCrossSite(request)) {
            CrossSitePost.refuse(request);
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: whether it keeps state is known only then.
    }
}

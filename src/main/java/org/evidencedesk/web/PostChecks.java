package org.evidencedesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a post as soon as its view is restored, before any field is decoded or any action runs, and stops the first
 * that fails ({@code responseComplete}: nothing is decoded, no action runs, nothing is rendered), marking the request
 * with the {@link RefusedPost} that {@link RequestErrorFilter} answers. Nothing is thrown: Mojarra only logs what a
 * phase listener throws. In order:
 * <ol>
 * <li>A post to a stateless view (no view state ties it to its page) that another site's page sent: {@link CrossSitePost}.</li>
 * <li>A post or ajax request without its page's script nonce: {@link NonceMismatch}. The check is PrimeFaces' own
 * ({@code CspState.getNonce()}), which PrimeFaces itself makes only when it renders the answer, after the form's action
 * ran: a login without the nonce would have been checked against its password before it was refused, and a post whose
 * action redirects would never have been checked at all.</li>
 * </ol>
 * Registered in faces-config.xml.
 */
public class PostChecks implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!isRestoredPost(context)) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        firstRefusal(context, request).ifPresent(refusal -> {
            refusal.markOn(request);
            context.responseComplete();
        });
    }

    /** A restored view of a post or an ajax request (a GET gets a new nonce; a view that could not be restored has its own answer). */
    private static boolean isRestoredPost(FacesContext context) {
        return context.getViewRoot() != null
                && !context.getResponseComplete()
                && (context.isPostback() || context.getPartialViewContext().isAjaxRequest());
    }

    private static Optional<RefusedPost> firstRefusal(FacesContext context, HttpServletRequest request) {
        if (context.getViewRoot().isTransient() && context.isPostback() && CrossSitePost.isCrossSite(request)) {
            return Optional.of(CrossSitePost.REFUSAL);
        }
        if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            try {
                PrimeFacesContext.getCspState(context).getNonce();
            } catch (CspException mismatch) {
                return Optional.of(NonceMismatch.refusal(mismatch));
            }
        }
        return Optional.empty();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: whether it keeps state, and the nonce a post is checked against, are known only then.
    }
}

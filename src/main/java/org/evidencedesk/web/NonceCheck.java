package org.evidencedesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Runs PrimeFaces' own check of a post's script nonce as soon as the post's view is restored, before any field is
 * decoded or any action runs. PrimeFaces makes the same check only when it renders the answer (its
 * {@code CspPhaseListener}, before the render phase), after the form's action ran: a login without the nonce was
 * checked against its password before it was refused, and a post whose action redirects was never checked at all.
 * <p>
 * The check is {@code CspState.getNonce()} itself, so its verdict is PrimeFaces' own, and its result is what the
 * answer's scripts use. On a mismatch the post goes no further ({@code responseComplete}): nothing is decoded, no
 * action runs, nothing is rendered, and {@link RequestErrorFilter}, around the Faces servlet, answers it
 * ({@link NonceMismatch}). Nothing is thrown: Mojarra only logs what a phase listener throws.
 * <p>
 * Registered in faces-config.xml.
 */
public class NonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!isChecked(context)) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException mismatch) {
            NonceMismatch.refuse((HttpServletRequest) context.getExternalContext().getRequest(), mismatch);
            context.responseComplete();
        }
    }

    /**
     * A restored view of a post or an ajax request, with PrimeFaces' CSP on: the requests whose nonce PrimeFaces would
     * check when it renders. (A GET gets a new nonce; a view that could not be restored has its own answer.)
     */
    private static boolean isChecked(FacesContext context) {
        return context.getViewRoot() != null
                && !context.getResponseComplete()
                && (context.isPostback() || context.getPartialViewContext().isAjaxRequest())
                && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: the view holds the nonce the post is checked against.
    }
}

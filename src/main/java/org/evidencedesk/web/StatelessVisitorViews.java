package org.evidencedesk.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A page shown to a visitor nobody logged in as keeps no state on the server: its view is transient, so that opening
 * the login page, the verifier, the API reference or an error page starts no session. Before, each such page kept its
 * form's state in a new session (about 9 KB, for half an hour), and one client asking for the login page without a
 * cookie could fill the heap in minutes.
 * <p>
 * The view is made transient here, when it is created: the templates' {@code f:view transient} is applied only when
 * the view is built, after PrimeFaces has stored the page's script nonce in the view's map, and a view map is kept in
 * a session. The templates say the same ({@code transient="#{not currentUser.loggedIn}"}), and must: a post to a
 * transient view is restored by building the page anew, and Mojarra refuses it unless the page makes itself
 * transient. A post to a transient view has no view state to tie it to its page; {@link PostChecks} refuses one
 * that another site's page sent. Registered in faces-config.xml.
 */
public class StatelessVisitorViews extends ViewHandlerWrapper {

    public StatelessVisitorViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && context.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
        return view;
    }
}

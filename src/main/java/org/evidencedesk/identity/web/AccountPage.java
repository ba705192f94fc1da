package org.evidencedesk.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.PageMessages;

/** My account: change my own password; the first thing the bootstrap administrator must do, if it was generated. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private UserAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public String changePassword() {
        if (!newPassword.equals(repeatPassword)) {
            messages.error("password.mismatch");
            return null;
        }
        try {
            administration.changeOwnPassword(currentUser.getUsername(), currentPassword, newPassword);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        PasswordChangeFilter.release((HttpSession) faces.getExternalContext().getSession(false));
        messages.info("password.changed");
        messages.keepForRedirect();
        return "/account?faces-redirect=true";
    }

    /** Whether this session is held here until the password changes (see PasswordChangeFilter). */
    public boolean isChangeRequired() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.REQUIRED));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}

package org.evidencedesk.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * Administration › one user: edit the description and roles, disable or enable, reset the password. The
 * version loaded with the page is kept with the view and checked on each change, so a change made
 * meanwhile by another administrator is refused instead of overwritten.
 */
@Named
@ViewScoped
public class UserEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccounts accounts;

    @Inject
    private UserAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private Long id;
    private long version;
    private UserAccount user;
    private String displayName;
    private String email;
    private Role[] roles = new Role[0];
    private String newPassword;
    private Long courtId;

    /** View action: loads the user named by the {@code id} parameter, or shows 404. */
    public String load() {
        user = id == null ? null : accounts.byId(id).orElse(null);
        if (user == null) {
            return NotFound.send();
        }
        version = user.getVersion();
        displayName = user.getDisplayName();
        email = user.getEmail();
        roles = user.getRoles().toArray(Role[]::new);
        courtId = user.getCourtId();
        return null;
    }

    public String save() {
        return attempt("user.saved", () -> administration.describe(id, version, displayName, email,
                Role.setOf(roles), courtId, currentUser.getUsername()));
    }

    public String disable() {
        return attempt("user.disabled", () -> administration.disable(id, version, currentUser.getUsername()));
    }

    public String enable() {
        return attempt("user.enabled", () -> administration.enable(id, version, currentUser.getUsername()));
    }

    public String resetPassword() {
        return attempt("user.passwordReset", () -> administration.resetPassword(id, version, newPassword, currentUser.getUsername()));
    }

    private String attempt(String successKey, Runnable change) {
        if (!messages.attempt(change)) {
            return null;
        }
        messages.info(successKey);
        messages.keepForRedirect();
        return "/admin/user?faces-redirect=true&id=" + id;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public UserAccount getUser() {
        return user;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Long getCourtId() {
        return courtId;
    }

    public void setCourtId(Long courtId) {
        this.courtId = courtId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}

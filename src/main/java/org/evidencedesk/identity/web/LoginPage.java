package org.evidencedesk.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.identity.LoginThrottle;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.web.PageMessages;

/**
 * The login form: throttles guessing, authenticates through Jakarta Security, starts a fresh session id and
 * stamps the session with the account's session generation ({@link SessionStamp}).
 */
@Named
@RequestScoped
public class LoginPage {

    private static final Logger LOG = Logger.getLogger(LoginPage.class.getName());
    /**
     * Soteria (Payara's Jakarta Security) leaves this marker in the session after a failed caller-initiated
     * login; while it is there, the next protected page answers 200 with an empty body instead of
     * redirecting to the login page. A failed attempt therefore removes it.
     */
    static final String SOTERIA_LOGIN_IN_PROGRESS = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private UserAdministration administration;

    @Inject
    private UserAccounts accounts;

    @Inject
    private PageMessages messages;

    private String username;
    private String password;
    private boolean sessionEnded;

    @PostConstruct
    void takeNotice() {
        sessionEnded = EndedSessionNotice.take((HttpSession) faces.getExternalContext().getSession(false));
    }

    /** A logged-in user who opens the login page goes home instead. */
    public String redirectIfLoggedIn() {
        return securityContext.getCallerPrincipal() != null ? "/home?faces-redirect=true" : null;
    }

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = request.getRemoteAddr();

        Optional<Duration> wait = throttle.waitBeforeAttempt(username, address);
        if (wait.isPresent()) {
            LOG.warning(() -> "Login for '" + username + "' from " + address + " refused: throttled");
            messages.error("login.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            return null;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // Read before the password is checked: should the account change in between, the stamp is the older one
        // and the session ends at its next request, rather than keep rights the account no longer has.
        Optional<SessionStamp> stamp = accounts.byUsername(username).map(SessionStamp::of);
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        return switch (status) {
            case SEND_CONTINUE -> {
                succeeded(request, stamp);
                faces.responseComplete();
                yield null;
            }
            case SUCCESS -> {
                succeeded(request, stamp);
                yield "/home?faces-redirect=true";
            }
            default -> {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(SOTERIA_LOGIN_IN_PROGRESS);
                }
                throttle.recordFailure(username, address);
                LOG.warning(() -> "Failed login for '" + username + "' from " + address);
                messages.error("login.failed");
                yield null;
            }
        };
    }

    private void succeeded(HttpServletRequest request, Optional<SessionStamp> stamp) {
        stamp.ifPresent(found -> found.applyTo(request.getSession()));
        throttle.recordSuccess(username);
        administration.recordLogin(username);
    }

    /** Whether the browser's last session was ended because its account changed (shown once). */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

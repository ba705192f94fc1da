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
import org.evidencedesk.identity.PasswordCheckSlots;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.shared.LogText;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.throttle.RateLimiter;
import org.evidencedesk.web.ClientAddress;
import org.evidencedesk.web.PageMessages;

/**
 * The login form: limits how often one address may try at all (429 past the limit) and throttles guessing
 * ({@link LoginThrottle}), waits for a password check slot (503 when none comes free, {@link PasswordCheckSlots}),
 * authenticates through Jakarta Security, starts a fresh session id and stamps the
 * session with the account's session generation ({@link SessionStamp}). The typed username goes into the log
 * only through {@link LogText}: it is whatever the client sent.
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
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private PasswordCheckSlots passwordChecks;

    @Inject
    private UserAdministration administration;

    @Inject
    private UserAccounts accounts;

    @Inject
    private PageMessages messages;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Settings settings;

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
        String address = clientAddress.of(request);

        Optional<Duration> tooMany = rateLimiter.tooMany("login", address, settings.loginRateLimit());
        if (tooMany.isPresent()) {
            long seconds = RateLimiter.retryAfterSeconds(tooMany.get());
            LOG.warning(() -> "Login attempt from " + LogText.of(address) + " refused: more than "
                    + settings.loginRateLimit() + " from that address");
            response.setStatus(TOO_MANY_REQUESTS);
            response.setHeader("Retry-After", String.valueOf(seconds));
            messages.error("login.tooMany", seconds);
            return null;
        }
        if (throttled(address)) {
            return null;
        }
        Optional<PasswordCheckSlots.Slot> slot = passwordChecks.take();
        if (slot.isEmpty()) {
            LOG.info(() -> "Login for '" + LogText.of(username) + "' from " + LogText.of(address)
                    + " asked to come back: every password check slot is taken");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(PasswordCheckSlots.RETRY_AFTER_SECONDS));
            messages.error("login.busy", PasswordCheckSlots.RETRY_AFTER_SECONDS);
            return null;
        }
        try (PasswordCheckSlots.Slot taken = slot.get()) {
            // Asked again: failures of this address recorded while it waited for the slot count before its check.
            return throttled(address) ? null : authenticate(request, response, address);
        }
    }

    /** Whether this address must wait before it may try this username again; if so, the form says for how long. */
    private boolean throttled(String address) {
        Optional<Duration> wait = throttle.waitBeforeAttempt(username, address);
        if (wait.isEmpty()) {
            return false;
        }
        LOG.warning(() -> "Login for '" + LogText.of(username) + "' from " + LogText.of(address) + " refused: throttled");
        messages.error("login.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60));
        return true;
    }

    private String authenticate(HttpServletRequest request, HttpServletResponse response, String address) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // Read before the password is checked: should the account change in between, the stamp is the older one
        // and the session ends at its next request, rather than keep rights the account no longer has.
        Optional<UserAccount> account = accounts.byUsername(username);
        Optional<SessionStamp> stamp = account.map(SessionStamp::of);
        boolean mustChangePassword = account.filter(UserAccount::isPasswordChangeRequired).isPresent();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        return switch (status) {
            case SEND_CONTINUE -> {
                succeeded(request, address, stamp, mustChangePassword);
                faces.responseComplete();
                yield null;
            }
            case SUCCESS -> {
                succeeded(request, address, stamp, mustChangePassword);
                yield mustChangePassword ? PasswordChangeFilter.ACCOUNT_PAGE + "?faces-redirect=true" : "/home?faces-redirect=true";
            }
            default -> {
                forgetFailedAttempt(request.getSession(false));
                throttle.recordFailure(username, address);
                LOG.warning(() -> "Failed login for '" + LogText.of(username) + "' from " + LogText.of(address));
                messages.error("login.failed");
                yield null;
            }
        };
    }

    /**
     * Soteria keeps a failed attempt in the session (starting one if there was none). A session this attempt started
     * is ended: a visitor who fails to log in holds nothing on the server, as one who only opened the page. An older
     * one keeps what it held (the page asked for before the login) without the marker.
     */
    private static void forgetFailedAttempt(HttpSession session) {
        if (session == null) {
            return;
        }
        if (session.isNew()) {
            session.invalidate();
        } else {
            session.removeAttribute(SOTERIA_LOGIN_IN_PROGRESS);
        }
    }

    private void succeeded(HttpServletRequest request, String address, Optional<SessionStamp> stamp, boolean mustChangePassword) {
        stamp.ifPresent(found -> found.applyTo(request.getSession()));
        if (mustChangePassword) {
            PasswordChangeFilter.require(request.getSession());
        }
        throttle.recordSuccess(username, address);
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

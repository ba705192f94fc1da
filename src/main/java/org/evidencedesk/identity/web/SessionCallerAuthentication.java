package org.evidencedesk.identity.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.web.ProblemJson;
import org.evidencedesk.web.RefusalPage;
import org.evidencedesk.web.RequestErrors;

/**
 * Applies a logged-in session's caller to each of its page requests with the roles of the account as it is now, in
 * place of Soteria's auto-applied session. That one hands the container the caller's principal alone and leaves it to
 * find the caller's groups again, and under concurrent requests Payara sometimes finds none (payara/Payara#6145, still
 * open): a logged-in administrator then got 403 for an {@code /admin} page (57 of 1,316 requests, with twelve clients
 * at once). Here the groups are named explicitly, read with the account.
 *
 * <p>Only a session whose {@link SessionStamp} still matches its account (same account, enabled, same session
 * generation) is applied; anything else goes on to the form mechanism as before, and {@link StaleSessionFilter} ends a
 * stale session. A login (an authentication request with credentials) and the API ({@link BearerTokenAuthentication},
 * which runs first) are left alone, and so are the pages' public static files, which need no caller: the account is
 * not read for each stylesheet and script (nor, while the database is down, does each of them fail).
 */
@Interceptor
@LoginToContinue
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 195)
public class SessionCallerAuthentication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserAccounts accounts;

    @Inject
    private transient RequestErrors errors;

    @Inject
    private transient Settings settings;

    @AroundInvoke
    public Object intercept(InvocationContext invocation) throws Exception {
        return ValidateRequestCall.around(invocation, (request, context) -> {
            if (ProblemJson.isApiRequest(request) || context.isAuthenticationRequest()
                    || StaleSessionFilter.isStaticResource(request)) {
                return invocation.proceed();
            }
            Optional<UserAccount> caller;
            try {
                caller = SessionStamp.in(request.getSession(false)).flatMap(this::current);
            } catch (RuntimeException e) {
                return failed(request, context, e);
            }
            if (caller.isEmpty()) {
                return invocation.proceed();
            }
            // StaleSessionFilter, later in the same request, need not read the account again.
            request.setAttribute(StaleSessionFilter.CURRENT_ATTRIBUTE, caller.get().getUsername());
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.get().getUsername()), caller.get().roleNames());
        });
    }

    /**
     * The account could not be read (the database failed, or holds what this version cannot read): recorded with a
     * reference like any request error, and answered with the error page written here, since no page runs when the
     * caller is unknown. Left to the container, the answer was an empty 500 and the log had no reference.
     */
    private AuthenticationStatus failed(HttpServletRequest request, HttpMessageContext context, RuntimeException error)
            throws IOException {
        String reference = errors.record(request, error);
        RefusalPage.sendFailure(request, context.getResponse(), reference, settings);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The stamp's account, if it is still the one the session logged in as: enabled, same session generation. */
    private Optional<UserAccount> current(SessionStamp stamp) {
        return accounts.byId(stamp.accountId())
                .filter(UserAccount::isEnabled)
                .filter(account -> account.getUsername().equals(stamp.username()))
                .filter(account -> account.getSessionGeneration() == stamp.generation());
    }
}

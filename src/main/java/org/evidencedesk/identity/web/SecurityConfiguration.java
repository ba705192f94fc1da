package org.evidencedesk.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the Faces page {@code /login.xhtml}; which pages need which role is declared in
 * {@code web.xml}. Login-to-continue keeps only requests without a body ({@link LoginRedirectWithoutBody}).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = SecurityConfiguration.LOGIN_PAGE, errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "CLERK", "JUDGE", "COUNSEL", "TECH_INVESTIGATOR"})
@ApplicationScoped
public class SecurityConfiguration {

    /** Where a visitor without a login is sent. */
    static final String LOGIN_PAGE = "/login.xhtml";
}

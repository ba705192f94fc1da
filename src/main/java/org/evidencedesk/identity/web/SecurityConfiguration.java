package org.evidencedesk.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the Faces page {@code /login.xhtml}; which pages need which role is declared in
 * {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "CLERK", "JUDGE", "COUNSEL", "TECH_INVESTIGATOR"})
@ApplicationScoped
public class SecurityConfiguration {
}

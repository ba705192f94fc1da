package org.evidencedesk.api.account;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.TokenCaller;
import org.evidencedesk.identity.TokenScope;

/** The caller of {@code GET /me}. */
@Schema(name = "Me", description = "The caller and their token.")
public record Me(
        @Schema(description = "The token owner's user name.") String username,
        @Schema(description = "The owner's roles: ADMIN, CLERK, JUDGE, COUNSEL, TECH_INVESTIGATOR.") List<String> roles,
        @Schema(description = "The token's name, as its owner gave it.") String tokenName,
        @Schema(description = "What the token may do now: read, submit, export, court.") List<String> scopes,
        @Schema(description = "The token's last day, in the court's time zone.", type = SchemaType.STRING, format = "date") LocalDate expiresOn) {

    static Me of(TokenCaller token) {
        return new Me(token.username(), token.roles().stream().sorted().map(Role::name).toList(), token.tokenName(),
                token.scopes().stream().sorted().map(TokenScope::code).toList(), token.expiresOn());
    }
}

package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TokenScopeTest {

    @Test
    void onlyCourtStaffMayHoldTheCourtScope() {
        assertThat(TokenScope.allowedFor(EnumSet.of(Role.COUNSEL))).containsExactly(TokenScope.READ, TokenScope.SUBMIT, TokenScope.EXPORT);
        assertThat(TokenScope.allowedFor(EnumSet.of(Role.ADMIN))).doesNotContain(TokenScope.COURT);
        assertThat(TokenScope.allowedFor(EnumSet.of(Role.CLERK))).contains(TokenScope.COURT);
        assertThat(TokenScope.allowedFor(EnumSet.of(Role.JUDGE))).contains(TokenScope.COURT);
        assertThat(TokenScope.allowedFor(EnumSet.of(Role.TECH_INVESTIGATOR))).contains(TokenScope.COURT);
    }

    @Test
    void scopesTravelAsLowerCaseCodesAndUnknownCodesAreDropped() {
        assertThat(TokenScope.encode(EnumSet.of(TokenScope.EXPORT, TokenScope.READ))).isEqualTo("read,export");
        assertThat(TokenScope.decode("read, export,admin")).containsExactly(TokenScope.READ, TokenScope.EXPORT);
        assertThat(TokenScope.fromCode("court")).contains(TokenScope.COURT);
        assertThat(TokenScope.fromCode("COURT")).isEmpty();
    }
}

package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "short-pass1, password.tooShort",
            "zhang.wei-secret-2026, password.containsUsername",
            "Password1234, password.tooCommon",
            "aaaaaaaaaaaaaaaa, password.tooCommon",
            "abababababababab, password.tooCommon"})
    void weakPasswordsAreRefusedWithTheirReason(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "zhang.wei"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo(reason);
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("x1y2z3".repeat(30), "clerk"))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "证据台的密码很长很安全啊", "Tr0ub4dor&3xyz"})
    void longUncommonPasswordsPass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "clerk")).doesNotThrowAnyException();
    }

    /** The demo users' password is checked in {@code demo.DemoUsersTest}. */
    @Test
    void generatedPasswordsPassThePolicy() {
        for (int i = 0; i < 50; i++) {
            String generated = BootstrapAdministrator.generatePassword();
            assertThatCode(() -> PasswordPolicy.check(generated, BootstrapAdministrator.USERNAME)).doesNotThrowAnyException();
        }
    }
}

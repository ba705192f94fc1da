package org.evidencedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.evidencedesk.identity.PasswordPolicy;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

    @Test
    void theDemoPasswordPassesThePolicyForEveryDemoUser() {
        assertThat(DemoUsers.USERS).isNotEmpty();
        for (DemoUsers.DemoUser user : DemoUsers.USERS) {
            assertThatCode(() -> PasswordPolicy.check(DemoUsers.PASSWORD, user.username())).doesNotThrowAnyException();
        }
    }
}

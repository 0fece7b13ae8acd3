package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** Guessing passwords slows down, then locks: the right password does not sign in until the lock has passed. */
class SignInThrottleTests extends WebTestSupport {

    private static final SignInThrottle.Limits LIMITS =
            new SignInThrottle.Limits(5, 10, Duration.ofSeconds(5), Duration.ofMinutes(15));
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @AfterEach
    void forget() {
        jdbc.update("delete from sign_in_attempts");
    }

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    private long audited(String username, String action) {
        return auditCount(username, action);
    }

    @Test
    @DisplayName("25 wrong passwords in a row: the right one does not sign in until the lock has passed; "
            + "one audit row for the burst and one for the lock")
    void locksAfterManyWrongPasswords() throws Exception {
        for (int i = 0; i < 25; i++) {
            var r = signIn("sw2", "wrong guess " + i, "10.0.1.1");
            assertThat(r.getRedirectedUrl()).as("try " + (i + 1)).matches(".*/login\\?(error|wait|locked)");
        }
        var right = signIn("sw2", TestCouncil.PASSWORD, "10.0.1.1");
        assertThat(right.getRedirectedUrl()).endsWith("/login?locked");
        assertThat(signIn("sw2", TestCouncil.PASSWORD, "10.9.9.9").getRedirectedUrl())
                .as("from another address too: the account is locked").endsWith("/login?locked");
        assertThat(audited("sw2", "SIGN_IN_FAILED")).as("one row for the burst").isEqualTo(1);
        assertThat(audited("sw2", "SIGN_IN_LOCKED")).isEqualTo(1);
        assertThat(audited("sw2", "SIGN_IN")).isZero();

        // the lock passes (time moved on by the lock's length)
        jdbc.update("update sign_in_attempts set locked_until = ?, last_failure = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))));
        assertThat(signIn("sw2", TestCouncil.PASSWORD, "10.9.9.9").getRedirectedUrl()).endsWith("/");
        assertThat(audited("sw2", "SIGN_IN")).isEqualTo(1);
    }

    @Test
    @DisplayName("after 5 wrong passwords the next try must wait, even with the right password; after the wait it works")
    void slowsDown() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("tm1", "not it " + i, "10.0.2.1").getRedirectedUrl()).endsWith("/login?error");
        }
        assertThat(signIn("tm1", TestCouncil.PASSWORD, "10.0.2.1").getRedirectedUrl()).endsWith("/login?wait");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
                .param("wait", "")).andReturn().getResponse().getContentAsString())
                .contains("Wait a minute");
        jdbc.update("update sign_in_attempts set last_failure = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(20)));
        assertThat(signIn("tm1", TestCouncil.PASSWORD, "10.0.2.1").getRedirectedUrl()).endsWith("/");
        assertThat(audited("tm1", "SIGN_IN_FAILED")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} failures, last {1} s ago, locked until +{2} s: {3}")
    @CsvSource({
        "4,  0,   , OPEN",
        "5,  0,   , WAIT",
        "5,  4,   , WAIT",
        "5,  5,   , OPEN",
        "6,  9,   , WAIT",
        "6, 10,   , OPEN",
        "9, 79,   , WAIT",
        "9, 80,   , OPEN",
        "10, 0, 900, LOCKED",
        "10, 0,  -1, OPEN",
        "5, 901,  , OPEN"})
    @DisplayName("the wait doubles from 5 seconds after the 5th failure; a lock holds until it has passed")
    void verdicts(int failures, long secondsAgo, Long lockedFor, String expected) {
        var a = new SignInThrottle.Attempts(failures, T.minusSeconds(secondsAgo),
                lockedFor == null ? null : T.plusSeconds(lockedFor));
        assertThat(SignInThrottle.verdict(a, LIMITS, T).kind().name()).isEqualTo(expected);
    }
}

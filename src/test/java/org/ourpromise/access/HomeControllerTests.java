package org.ourpromise.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

class HomeControllerTests extends WebTestSupport {

    @Test
    void signInWithTheRightPasswordGoesHome() throws Exception {
        mvc.perform(formLogin("/login").user("sw1").password(TestCouncil.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin("/login").user("sw1").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(
                containsString("The username or password is not right")));
    }

    @Test
    void homeOffersWhatTheRoleMayDo() throws Exception {
        mvc.perform(get("/").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Find a child")))
                .andExpect(content().string(not(containsString("Search the audit log"))));
        mvc.perform(get("/").with(as("board1"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Find a child"))))
                .andExpect(content().string(containsString("no child's record is shown to board members")));
        mvc.perform(get("/").with(as("admin1"))).andExpect(content().string(containsString("Search the audit log")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"));
    }
}

package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Accounts in the web application: created, given a password by a one-time link, deactivated; own password changed. */
class AccountsTests extends WebTestSupport {

    private String hash(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    @Test
    @DisplayName("an administrator creates an account; bad fields are shown with GOV.UK errors and change nothing")
    void createsAccount() throws Exception {
        mvc.perform(post("/admin/users/new").with(as("admin1")).with(csrf()).param("username", "Bad Name")
                .param("name", "").param("email", "nope").param("role", "KING").param("team", "T9"))
                .andExpect(view().name("admin/user-new"))
                .andExpect(model().attribute("errors", Map.of("username", "Username must be 2 to 60 lower-case letters,"
                        + " digits, dots, hyphens or underscores, starting with a letter or digit",
                        "role", "Role must be one of " + AccountForm.roleNames(), "name", "Enter the person's name",
                        "email", "Enter an email address in the correct format, like name@example.gov.uk",
                        "team", "Choose a team from the list")));
        mvc.perform(post("/admin/users/new").with(as("admin1")).with(csrf()).param("username", "new.worker")
                .param("name", "Nell Worker").param("email", "nell@council.gov.uk").param("role", "SOCIAL_WORKER")
                .param("team", "T1").param("worker", "SW077"))
                .andExpect(redirectedUrl("/admin/users/new.worker"))
                .andExpect(flash().attribute("success", "Account created. Make a link below so its owner can set a password."));
        var row = jdbc.queryForMap("select * from app_user where username = 'new.worker'");
        assertThat(row).containsEntry("role", "SOCIAL_WORKER").containsEntry("team_id", "T1")
                .containsEntry("worker_id", "SW077").containsEntry("enabled", true).containsEntry("version", 0);
        assertThat(auditCount("admin1", "MANAGE_ACCOUNT")).isPositive();
        mvc.perform(post("/admin/users/new").with(as("admin1")).with(csrf()).param("username", "new.worker")
                .param("name", "Nell Again").param("email", "nell@council.gov.uk").param("role", "SOCIAL_WORKER"))
                .andExpect(model().attribute("errors", Map.of("username", "There is already an account with this username")));
    }

    @Test
    @DisplayName("a one-time link sets the password once; used or expired, it does not work")
    void passwordLink() throws Exception {
        var page = mvc.perform(post("/admin/users/pa1/link").with(as("admin1")).with(csrf()))
                .andExpect(view().name("admin/user-link")).andReturn();
        String link = (String) page.getModelAndView().getModel().get("link");
        String token = link.substring(link.indexOf("token=") + 6);
        mvc.perform(get("/set-password").param("token", token)).andExpect(model().attribute("valid", true));
        mvc.perform(post("/set-password").with(csrf()).param("token", token).param("password", "password1234")
                .param("confirm", "password1234")).andExpect(model().attribute("errors", Map.of("password",
                        PasswordPolicy.problems("password1234", "pa1", "Pat Personal Adviser").get(0))));
        mvc.perform(post("/set-password").with(csrf()).param("token", token).param("password", "lantern meadow quiet fox")
                .param("confirm", "lantern meadow quiet fox")).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "Your password is set. Sign in with it below."));
        assertThat(new BCryptPasswordEncoder().matches("lantern meadow quiet fox", hash("pa1"))).isTrue();
        mvc.perform(get("/set-password").param("token", token)).andExpect(model().attribute("valid", false));
        mvc.perform(post("/set-password").with(csrf()).param("token", token).param("password", "another fine phrase")
                .param("confirm", "another fine phrase")).andExpect(model().attribute("valid", false));

        var second = mvc.perform(post("/admin/users/pa1/link").with(as("admin1")).with(csrf())).andReturn();
        String link2 = (String) second.getModelAndView().getModel().get("link");
        jdbc.update("update password_link set expires_at = timestamp '2000-01-01 00:00:00' where used_at is null");
        mvc.perform(get("/set-password").param("token", link2.substring(link2.indexOf("token=") + 6)))
                .andExpect(model().attribute("valid", false));
        jdbc.update("update app_user set password_hash = ? where username = 'pa1'",
                new BCryptPasswordEncoder().encode(TestCouncil.PASSWORD));
    }

    @Test
    @DisplayName("deactivating from a stale page is refused; deactivated, the user's next request ends the session")
    void deactivates() throws Exception {
        mvc.perform(post("/admin/users/new").with(as("admin1")).with(csrf()).param("username", "leaver")
                .param("name", "Lee Leaver").param("email", "lee@council.gov.uk").param("role", "TEAM_MANAGER"));
        var leaver = as("leaver");
        mvc.perform(get("/").with(leaver)).andExpect(view().name("home/home"));
        jdbc.update("update app_user set version = version + 1 where username = 'leaver'");
        mvc.perform(post("/admin/users/leaver/deactivate").with(as("admin1")).with(csrf()).param("version", "0"))
                .andExpect(view().name("admin/user")).andExpect(model().attributeExists("problem"));
        assertThat(jdbc.queryForObject("select enabled from app_user where username = 'leaver'", Boolean.class)).isTrue();
        mvc.perform(post("/admin/users/leaver/deactivate").with(as("admin1")).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/admin/users/leaver"))
                .andExpect(flash().attribute("success", "Account deactivated. Anyone signed in with it has been signed out."));
        mvc.perform(get("/").with(leaver)).andExpect(redirectedUrl("/login?deactivated"));
        mvc.perform(post("/admin/users/admin1/deactivate").with(as("admin1")).with(csrf()).param("version", "0"))
                .andExpect(model().attribute("problem", "You cannot deactivate your own account; ask another administrator"));
    }

    @Test
    @DisplayName("every user changes their own password: the current one is needed, the new one follows the policy")
    void changesOwnPassword() throws Exception {
        mvc.perform(post("/account/password").with(as("board1")).with(csrf()).param("current", "wrong")
                .param("password", "short").param("confirm", "short"))
                .andExpect(model().attribute("errors", Map.of("current", "Your current password is not right",
                        "password", PasswordPolicy.problems("short", "board1", "x").get(0))));
        mvc.perform(post("/account/password").with(as("board1")).with(csrf()).param("current", TestCouncil.PASSWORD)
                .param("password", "orchard violin pebble").param("confirm", "orchard violin pebble"))
                .andExpect(model().attribute("success", "Your password has been changed."));
        assertThat(new BCryptPasswordEncoder().matches("orchard violin pebble", hash("board1"))).isTrue();
        jdbc.update("update app_user set password_hash = ? where username = 'board1'",
                new BCryptPasswordEncoder().encode(TestCouncil.PASSWORD));
    }
}

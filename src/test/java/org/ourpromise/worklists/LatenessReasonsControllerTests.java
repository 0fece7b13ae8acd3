package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 3: reasons for lateness come "from a list the council maintains". */
class LatenessReasonsControllerTests extends WebTestSupport {

    @Autowired
    private LatenessReasons reasons;

    @Test
    void anAdministratorAddsRetiresAndRestoresAReason() throws Exception {
        mvc.perform(post("/admin/lateness-reasons").param("label", "  Interpreter not available ").with(as("admin1"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/lateness-reasons"));
        var added = reasons.list().stream().filter(r -> r.label().equals("Interpreter not available")).findFirst()
                .orElseThrow();
        assertThat(reasons.reasons()).extracting(LatenessReasons.Reason::label).contains("Interpreter not available");
        mvc.perform(post("/admin/lateness-reasons/" + added.id() + "/retire")
                        .param("version", String.valueOf(added.version())).param("confirmed", "yes").with(as("admin1"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/lateness-reasons"));
        assertThat(reasons.reasons()).extracting(LatenessReasons.Reason::label).doesNotContain("Interpreter not available");
        // restoring from the page opened before it was retired is refused, showing what changed; nothing saved
        mvc.perform(post("/admin/lateness-reasons/" + added.id() + "/restore")
                        .param("version", String.valueOf(added.version())).with(as("admin1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", org.ourpromise.casefile.StaleEdit.MESSAGE))
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("No, retired")));
        assertThat(reasons.reasons()).extracting(LatenessReasons.Reason::label).doesNotContain("Interpreter not available");
        mvc.perform(post("/admin/lateness-reasons/" + added.id() + "/restore")
                .param("version", String.valueOf(added.version() + 1)).with(as("admin1")).with(csrf()))
                .andExpect(redirectedUrl("/admin/lateness-reasons"));
        assertThat(reasons.reasons()).extracting(LatenessReasons.Reason::label).contains("Interpreter not available");
        assertThat(auditCount("admin1", "EDIT_LIST")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBlankDuplicateOrOverlongReasonIsRefusedWithAMessage() throws Exception {
        int before = reasons.list().size();
        mvc.perform(post("/admin/lateness-reasons").param("label", " ").with(as("admin1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("error", "Enter the reason"));
        mvc.perform(post("/admin/lateness-reasons").param("label", "court TIMESCALES").with(as("admin1")).with(csrf()))
                .andExpect(model().attribute("error", "That reason is already on the list"));
        mvc.perform(post("/admin/lateness-reasons").param("label", "x".repeat(201)).with(as("admin1")).with(csrf()))
                .andExpect(content().string(containsString("200 characters or fewer")));
        assertThat(reasons.list()).hasSize(before);
    }

    @Test
    void unknownReasonsAndChangesAreNotFound() throws Exception {
        mvc.perform(post("/admin/lateness-reasons/999/retire").param("version", "0").with(as("admin1")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/lateness-reasons/1/delete").with(as("admin1")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/lateness-reasons").with(as("tm1"))).andExpect(status().isForbidden());
    }

    @Test
    void twentyAddedAtOnceAreEachOnTheListOnceAndNoneIsAServerError() throws Exception {
        int before = reasons.list().size();
        var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
        for (int i = 0; i < 10; i++) {
            String label = "Added at once " + i;
            tasks.add(() -> mvc.perform(post("/admin/lateness-reasons").param("label", label).with(as("admin1"))
                    .with(csrf())).andReturn().getResponse().getStatus());
            // the same reason submitted ten times (a double click)
            tasks.add(() -> mvc.perform(post("/admin/lateness-reasons").param("label", "Submitted twice")
                    .with(as("admin1")).with(csrf())).andReturn().getResponse().getStatus());
        }
        assertThat(org.ourpromise.AtOnce.run(tasks)).allMatch(s -> s == 200 || s == 302);
        var list = reasons.list();
        assertThat(list).hasSize(before + 11);
        assertThat(list).filteredOn(r -> r.label().equals("Submitted twice")).hasSize(1);
        for (int i = 0; i < 10; i++) {
            String label = "Added at once " + i;
            assertThat(list).filteredOn(r -> r.label().equals(label)).as(label).hasSize(1);
        }
        assertThat(list).extracting(LatenessReasons.ListedReason::id).doesNotHaveDuplicates();
    }
}

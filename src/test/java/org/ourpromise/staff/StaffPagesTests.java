package org.ourpromise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class StaffPagesTests extends WebTestSupport {

    @Autowired
    private StaffDirectory directory;

    /** The test council's workers, named, if an earlier test has not already added them. */
    @BeforeEach
    void nameTheWorkers() {
        if (directory.find("SW001").isEmpty()) {
            directory.addAll(List.of(
                    member("SW001", "Sam Social Worker", StaffRole.SOCIAL_WORKER, "T1"),
                    member("SW002", "Sol Social Worker", StaffRole.SOCIAL_WORKER, "T2"),
                    member("IRO01", "Ian Reviewing Officer", StaffRole.INDEPENDENT_REVIEWING_OFFICER, "IRO"),
                    member("PA01", "Pat Personal Adviser", StaffRole.PERSONAL_ADVISER, "Leaving care")));
        }
    }

    static StaffMember member(String id, String name, StaffRole role, String team) {
        return new StaffMember(id, name, role, team, null, false, new BigDecimal("1.00"), LocalDate.of(2020, 1, 6),
                null, 0);
    }

    private MockHttpServletRequestBuilder newMember(String id) {
        return post("/admin/staff/new").with(as("admin1")).with(csrf()).param("workerId", id)
                .param("name", "Kofi Mensah").param("role", "SOCIAL_WORKER").param("team", "T2")
                .param("email", "kofi.mensah@example.gov.uk").param("agency", "yes").param("fte", "0.6")
                .param("from-day", "1").param("from-month", "9").param("from-year", "2026");
    }

    @Test
    void theDirectoryListsEveryoneByName() throws Exception {
        mvc.perform(get("/admin/staff").with(as("admin1"))).andExpect(status().isOk())
                .andExpect(view().name("staff/directory"))
                .andExpect(content().string(containsString("Ian Reviewing Officer")));
        var sam = rows("/admin/staff").stream().filter(r -> r.member().workerId().equals("SW001")).findFirst()
                .orElseThrow();
        assertThat(sam.children()).isEqualTo(1);
        assertThat(sam.perFte()).isEqualByComparingTo("1.0");
    }

    @SuppressWarnings("unchecked")
    private List<StaffRows> rows(String address) throws Exception {
        var list = (org.ourpromise.lists.ListPage<StaffRows>) mvc.perform(get(address).with(as("admin1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        return list.items();
    }

    @Test
    void theDirectoryShowsNamesAndRolesNotWorkerIdsExceptInItsLinks() throws Exception {
        String html = mvc.perform(get("/admin/staff").with(as("admin1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("href=\"/admin/staff/SW001\"").contains("Independent reviewing officer")
                .doesNotContain(">SW001<").doesNotContain("Worker ID");
        String member = mvc.perform(get("/admin/staff/SW001").with(as("admin1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(member).doesNotContain("Worker ID SW001");
    }

    @Test
    void theDirectorySortsByAnyColumnEitherWayAndDownloadsInTheSameOrder() throws Exception {
        var byName = rows("/admin/staff").stream().map(r -> r.member().name()).toList();
        assertThat(byName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        var byNameDesc = rows("/admin/staff?sort=name&order=desc").stream().map(r -> r.member().name()).toList();
        var reversed = new java.util.ArrayList<>(byName);
        java.util.Collections.reverse(reversed);
        assertThat(byNameDesc).isEqualTo(reversed);
        // children held: most first on the first click
        var byChildren = rows("/admin/staff?sort=children").stream().map(StaffRows::children).toList();
        assertThat(byChildren).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var byTeam = rows("/admin/staff?sort=team&order=asc");
        var csv = mvc.perform(get("/admin/staff.csv?sort=team&order=asc").with(as("admin1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("Name,Worker ID,Role,Team");
        assertThat(lines).hasSize(byTeam.size() + 1);
        for (int i = 0; i < byTeam.size(); i++) {
            assertThat(lines[i + 1]).startsWith(byTeam.get(i).member().name() + "," + byTeam.get(i).member().workerId()
                    + ",");
        }
        // nonsense in the address falls back to the default order, never an error
        assertThat(rows("/admin/staff?sort=%3Cscript%3E&order=sideways&page=x").stream().map(r -> r.member().name())
                .toList()).isEqualTo(byName);
        mvc.perform(get("/admin/staff.csv").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void addingAMemberOfStaffSavesThemAndAuditsIt() throws Exception {
        long before = auditCount("admin1", "EDIT_LIST");
        mvc.perform(newMember("SW0777")).andExpect(redirectedUrl("/admin/staff"));
        var saved = directory.find("SW0777").orElseThrow();
        assertThat(saved.name()).isEqualTo("Kofi Mensah");
        assertThat(saved.agency()).isTrue();
        assertThat(saved.fte()).isEqualByComparingTo("0.6");
        assertThat(saved.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(directory.nameOf("SW0777")).isEqualTo("Kofi Mensah");
        assertThat(auditCount("admin1", "EDIT_LIST")).isEqualTo(before + 1);
        // the same worker id twice is refused
        mvc.perform(newMember("SW0777")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("workerId")))
                .andExpect(content().string(containsString("<title>Error: ")));
    }

    @Test
    void impossibleFactsAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        long count = directory.count();
        mvc.perform(post("/admin/staff/new").with(as("tm1")).with(csrf()).param("workerId", "SW 1!")
                .param("name", "").param("role", "CHIEF").param("team", "T1").param("email", "not-an-email")
                .param("agency", "maybe").param("fte", "1.5").param("from-day", "31").param("from-month", "2")
                .param("from-year", "2026").param("to-day", "1").param("to-month", "1").param("to-year", "2020"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("workerId")))
                .andExpect(model().attribute("errors", hasKey("name")))
                .andExpect(model().attribute("errors", hasKey("role")))
                .andExpect(model().attribute("errors", hasKey("email")))
                .andExpect(model().attribute("errors", hasKey("agency")))
                .andExpect(model().attribute("errors", hasKey("fte")))
                .andExpect(model().attribute("errors", hasKey("from")))
                .andExpect(content().string(containsString("There is a problem")));
        assertThat(directory.count()).isEqualTo(count);
    }

    @Test
    void aStaleEditIsRefusedShowingWhatChangedAndSavingAgainAppliesIt() throws Exception {
        directory.addAll(List.of(member("PA0999", "Rob Owen", StaffRole.PERSONAL_ADVISER, "Leaving care")));
        mvc.perform(get("/admin/staff/PA0999").with(as("admin1"))).andExpect(status().isOk());
        mvc.perform(staffEdit("Rob Owen-Jones", 0)).andExpect(redirectedUrl("/admin/staff"));
        assertThat(directory.find("PA0999").orElseThrow().version()).isEqualTo(1);
        // the same form, opened at version 0, saved again: refused, the newer name kept, the entry shown beside it
        var html = mvc.perform(staffEdit("Robert Owen", 0)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "Rob Owen-Jones",
                "value=\"Robert Owen\"", "name=\"version\" value=\"1\"");
        assertThat(directory.nameOf("PA0999")).isEqualTo("Rob Owen-Jones");
        // saved again at the version shown: the edit applies
        mvc.perform(staffEdit("Robert Owen", 1)).andExpect(redirectedUrl("/admin/staff"));
        assertThat(directory.nameOf("PA0999")).isEqualTo("Robert Owen");
    }

    private MockHttpServletRequestBuilder staffEdit(String name, int version) {
        return post("/admin/staff/PA0999").with(as("admin1")).with(csrf()).param("name", name)
                .param("role", "PERSONAL_ADVISER").param("team", "Leaving care").param("agency", "no")
                .param("fte", "1").param("from-day", "6").param("from-month", "1").param("from-year", "2020")
                .param("version", "" + version);
    }

    @Test
    void workersAppearByNameOnTheRecordWorklistAndChronology() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("sw1")))
                .andExpect(content().string(containsString("Sam Social Worker (T1)")))
                .andExpect(content().string(containsString("Ian Reviewing Officer")));
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology").with(as("sw1")))
                .andExpect(content().string(containsString("Sam Social Worker, T1")));
        mvc.perform(get("/worklist").with(as("tm1")))
                .andExpect(content().string(containsString("Sam Social Worker (T1)")))
                .andExpect(content().string(not(containsString(">SW001 (T1)<"))));
        var csv = mvc.perform(get("/worklist.csv").with(as("sw1"))).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).contains("SW001,Sam Social Worker,T1"));
    }

    @Test
    void onlyAdministratorsAndTeamManagersKeepTheDirectory() throws Exception {
        mvc.perform(get("/admin/staff").with(as("tm1"))).andExpect(status().isOk());
        mvc.perform(get("/admin/staff").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff/SW001").with(as("perf1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff/NOBODY1").with(as("admin1"))).andExpect(status().isNotFound());
    }
}

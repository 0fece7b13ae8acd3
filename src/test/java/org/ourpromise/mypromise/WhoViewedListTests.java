package org.ourpromise.mypromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.lists.ListPage;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Who has looked at my file" as a long list (issue 16), in a database of its own. Mia's file was looked at by her
 * social worker Sara Webb (named: her own worker; East children in care team) once a day from 1 June to 30 July
 * 2026 at 10:00 (60 days); added to twice on 15 June 2026 (at 9:00 and 9:30) by a personal adviser who is not hers
 * (Pia Adams: shown by her job only, no team); and looked at once on 1 August 2026 by a performance officer (Pip
 * Performance: by job only). So the list has 62 lines: 1 August first, then Sara's days from 30 July; 15 June holds
 * two lines (Sara's and the adviser's), so page 2 (lines 51 to 62) is Sara's 12 June back to 1 June. By who, A to Z:
 * "Performance officer", "Personal adviser", then "Sara Webb, …".
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:whoviewed-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false"})
@AutoConfigureMockMvc
class WhoViewedListTests {

    private static final String SARA = "Sara Webb, Social worker, East children in care team";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CareRecords records;
    @Autowired
    UserAccounts users;
    @Autowired
    StaffDirectory staff;

    @BeforeEach
    void looks() {
        MyPromiseCouncil.load(records, users, staff);
        if (jdbc.queryForObject("select count(*) from audit_event where detail = 'who viewed test'", Long.class) > 0) {
            return;
        }
        for (int d = 0; d < 60; d++) {
            look(LocalDate.of(2026, 6, 1).plusDays(d).atTime(10, 0), "me-sw", "VIEW_RECORD");
        }
        look(LocalDateTime.of(2026, 6, 15, 9, 0), "me-pa", "RECORD_EVENT");
        look(LocalDateTime.of(2026, 6, 15, 9, 30), "me-pa", "RECORD_EVENT");
        look(LocalDateTime.of(2026, 8, 1, 14, 0), "perf1", "VIEW_RECORD");
    }

    private void look(LocalDateTime at, String username, String action) {
        jdbc.update("insert into audit_event (at, username, action, child_id, detail) values (?,?,?,?,?)", at,
                username, action, MyPromiseCouncil.MIA, "who viewed test");
    }

    private RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    @SuppressWarnings("unchecked")
    private ListPage<WhoViewed.Look> list(String query) throws Exception {
        return (ListPage<WhoViewed.Look>) mvc.perform(get("/me/who-viewed" + query).with(as("me-yp1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("looks");
    }

    private String csv(String query, String username) throws Exception {
        return mvc.perform(get("/me/who-viewed.csv" + query).with(as(username))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void newestFirstFiftyToAPageThenTheRest() throws Exception {
        var first = list("");
        assertThat(first.total()).isEqualTo(62);
        assertThat(first.sort()).isEqualTo("date");
        assertThat(first.descending()).isTrue();
        assertThat(first.items()).hasSize(50);
        assertThat(first.items().get(0).who()).isEqualTo("Performance officer");
        assertThat(first.items().get(0).day()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(first.items().get(1).day()).isEqualTo(LocalDate.of(2026, 7, 30));
        var second = list("?sort=date&order=desc&page=2");
        assertThat(second.items()).hasSize(12).allMatch(l -> SARA.equals(l.who()));
        assertThat(second.items().get(0).day()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(second.items().get(11).day()).isEqualTo(LocalDate.of(2026, 6, 1));
        var oldest = list("?sort=date&order=asc");
        assertThat(oldest.items().get(0).day()).isEqualTo(LocalDate.of(2026, 6, 1));
        String html = mvc.perform(get("/me/who-viewed").with(as("me-yp1"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("There are 62 lines in this list. This page shows lines 1 to 50.")
                .contains("href=\"/me/who-viewed.csv?sort=date&amp;order=desc\"").contains("Download this list")
                .contains("href=\"/me/who-viewed?sort=date&amp;order=desc&amp;page=2\"")
                .contains("(<span>2</span> times)").contains("Sara Webb")
                .doesNotContain("Pip Performance").doesNotContain("Pia Adams");
    }

    @Test
    void byWhoEitherWayNewestFirstAmongOnePersonsLooks() throws Exception {
        var az = list("?sort=who&order=asc");
        assertThat(az.items().get(0).who()).isEqualTo("Performance officer");
        assertThat(az.items().get(1).who()).isEqualTo("Personal adviser");
        assertThat(az.items().get(1).did()).isEqualTo("Added to your file");
        assertThat(az.items().get(1).times()).isEqualTo(2);
        assertThat(az.items().get(2).who()).isEqualTo(SARA);
        assertThat(az.items().get(2).day()).isEqualTo(LocalDate.of(2026, 7, 30));
        var za = list("?sort=who&order=desc");
        assertThat(za.items().subList(0, 50)).allMatch(l -> SARA.equals(l.who()));
        assertThat(za.items().get(0).day()).isEqualTo(LocalDate.of(2026, 7, 30));
        var zaEnd = list("?sort=who&order=desc&page=2");
        assertThat(zaEnd.items()).extracting(WhoViewed.Look::who).endsWith("Personal adviser", "Performance officer");
        var odd = list("?sort=name;drop&order=up&page=-1");
        assertThat(odd.sort()).isEqualTo("date");
        assertThat(odd.page()).isEqualTo(1);
        assertThat(list("?page=7").page()).isEqualTo(2);
    }

    @Test
    void theYoungPersonDownloadsTheirWholeListInThePagesOrderAuditedAsAnExportOfThem() throws Exception {
        long before = exports();
        var lines = csv("?sort=date&order=desc", "me-yp1").split("\r\n");
        assertThat(lines).hasSize(63);
        assertThat(lines[0]).isEqualTo("Date,Name,Job,Team,What they did,Times");
        assertThat(lines[1]).isEqualTo("2026-08-01,,Performance officer,,Looked at your file,1");
        assertThat(lines[2]).isEqualTo("2026-07-30,Sara Webb,Social worker,East children in care team,"
                + "Looked at your file,1");
        assertThat(lines[62]).isEqualTo("2026-06-01,Sara Webb,Social worker,East children in care team,"
                + "Looked at your file,1");
        assertThat(String.join("\n", lines)).doesNotContain("Pip Performance").doesNotContain("Pia Adams");
        assertThat(exports()).isEqualTo(before + 1);
        var byWho = csv("?sort=who&order=asc", "me-yp1").split("\r\n");
        assertThat(byWho[2]).isEqualTo("2026-06-15,,Personal adviser,,Added to your file,2");
        assertThat(exports()).isEqualTo(before + 2);
        // their own download is not a look by someone else
        assertThat(list("").total()).isEqualTo(62);
        // another young person's list is their own: none of Mia's
        assertThat(csv("", "me-yp2")).doesNotContain("2026-06-").doesNotContain("Sara Webb");
    }

    @Test
    void staffAreRefusedTheYoungPersonsListAndItsCsv() throws Exception {
        for (var staffUser : List.of("me-sw", "me-pa", "sw1", "tm1", "perf1", "admin1", "board1", "nurse1")) {
            mvc.perform(get("/me/who-viewed").with(as(staffUser))).andExpect(status().isForbidden());
            mvc.perform(get("/me/who-viewed.csv").with(as(staffUser))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/me/who-viewed.csv")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_event where username = 'me-yp1' and action = 'EXPORT'"
                + " and child_id = ?", Long.class, MyPromiseCouncil.MIA);
    }
}

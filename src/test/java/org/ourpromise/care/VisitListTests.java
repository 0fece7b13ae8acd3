package org.ourpromise.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.lists.ListPage;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.Visit;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The visits a user chooses one from to correct, as a long list (issue 16), on a database of its own. Vera (VL-1),
 * sw9's, has 55 visits a fortnight apart: visit k (0 to 54) on 10 January 2022 plus 14k days, by Amy Archer when k
 * is even and Zed Zephyr when odd, the child seen alone when k is a multiple of 5. So the newest is visit 54 on
 * 5 February 2024 (Amy, not alone), the oldest visit 0 on 10 January 2022 (Amy, alone), Zed's newest visit 53 on
 * 22 January 2024; Amy made 28 and Zed 27; 11 were alone, the newest of them visit 50 on 11 December 2023.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:visitlist-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class VisitListTests extends RecordingFormTestSupport {

    private static final String CHILD = "VL-1";
    private static final String PAGE = "/children/" + CHILD + "/record/visit-correction";

    @Autowired
    StaffDirectory staff;

    @BeforeEach
    void vera() {
        String sw = separateSocialWorker();
        if (records.load(CHILD).isPresent()) {
            return;
        }
        staff.addAll(List.of(member("VLA", "Amy Archer"), member("VLZ", "Zed Zephyr")));
        var visits = new ArrayList<Visit>();
        for (int k = 0; k <= 54; k++) {
            visits.add(new Visit(LocalDate.of(2022, 1, 10).plusDays(14L * k), k % 2 == 0 ? "VLA" : "VLZ", k % 5 == 0));
        }
        records.addAll(List.of(ChildRecords.child(CHILD, "Vera", "Listed", LocalDate.of(2014, 3, 3), "F")
                .episode(new CareEpisode(LocalDate.of(2022, 1, 3), "S", "C2", "N1", "U1", "PR1", null, null, null,
                        null, null, null))
                .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2022, 1, 3),
                        null, null))
                .visits(visits).build()));
        assertThat(sw).isEqualTo("sw9");
    }

    private static StaffMember member(String id, String name) {
        return new StaffMember(id, name, StaffRole.SOCIAL_WORKER, "T9", null, false, BigDecimal.ONE,
                LocalDate.of(2020, 1, 6), null, 0);
    }

    @SuppressWarnings("unchecked")
    private ListPage<VisitList.Row> list(String query) throws Exception {
        return (ListPage<VisitList.Row>) mvc.perform(get(PAGE + query).with(as("sw9"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("visits");
    }

    private static List<LocalDate> dates(ListPage<VisitList.Row> page) {
        return page.items().stream().map(r -> r.stored().visit().date()).toList();
    }

    private static LocalDate visit(int k) {
        return LocalDate.of(2022, 1, 10).plusDays(14L * k);
    }

    @Test
    void newestFirstFiftyToAPageThenTheOldestFive() throws Exception {
        var first = list("");
        assertThat(first.total()).isEqualTo(55);
        assertThat(first.sort()).isEqualTo("date");
        assertThat(first.descending()).isTrue();
        assertThat(first.items()).hasSize(50);
        assertThat(dates(first).get(0)).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(dates(first).get(49)).isEqualTo(visit(5));
        var second = list("?sort=date&order=desc&page=2");
        assertThat(dates(second)).containsExactly(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 2, 21),
                LocalDate.of(2022, 2, 7), LocalDate.of(2022, 1, 24), LocalDate.of(2022, 1, 10));
        assertThat(list("?sort=date&order=asc").items().get(0).stored().visit().date())
                .isEqualTo(LocalDate.of(2022, 1, 10));
        mvc.perform(get(PAGE).with(as("sw9"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Showing 1 to 50 of 55 visits.")))
                .andExpect(content().string(Matchers.containsString("5 Feb 2024")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"" + PAGE + ".csv?sort=date&amp;order=desc\"")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"" + PAGE + "?sort=date&amp;order=desc&amp;page=2\"")))
                .andExpect(content().string(Matchers.containsString("aria-sort=\"descending\"")));
    }

    @Test
    void byWhoVisitedEitherWayNewestFirstAmongOneWorkersVisits() throws Exception {
        var az = list("?sort=worker&order=asc");
        assertThat(az.items().subList(0, 28)).extracting(VisitList.Row::worker).containsOnly("Amy Archer");
        assertThat(az.items().get(28).worker()).isEqualTo("Zed Zephyr");
        assertThat(dates(az).get(0)).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(dates(az).get(28)).isEqualTo(LocalDate.of(2024, 1, 22));
        var za = list("?sort=worker&order=desc");
        assertThat(za.items().subList(0, 27)).extracting(VisitList.Row::worker).containsOnly("Zed Zephyr");
        assertThat(za.items().get(27).worker()).isEqualTo("Amy Archer");
        assertThat(dates(za).get(0)).isEqualTo(LocalDate.of(2024, 1, 22));
        // seen alone first: the newest of the eleven
        var alone = list("?sort=alone&order=desc");
        assertThat(alone.items().subList(0, 11)).allMatch(r -> r.stored().visit().seenAlone());
        assertThat(dates(alone).get(0)).isEqualTo(LocalDate.of(2023, 12, 11));
    }

    @Test
    void aSortOrPageThatIsNotOneIsIgnored() throws Exception {
        var odd = list("?sort=nope&order=sideways&page=abc");
        assertThat(odd.sort()).isEqualTo("date");
        assertThat(odd.descending()).isTrue();
        assertThat(odd.page()).isEqualTo(1);
        assertThat(list("?page=99").page()).isEqualTo(2);
        mvc.perform(get(PAGE + ".csv?sort=%27;drop&order=x").with(as("sw9"))).andExpect(status().isOk());
        mvc.perform(get("/children/not a child!/record/visit-correction.csv").with(as("sw9")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWholeListDownloadsInThePagesOrderAuditedAsAnExportOfTheChild() throws Exception {
        long before = exports();
        var csv = mvc.perform(get(PAGE + ".csv?sort=date&order=desc").with(as("sw9"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse()
                .getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(56);
        assertThat(lines[0]).isEqualTo("Date,Visited by,Seen alone");
        assertThat(lines[1]).isEqualTo("2024-02-05,Amy Archer,No");
        assertThat(lines[2]).isEqualTo("2024-01-22,Zed Zephyr,No");
        assertThat(lines[55]).isEqualTo("2022-01-10,Amy Archer,Yes");
        assertThat(exports()).isEqualTo(before + 1);
        var byWorker = mvc.perform(get(PAGE + ".csv?sort=worker&order=desc").with(as("sw9")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().split("\r\n");
        assertThat(byWorker[1]).isEqualTo("2024-01-22,Zed Zephyr,No");
        assertThat(byWorker[28]).isEqualTo("2024-02-05,Amy Archer,No");
        assertThat(exports()).isEqualTo(before + 2);
    }

    @Test
    void onlyThoseWhoMayCorrectThisChildsVisitsSeeThemOrTheirCsv() throws Exception {
        for (var user : List.of("perf1", "board1", "nurse1", "yp1")) {
            mvc.perform(get(PAGE).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get(PAGE + ".csv").with(as(user))).andExpect(status().isForbidden());
        }
        // a social worker with the permission but not this child's
        mvc.perform(get(PAGE).with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE + ".csv").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void aVisitChosenFromPageTwoOpensItsCorrectionForm() throws Exception {
        var oldest = list("?page=2").items().get(4).stored();
        String html = mvc.perform(get(PAGE + "?page=2").with(as("sw9"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains(PAGE + "?visit=" + oldest.id());
        mvc.perform(get(PAGE).param("visit", String.valueOf(oldest.id())).with(as("sw9"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Recorded as a visit on 10 January 2022")))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_event where username = 'sw9' and action = 'EXPORT'"
                + " and child_id = ?", Long.class, CHILD);
    }
}

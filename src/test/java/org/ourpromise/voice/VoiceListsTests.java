package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The voice room's long lists (issue 16), on a database of their own with more than a page (50) of each: sorted by
 * a column, page 2, and the CSV of the whole list in the page's order, audited.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:voicelists-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class VoiceListsTests extends WebTestSupport {

    private static final int MANY = 53;

    @Autowired
    private StaffDirectory staff;

    @Autowired
    private LedgerStore ledger;

    @Autowired
    private Advocacy advocacy;

    @Autowired
    private Visitors visitors;

    @Autowired
    private Consultations consultations;

    @Autowired
    private org.ourpromise.casefile.CareRecords records;

    @BeforeEach
    void records() {
        if (staff.find("SW001").isEmpty()) {
            var kids = new java.util.ArrayList<org.ourpromise.record.ChildRecord>();
            for (int i = 0; i < MANY; i++) {
                kids.add(org.ourpromise.record.ChildRecords.child("VL-" + (100 + i), "Vee", "Lister " + (100 + i),
                        LocalDate.of(2012, 1, 1), "F").build());
            }
            records.addAll(kids);
            for (int i = 0; i < MANY; i++) {
                consultations.add("Survey " + (100 + i), "Children in care", LocalDate.of(2026, 1, 1).plusDays(i),
                        null, java.util.Map.of("Do you feel safe?", List.of("Yes", "No")));
            }
            long ada = visitors.addVolunteer("Ada Visitor");
            for (int i = 0; i < MANY; i++) {
                boolean appointed = i < 2;
                visitors.consider("VL-" + (100 + i), LocalDate.of(2026, 1, 1).plusDays(i),
                        LocalDate.of(2026, 2, 1).plusDays(i), false, appointed ? ada : null,
                        appointed ? LocalDate.of(2026, 5, 1) : null);
            }
            staff.addAll(List.of(new StaffMember("SW001", "Sam Social Worker", StaffRole.SOCIAL_WORKER, "T1", null,
                    false, BigDecimal.ONE, LocalDate.of(2020, 1, 6), null, 0)));
            // one point from Jack, older than all of Amira's, so it sits on the ledger's second page
            ledger.add(new Said(0, LocalDate.of(2025, 12, 1), Said.Source.YOUNG_PERSON, null, null, TestCouncil.JACK,
                    "", "Point 099", "SW001", "", null, null, null, Said.Status.OPEN, 0), "part1",
                    LocalDateTime.of(2026, 6, 1, 9, 0));
            for (int i = 0; i < MANY; i++) {
                ledger.add(new Said(0, LocalDate.of(2026, 1, 1).plusDays(i), Said.Source.YOUNG_PERSON, null, null,
                        TestCouncil.AMIRA, "", "Point " + (100 + i), "SW001", "", null, null, null, Said.Status.OPEN,
                        0), "part1", LocalDateTime.of(2026, 6, 1, 9, 0));
                advocacy.add(i % 2 == 0 ? TestCouncil.AMIRA : TestCouncil.JACK, Advocacy.RequestedBy.YOUNG_PERSON,
                        LocalDate.of(2026, 1, 1).plusDays(i), "Help at review " + (100 + i), null, null,
                        i % 3 == 0 ? "Ada Advocate" : null, i % 3 == 0 ? LocalDate.of(2026, 6, 1) : null);
            }
        }
    }

    private ListPage<?> list(String url, String user) throws Exception {
        return (ListPage<?>) mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("list");
    }

    private String csv(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static long lines(String csv) {
        return csv.split("\r\n", -1).length - 2;
    }

    @Test
    void theLedgerSortsPagesAndDownloadsWholeAudited() throws Exception {
        int total = ledger.all().size();
        assertThat(total).isGreaterThan(50);
        var first = list("/voice/you-said-we-did", "part1");
        assertThat(first.sort()).isEqualTo("raised");
        assertThat(first.descending()).isTrue();
        assertThat(first.total()).isEqualTo(total);
        assertThat(first.items()).hasSize(50);
        assertThat(((LedgerController.Row) first.items().get(0)).item().raisedOn())
                .isEqualTo(ledger.all().stream().map(Said::raisedOn).max(LocalDate::compareTo).orElseThrow());
        var said = list("/voice/you-said-we-did?sort=said&order=asc&page=2", "part1");
        assertThat(said.page()).isEqualTo(2);
        assertThat(said.items()).hasSize(total - 50);
        assertThat(said.items()).extracting(r -> ((LedgerController.Row) r).item().said()).isSorted();
        long before = auditCount("part1", "EXPORT");
        String all = csv("/voice/you-said-we-did.csv?sort=said&order=desc", "part1");
        assertThat(all).startsWith("Raised,Raised by,You said,Owner,Where it is,Late,Response,What changed,"
                + "Told back,Due\r\n");
        assertThat(lines(all)).isEqualTo(total);
        assertThat(all.split("\r\n")[1]).contains("Point " + (100 + MANY - 1)).contains("Amira Khan");
        assertThat(auditCount("part1", "EXPORT")).isEqualTo(before + 1);
        // the board's CSV names no child
        String board = csv("/voice/you-said-we-did.csv", "board1");
        assertThat(lines(board)).isEqualTo(total);
        assertThat(board).doesNotContain("Amira").contains("A young person");
        mvc.perform(get("/voice/you-said-we-did.csv").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void theLedgerPageAuditsOnlyTheChildrenItShows() throws Exception {
        long jackBefore = ledgerViews(TestCouncil.JACK);
        long amiraBefore = ledgerViews(TestCouncil.AMIRA);
        list("/voice/you-said-we-did", "part1");
        assertThat(ledgerViews(TestCouncil.JACK)).isEqualTo(jackBefore);
        assertThat(ledgerViews(TestCouncil.AMIRA)).isEqualTo(amiraBefore + 1);
        list("/voice/you-said-we-did?page=2", "part1");
        assertThat(ledgerViews(TestCouncil.JACK)).isEqualTo(jackBefore + 1);
    }

    private long ledgerViews(String childId) {
        Long n = jdbc.queryForObject("select count(*) from audit_event e where username = 'part1' "
                + "and detail = 'viewed the you said, we did ledger' and (child_id = ? or exists (select 1 from "
                + "audit_list_child l where l.list_id = e.children_list and l.child_id = ?))", Long.class, childId,
                childId);
        return n == null ? 0 : n;
    }

    @Test
    void theAdvocacyRequestsSortPageAndDownloadWholeAudited() throws Exception {
        int total = advocacy.all().size();
        assertThat(total).isGreaterThan(50);
        var first = list("/voice/advocacy", "part1");
        assertThat(first.sort()).isEqualTo("advocate");
        // waiting for an advocate first
        assertThat(((Advocacy.Request) first.items().get(0)).advocate()).isNull();
        var asked = list("/voice/advocacy?sort=asked&page=2", "part1");
        assertThat(asked.descending()).isTrue();
        assertThat(asked.page()).isEqualTo(2);
        assertThat(asked.items()).hasSize(total - 50);
        assertThat(asked.items()).extracting(r -> ((Advocacy.Request) r).requestedOn())
                .isSortedAccordingTo(java.util.Comparator.<LocalDate>reverseOrder());
        long before = auditCount("part1", "EXPORT");
        String all = csv("/voice/advocacy.csv?sort=asked&order=desc", "part1");
        assertThat(all).startsWith("Child ID,Young person,Who asked,Asked on,Asked for,Complaint,Review on,Advocate,"
                + "Allocated on\r\n");
        assertThat(lines(all)).isEqualTo(total);
        assertThat(all.split("\r\n")[1]).contains("Help at review " + (100 + MANY - 1));
        assertThat(auditCount("part1", "EXPORT")).isEqualTo(before + 1);
        mvc.perform(get("/voice/advocacy.csv").with(as("board1"))).andExpect(status().isForbidden());
    }

    @Test
    void theIndependentVisitorsTablesSortPageAndDownloadWholeAudited() throws Exception {
        var all = visitors.all();
        long waiting = all.stream().filter(Visitors.Need::waiting).count();
        assertThat(waiting).isGreaterThan(50);
        var model = mvc.perform(get("/voice/independent-visitors").with(as("part1"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel();
        var first = (ListPage<?>) model.get("waiting");
        assertThat(first.sort()).isEqualTo("waited");
        assertThat(first.total()).isEqualTo((int) waiting);
        // longest waiting first: the earliest offer
        assertThat(((Visitors.Need) first.items().get(0)).offeredOn()).isEqualTo(all.stream()
                .filter(Visitors.Need::waiting).map(Visitors.Need::offeredOn).min(LocalDate::compareTo).orElseThrow());
        var byChild = (ListPage<?>) mvc.perform(get("/voice/independent-visitors?table=waiting&sort=child&order=desc"
                + "&page=2").with(as("part1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel()
                .get("waiting");
        assertThat(byChild.page()).isEqualTo(2);
        assertThat(byChild.items()).hasSize((int) waiting - 50);
        assertThat(byChild.items()).extracting(r -> ((Visitors.Need) r).name().toLowerCase(java.util.Locale.UK))
                .isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
        long before = auditCount("part1", "EXPORT");
        String csv = csv("/voice/independent-visitors.csv?table=waiting&sort=child&order=asc", "part1");
        assertThat(csv).startsWith("Child ID,Child,Considered on,Offered on,Declined,Independent visitor,"
                + "Appointed on\r\n");
        assertThat(lines(csv)).isEqualTo(waiting);
        assertThat(auditCount("part1", "EXPORT")).isEqualTo(before + 1);
        String appointed = csv("/voice/independent-visitors.csv?table=appointed", "part1");
        assertThat(lines(appointed)).isEqualTo(all.stream().filter(n -> n.visitor() != null).count());
        mvc.perform(get("/voice/independent-visitors.csv?table=nope").with(as("part1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theConsultationsSortPageAndDownloadWhole() throws Exception {
        int total = consultations.all().size();
        assertThat(total).isGreaterThan(50);
        var first = list("/voice/consultations", "part1");
        assertThat(first.sort()).isEqualTo("opened");
        assertThat(first.descending()).isTrue();
        var titles = list("/voice/consultations?sort=title&order=asc&page=2", "part1");
        assertThat(titles.page()).isEqualTo(2);
        assertThat(titles.items()).hasSize(total - 50);
        assertThat(titles.items()).extracting(r -> ((Consultations.Consultation) r).title().toLowerCase(
                java.util.Locale.UK)).isSorted();
        long before = auditCount("part1", "EXPORT");
        String csv = csv("/voice/consultations.csv?sort=title&order=desc", "part1");
        assertThat(csv).startsWith("Consultation,Who was asked,Opened on,Closed on,Responses\r\n");
        assertThat(lines(csv)).isEqualTo(total);
        assertThat(auditCount("part1", "EXPORT")).isEqualTo(before + 1);
    }
}

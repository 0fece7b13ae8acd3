package org.ourpromise.ourpromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Issue 15: partners send their evidence through a form; the council keeps the commitments, pledges and reminders. */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:our-promise-forms-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class OurPromiseFormsTests extends WebTestSupport {

    /** The year the test council's partners report on (its today is 22 November 2026): April 2025 to March 2026. */
    private static final int YEAR = 2026;

    @Autowired
    private PromiseBook book;

    @Autowired
    private PromiseChanges changes;

    private long own;
    private long others;

    /** A pledge of the partner account partner1's and one of a partner with no account, each new to the test. */
    @BeforeEach
    void pledges() {
        long mine = book.addPartner("Forms Test Housing " + System.nanoTime(), "Council service", "partner1");
        own = book.addPledge(mine, 5, "A home for every care leaver who wants one");
        long other = book.addPartner("Forms Test College " + System.nanoTime(), "Partner", null);
        others = book.addPledge(other, 2, "A place on a course for every care leaver");
    }

    @Test
    void aPartnerSendsEvidenceForItsOwnPledgeAndNobodyElses() throws Exception {
        assertThat(EvidenceController.reportYear(TestCouncil.TODAY)).isEqualTo(YEAR);
        mvc.perform(post("/our-promise/evidence/" + own).with(as("partner1")).with(csrf()).param("version", "-1")
                        .param("text", "Twelve care leavers moved into their own tenancies.").param("figures", "12 of 14"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("success"));
        var saved = changes.evidence(own, YEAR).orElseThrow();
        assertThat(saved.figures()).isEqualTo("12 of 14");
        assertThat(saved.submittedOn()).isEqualTo(TestCouncil.TODAY);
        mvc.perform(get("/our-promise/evidence/" + others).with(as("partner1"))).andExpect(status().isNotFound());
        mvc.perform(post("/our-promise/evidence/" + others).with(as("partner1")).with(csrf()).param("version", "-1")
                .param("text", "Not ours")).andExpect(status().isNotFound());
        assertThat(changes.evidence(others, YEAR)).isEmpty();
    }

    @Test
    void evidenceWithNoTextOrTooMuchIsExplainedAndNothingIsSent() throws Exception {
        var html = mvc.perform(post("/our-promise/evidence/" + own).with(as("partner1")).with(csrf())
                        .param("version", "-1").param("text", ""))
                .andExpect(status().isOk()).andExpect(view().name("ourpromise/evidence"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Error: ", "Enter the what you did");
        mvc.perform(post("/our-promise/evidence/" + own).with(as("partner1")).with(csrf()).param("version", "-1")
                .param("text", "x".repeat(EvidenceController.MAX_TEXT + 1))).andExpect(status().isOk());
        assertThat(changes.evidence(own, YEAR)).isEmpty();
    }

    @Test
    void aSecondSendFromAStalePageShowsWhatChanged() throws Exception {
        mvc.perform(post("/our-promise/evidence/" + own).with(as("partner1")).with(csrf()).param("version", "-1")
                .param("text", "First account of the year.")).andExpect(status().is3xxRedirection());
        var html = mvc.perform(post("/our-promise/evidence/" + own).with(as("perf1")).with(csrf()).param("version", "-1")
                        .param("text", "The clerk's copy from an email."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "First account of the year.");
        assertThat(changes.evidence(own, YEAR).orElseThrow().text()).isEqualTo("First account of the year.");
    }

    @Test
    void anAttachedDocumentIsKeptAndServedOnlyToThoseWhoMaySeeThePledge() throws Exception {
        byte[] pdf = "%PDF-1.5\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/our-promise/evidence/" + others).file(new MockMultipartFile("file", "college.pdf",
                        "application/pdf", pdf)).param("version", "-1").param("text", "Thirty places taken up.")
                        .with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var file = changes.files(others, YEAR).get(0);
        assertThat(mvc.perform(get("/our-promise/files/" + file.id()).with(as("board1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get("/our-promise/files/" + file.id()).with(as("partner1"))).andExpect(status().isNotFound());
    }

    @Test
    void aCommitmentServesAtLeastOnePrincipleAndIsSavedWithItsVersion() throws Exception {
        int version = changes.commitmentVersion(4).orElseThrow();
        mvc.perform(post("/our-promise/commitments/4").with(as("perf1")).with(csrf()).param("version", "" + version)
                        .param("title", "We will listen to you").param("meaning", "We will ask and act."))
                .andExpect(status().isOk()).andExpect(view().name("ourpromise/commitment"));
        mvc.perform(post("/our-promise/commitments/4").with(as("perf1")).with(csrf()).param("version", "" + version)
                        .param("title", "We will listen to you").param("meaning", "We will ask, act and tell you.")
                        .param("principle-b", "yes").param("principle-c", "yes"))
                .andExpect(status().is3xxRedirection());
        var saved = book.commitments().stream().filter(c -> c.id() == 4).findFirst().orElseThrow();
        assertThat(saved.meaning()).isEqualTo("We will ask, act and tell you.");
        assertThat(saved.principles()).containsExactly("b", "c");
        mvc.perform(post("/our-promise/commitments/4").with(as("board1")).with(csrf()).param("version", "" + version)
                        .param("title", "Stale").param("meaning", "Stale").param("principle-a", "yes"))
                .andExpect(status().isOk());
        mvc.perform(post("/our-promise/commitments/4").with(as("partner1")).with(csrf()).param("version", "" + version))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPartnerSigningUpNeedsItsKindAndAnAccountThatIsAPartners() throws Exception {
        int before = book.pledges(YEAR, null).size();
        mvc.perform(post("/our-promise/pledges/new").with(as("perf1")).with(csrf()).param("partner", "new")
                        .param("name", "Fire and Rescue").param("account", "sw1").param("commitment", "6")
                        .param("text", "Safety visits for care leavers' homes"))
                .andExpect(status().isOk()).andExpect(view().name("ourpromise/pledge"));
        assertThat(book.pledges(YEAR, null)).hasSize(before);
        mvc.perform(post("/our-promise/pledges/new").with(as("perf1")).with(csrf()).param("partner", "new")
                        .param("name", "Fire and Rescue").param("kind", "Partner").param("commitment", "6")
                        .param("text", "Safety visits for care leavers' homes"))
                .andExpect(status().is3xxRedirection());
        assertThat(book.pledges(YEAR, null)).hasSize(before + 1)
                .anySatisfy(p -> assertThat(p.partner()).isEqualTo("Fire and Rescue"));
    }

    @Test
    void remindersAreKeptForEveryPartnerWithEvidenceOutstanding() throws Exception {
        mvc.perform(post("/our-promise/reminders").with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("success"));
        var partner = changes.pledge(own).orElseThrow().partnerId();
        assertThat(changes.lastReminded(YEAR)).containsEntry(partner, TestCouncil.TODAY);
        assertThat(mvc.perform(get("/our-promise").with(as("perf1"))).andReturn().getResponse().getContentAsString())
                .contains("22 November 2026");
    }
}

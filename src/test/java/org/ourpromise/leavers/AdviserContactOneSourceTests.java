package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.OpenDeadlines;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.worklists.OtherWork;
import org.ourpromise.worklists.WorkItem;
import org.springframework.test.context.TestPropertySource;

/**
 * One deadline for Leah's contact with her adviser on every page (decision 0215). Leah (born 10 January 2006) left
 * care on her 18th birthday; last in touch on 12 January 2026; no plan sets an interval; today 22 November 2026.
 * Not in council accommodation, a former relevant young person: 3 months, so 12 April 2026 (the engine's floor said
 * 12 March). Once the council provides her accommodation (from 1 November): a visit at most 2 months after the last
 * contact, 12 March. A visit on 24 September then makes the next due 24 November: due soon on her adviser's digest.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:leavers-one-source-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AdviserContactOneSourceTests extends RecordingFormTestSupport {

    private LocalDate onRecordPage() throws Exception {
        var deadlines = (OpenDeadlines) mvc.perform(get("/children/" + TestCouncil.LEAH).with(as("pa1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("deadlines");
        return deadlines.items().stream().filter(i -> i.rule() == DeadlineRule.PA_CONTACT).map(DueItem::due)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private LocalDate onWorklist() throws Exception {
        var model = mvc.perform(get("/worklist").with(as("pa1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel();
        // the regular contact is not also the leavers room's own work
        assertThat((List<OtherWork.Item>) model.get("otherWork")).noneMatch(i -> i.what().startsWith("Keep in touch")
                || i.what().startsWith("Visit: at most"));
        var list = (org.ourpromise.worklists.Worklist) model.get("worklist");
        return list.items().stream().filter(i -> i.childId().equals(TestCouncil.LEAH)
                && i.item().rule() == DeadlineRule.PA_CONTACT).map(i -> i.item().due()).findFirst().orElseThrow();
    }

    private String leaversPage() throws Exception {
        return mvc.perform(get("/leavers/children/" + TestCouncil.LEAH).with(as("pa1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theRecordPageTheWorklistTheDigestAndHerPageShowTheDutysDeadline() throws Exception {
        assertThat(onRecordPage()).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(onWorklist()).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(leaversPage()).contains("Keep in touch every 3 months", "12 Apr 2026");

        mvc.perform(post("/leavers/children/" + TestCouncil.LEAH + "/accommodation")
                .param("providedFrom-day", "1").param("providedFrom-month", "11").param("providedFrom-year", "2026")
                .param("description", "Supported lodgings").with(as("pa1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(onRecordPage()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(onWorklist()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(leaversPage()).contains("Visit: at most every 2 months", "12 Mar 2026");

        mvc.perform(date(post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact"), "date", "24", "9",
                "2026").param("inTouch", "YES").param("method", "IN_PERSON").param("activity", "F5")
                .param("accommodation", "U").param("suitable", "1").with(as("pa1")).with(csrf()))
                .andExpect(saved());
        assertThat(onRecordPage()).isEqualTo(LocalDate.of(2026, 11, 24));
        var digest = (org.ourpromise.worklists.Digest) mvc.perform(get("/digest").with(as("pa1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("digest");
        assertThat(digest.dueSoon()).filteredOn(i -> i.childId().equals(TestCouncil.LEAH))
                .extracting(WorkItem::item).extracting(DueItem::rule, DueItem::due)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineRule.PA_CONTACT, LocalDate.of(2026, 11, 24)));
    }
}

package org.ourpromise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The manager records youth justice on the child's risk page and keeps the register of other councils' children
 * placed here; ends before starts and stale changes save nothing.
 */
class YouthJusticeAndPlacedHereTests extends WebTestSupport {

    private static final String CHILD = "/risk/children/" + TestCouncil.AMIRA;

    @Autowired
    private YouthJusticeAndPlacedHere records;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private List<YouthJustice> amiras() {
        return records.youthJustice(TestCouncil.AMIRA).getOrDefault(TestCouncil.AMIRA, List.of());
    }

    @Test
    void youthJusticeEndingBeforeItStartedIsRefusedAndNothingIsSaved() throws Exception {
        int before = amiras().size();
        mvc.perform(withDate(withDate(post(CHILD + "/youth-justice"), "yjStarted", LocalDate.of(2026, 3, 1)), "yjEnded",
                LocalDate.of(2026, 2, 28)).param("yjKind", "REMAND").param("yjDescription", "Remand to local authority"
                + " accommodation").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("risk/child"))
                .andExpect(model().attribute("errors", hasKey("yjEnded")))
                .andExpect(content().string(containsString("<title>Error: Risk: Amira Khan")))
                .andExpect(content().string(containsString("The date it ended must be on or after the date it started")));
        mvc.perform(withDate(post(CHILD + "/youth-justice"), "yjStarted", LocalDate.of(2026, 3, 1)).param("yjKind",
                "PROBATION").param("yjDescription", "x").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("yjKind")));
        assertThat(amiras()).hasSize(before);
    }

    @Test
    void anOrderIsRecordedShownEndedOnItsFirstDayAndAStaleEndIsRefused() throws Exception {
        long audited = auditCount("tm1", "RECORD_EVENT");
        mvc.perform(withDate(post(CHILD + "/youth-justice"), "yjStarted", LocalDate.of(2026, 2, 29 - 1))
                .param("yjKind", "ORDER").param("yjDescription", "Referral order, 9 months")
                .param("yosWorker", "Yusuf, youth offending service").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(auditCount("tm1", "RECORD_EVENT")).isEqualTo(audited + 1);
        var order = amiras().stream().filter(y -> y.description().equals("Referral order, 9 months")).findFirst()
                .orElseThrow();
        mvc.perform(get(CHILD).with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Court order: Referral order, 9 months")))
                .andExpect(content().string(containsString("Yusuf, youth offending service")));
        String end = CHILD + "/youth-justice/" + order.id();
        // a day before it started is refused; the day it started is allowed
        mvc.perform(withDate(post(end), "ended-" + order.id(), LocalDate.of(2026, 2, 27))
                .param("version", String.valueOf(order.version())).with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("ended-" + order.id())));
        mvc.perform(withDate(post(end), "ended-" + order.id(), LocalDate.of(2026, 2, 28))
                .param("version", String.valueOf(order.version())).with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(withDate(post(end), "ended-" + order.id(), LocalDate.of(2026, 3, 5))
                .param("version", String.valueOf(order.version())).with(as("tm1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this after you opened it")));
        var saved = records.youthJusticeRecord(order.id()).orElseThrow();
        assertThat(saved.ended()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(saved.isCurrentOn(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(saved.isCurrentOn(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void aChildPlacedHereIsCountedListedInTheCsvAndChangedAtItsVersion() throws Exception {
        mvc.perform(withDate(withDate(post("/risk/placed-here"), "placedOn", LocalDate.of(2026, 11, 1)), "endedOn",
                LocalDate.of(2026, 10, 31)).param("reference", "NC-4411").param("homeCouncil", "Nottingham City Council")
                .param("placement", "Private children's home, Loughborough").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("risk/placed-here"))
                .andExpect(model().attribute("errors", hasKey("endedOn")));
        assertThat(records.placedHere()).noneMatch(p -> p.reference().equals("NC-4411"));
        mvc.perform(withDate(post("/risk/placed-here"), "placedOn", LocalDate.of(2026, 11, 1))
                .param("reference", "NC-4411").param("homeCouncil", "Nottingham City Council")
                .param("placement", "Private children's home, Loughborough").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/risk/placed-here").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nottingham City Council")))
                .andExpect(content().string(containsString("Not told")));
        var csv = mvc.perform(get("/risk/placed-here.csv").with(as("tm1"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv).startsWith("Reference,Home council,Placement,Placed here,We were told,Ended")
                .contains("NC-4411,Nottingham City Council,");
        var p = records.placedHere().stream().filter(x -> x.reference().equals("NC-4411")).findFirst().orElseThrow();
        mvc.perform(withDate(withDate(post("/risk/placed-here/" + p.id()), "placedOn", p.placedOn()), "notifiedOn",
                LocalDate.of(2026, 10, 28)).param("reference", "NC-4411").param("homeCouncil", "Nottingham City Council")
                .param("placement", p.placement()).param("version", String.valueOf(p.version() + 3))
                .with(as("tm1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this after you opened it")));
        assertThat(records.placedHere(p.id()).orElseThrow().notifiedOn()).isNull();
        mvc.perform(get("/risk/placed-here").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void theRegisterSortsByItsColumnsAndItsCsvFollows() throws Exception {
        for (var council : java.util.List.of("Zeta County Council", "Alpha Borough Council")) {
            mvc.perform(withDate(post("/risk/placed-here"), "placedOn", LocalDate.of(2026, 9, council.startsWith("Z") ? 1 : 2))
                    .param("reference", "SORT-" + council.charAt(0)).param("homeCouncil", council)
                    .param("placement", "Foster care").with(as("tm1")).with(csrf())).andExpect(status().is3xxRedirection());
        }
        var list = (org.ourpromise.lists.ListPage<?>) mvc.perform(get("/risk/placed-here?sort=council").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        var councils = list.items().stream().map(p -> ((PlacedHere) p).homeCouncil()).toList();
        assertThat(councils).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(list.total()).isEqualTo(records.placedHere().size());
        var csv = mvc.perform(get("/risk/placed-here.csv?sort=council&order=desc").with(as("tm1"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv.indexOf("Zeta County Council")).isLessThan(csv.indexOf("Alpha Borough Council"));
    }
}

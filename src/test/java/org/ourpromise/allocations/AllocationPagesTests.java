package org.ourpromise.allocations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Allocating changes the council, so these tests have a database of their own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:allocationtests-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AllocationPagesTests extends WebTestSupport {

    @Autowired
    private StaffDirectory staff;

    @Autowired
    private ChildRegister register;

    @BeforeEach
    void staffTheCouncil() {
        if (staff.count() == 0) {
            staff.addAll(List.of(member("SW001", "Sam Social Worker", StaffRole.SOCIAL_WORKER, "T1"),
                    member("SW0601", "Nadia Rahman", StaffRole.SOCIAL_WORKER, "T1"),
                    member("IRO01", "Ian Reviewing Officer", StaffRole.INDEPENDENT_REVIEWING_OFFICER, "IRO"),
                    member("IRO02", "Olu Mensah", StaffRole.INDEPENDENT_REVIEWING_OFFICER, "IRO"),
                    member("PA01", "Pat Personal Adviser", StaffRole.PERSONAL_ADVISER, "Leaving care")));
        }
    }

    private static StaffMember member(String id, String name, StaffRole role, String team) {
        return new StaffMember(id, name, role, team, null, false, BigDecimal.ONE, LocalDate.of(2020, 1, 6), null, 0);
    }

    /** The allocate form as the page shows it now (with the allocations' version it was opened at). */
    private MockHttpServletRequestBuilder allocate(String childId, String worker, LocalDate from) {
        return allocate(childId, worker, from, AllocationsController.versionOf(register.storedAllocations(childId)));
    }

    private static MockHttpServletRequestBuilder allocate(String childId, String worker, LocalDate from, int seen) {
        return post("/children/" + childId + "/allocations").with(csrf()).param("action", "allocate")
                .param("seen", String.valueOf(seen))
                .param("worker", worker).param("from-day", String.valueOf(from.getDayOfMonth()))
                .param("from-month", String.valueOf(from.getMonthValue()))
                .param("from-year", String.valueOf(from.getYear()));
    }

    private List<Allocation> of(String childId, Allocation.Role role) {
        return register.storedAllocations(childId).stream().map(ChildRegister.StoredAllocation::allocation)
                .filter(a -> a.role() == role).toList();
    }

    @Test
    void aHandOverEndsTheOldAllocationOnTheDayTheNewWorkerStarts() throws Exception {
        var day = LocalDate.of(2026, 11, 2);
        mvc.perform(allocate(TestCouncil.AMIRA, "SW0601", day).param("reason", "LEFTRL").with(as("tm1")))
                .andExpect(redirectedUrl("/children/" + TestCouncil.AMIRA + "/allocations"));
        var sw = of(TestCouncil.AMIRA, Allocation.Role.SOCIAL_WORKER);
        assertThat(sw).hasSize(2);
        assertThat(sw.get(0).workerId()).isEqualTo("SW001");
        assertThat(sw.get(0).to()).isEqualTo(day);
        assertThat(sw.get(1)).isEqualTo(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW0601", "T1", day, null,
                "LEFTRL"));
        // who may see the child follows: the new worker's children include her
        assertThat(register.currentlyAllocated(Allocation.Role.SOCIAL_WORKER, "SW0601", null, TestCouncil.TODAY))
                .contains(TestCouncil.AMIRA);
        assertThat(auditCount("tm1", "RECORD_EVENT")).isPositive();
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/allocations").with(as("sw1")))
                .andExpect(status().isOk()).andExpect(model().attribute("canAllocate", false))
                .andExpect(content().string(containsString("Nadia Rahman")));
    }

    @Test
    void anAllocationOverlappingAnotherOfTheSameRoleIsRefusedAndNothingChanges() throws Exception {
        var before = register.storedAllocations(TestCouncil.AMIRA);
        // IRO01 is Amira's IRO from 1 May 2024, still open: a new IRO from before then overlaps it
        mvc.perform(allocate(TestCouncil.AMIRA, "IRO02", LocalDate.of(2024, 4, 30)).with(as("tm1")))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("from")))
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("This overlaps")));
        // a worker not in the directory, a date in the future, a reason not on the year's list
        mvc.perform(allocate(TestCouncil.AMIRA, "NOBODY", TestCouncil.TODAY.plusDays(1)).param("reason", "XXXX")
                .with(as("tm1"))).andExpect(model().attribute("errors", hasKey("worker")))
                .andExpect(model().attribute("errors", hasKey("from")))
                .andExpect(model().attribute("errors", hasKey("reason")));
        assertThat(register.storedAllocations(TestCouncil.AMIRA)).isEqualTo(before);
    }

    @Test
    void endingAnAllocationChecksTheDateAndTheVersion() throws Exception {
        var pa = register.storedAllocations(TestCouncil.LEAH).get(0);
        var end = post("/children/" + TestCouncil.LEAH + "/allocations").with(csrf()).with(as("perf1"))
                .param("action", "end").param("allocation", String.valueOf(pa.id()));
        // the performance officer sees Leah but does not allocate
        mvc.perform(end).andExpect(status().isForbidden());
        var field = "end" + pa.id();
        // tm1 does not see Leah (no social worker: a manager may allocate her), and ends her adviser
        var asManager = post("/children/" + TestCouncil.LEAH + "/allocations").with(csrf()).with(as("tm1"))
                .param("action", "end").param("allocation", String.valueOf(pa.id())).param("confirmed", "yes")
                .param("version", String.valueOf(pa.version()));
        mvc.perform(asManager.param(field + "-day", "1").param(field + "-month", "7").param(field + "-year", "2023"))
                .andExpect(model().attribute("errors", hasKey(field)));
        mvc.perform(post("/children/" + TestCouncil.LEAH + "/allocations").with(csrf()).with(as("tm1"))
                .param("action", "end").param("allocation", String.valueOf(pa.id())).param("version", "99")
                .param("confirmed", "yes")
                .param(field + "-day", "1").param(field + "-month", "9").param(field + "-year", "2026"))
                .andExpect(content().string(containsString("Someone else changed this allocation")));
        assertThat(register.storedAllocations(TestCouncil.LEAH).get(0)).isEqualTo(pa);
        var ending = post("/children/" + TestCouncil.LEAH + "/allocations").with(csrf()).with(as("tm1"))
                .param("action", "end").param("allocation", String.valueOf(pa.id()))
                .param("version", String.valueOf(pa.version()))
                .param(field + "-day", "1").param(field + "-month", "9").param(field + "-year", "2026");
        // ending asks first (GOV.UK confirmation, no JavaScript) and changes nothing until confirmed
        mvc.perform(ending).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, end the allocation")));
        assertThat(register.storedAllocations(TestCouncil.LEAH).get(0)).isEqualTo(pa);
        mvc.perform(ending.param("confirmed", "yes")).andExpect(status().is3xxRedirection());
        assertThat(of(TestCouncil.LEAH, Allocation.Role.PERSONAL_ADVISER).get(0).to()).isEqualTo(LocalDate.of(2026, 9, 1));
        // now she is a care leaver with no adviser: on the manager's list
        var list = (List<?>) mvc.perform(get("/allocations").with(as("tm1"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("children");
        assertThat(list).extracting("childId").contains(TestCouncil.LEAH);
    }

    @Test
    void aStaleAllocationShowsWhatIsSavedNowKeepsTheChoiceAndSavingAgainAppliesIt() throws Exception {
        var page = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/allocations").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        int opened = (Integer) page.get("seen");
        // someone else hands Amira's reviewing over to Olu Mensah behind the page's back
        mvc.perform(allocate(TestCouncil.AMIRA, "IRO02", TestCouncil.TODAY.minusDays(10)).with(as("tm1")))
                .andExpect(redirectedUrl("/children/" + TestCouncil.AMIRA + "/allocations"));
        int now = AllocationsController.versionOf(register.storedAllocations(TestCouncil.AMIRA));
        var before = register.storedAllocations(TestCouncil.AMIRA);
        var html = mvc.perform(allocate(TestCouncil.AMIRA, "IRO01", TestCouncil.TODAY.minusDays(5), opened)
                        .with(as("tm1")))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("from")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "Olu Mensah (IRO02",
                "Ian Reviewing Officer (IRO01", "value=\"IRO01\" selected",
                "name=\"seen\" value=\"" + now + "\"");
        assertThat(register.storedAllocations(TestCouncil.AMIRA)).isEqualTo(before);
        // saved again at the version shown: Olu Mensah hands back to Ian Reviewing Officer
        mvc.perform(allocate(TestCouncil.AMIRA, "IRO01", TestCouncil.TODAY.minusDays(5), now).with(as("tm1")))
                .andExpect(redirectedUrl("/children/" + TestCouncil.AMIRA + "/allocations"));
        var iros = of(TestCouncil.AMIRA, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER);
        assertThat(iros.get(iros.size() - 1).workerId()).isEqualTo("IRO01");
        assertThat(iros.get(iros.size() - 2).to()).isEqualTo(TestCouncil.TODAY.minusDays(5));
    }

    @Test
    void aChildOutsideTheUsersScopeIsRefused() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.JACK + "/allocations").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + TestCouncil.JACK + "/allocations").with(as("tm1"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + TestCouncil.JACK + "/allocations").with(as("perf1"))).andExpect(status().isOk());
        mvc.perform(get("/allocations").with(as("sw1"))).andExpect(status().isForbidden());
    }
}

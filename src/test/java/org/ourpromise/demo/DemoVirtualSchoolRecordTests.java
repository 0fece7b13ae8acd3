package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.education.Exclusion;
import org.ourpromise.education.Exclusions;
import org.ourpromise.education.Pep;
import org.ourpromise.education.PepPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council on first start has the Virtual School's own record: suspensions (some half days) and
 * permanent exclusions, PEPs written up with Pupil Premium Plus asked for, rated in all three ways, and the
 * virtual.school account's worklist shows them.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demovs-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoVirtualSchoolRecordTests {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Exclusions exclusions;
    @Autowired
    private PepPlans plans;
    @Autowired
    private UserAccounts users;

    @Test
    void theDemoCouncilHasExclusionsAndRatedPeps() throws Exception {
        var all = exclusions.byChild(null).values().stream().flatMap(List::stream).toList();
        assertThat(all).anyMatch(Exclusion::suspension).anyMatch(e -> !e.suspension())
                .anyMatch(e -> e.daysWords().endsWith(".5"));
        var peps = plans.byChild(null).values().stream().flatMap(List::stream).toList();
        assertThat(peps).anyMatch(p -> p.content() != null && p.content().pupilPremiumPlus() != null);
        assertThat(peps).filteredOn(p -> p.quality() != null).extracting(p -> p.quality().rating())
                .contains(Pep.Rating.values());
        mvc.perform(get("/virtual-school").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername("virtual.school")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Children with at least one suspension")))
                .andExpect(content().string(containsString("needed remedial action")));
    }
}

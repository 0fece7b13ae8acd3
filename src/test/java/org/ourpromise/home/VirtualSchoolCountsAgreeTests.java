package org.ourpromise.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.education.VirtualSchoolFigures;

/**
 * One figure for PEPs out of date: the Virtual School Head's home page, the worklist's count and its PEP table
 * (children with a line past its date) all come from the Virtual School's termly schedule, so they agree.
 */
class VirtualSchoolCountsAgreeTests extends WebTestSupport {

    @Test
    void homeCountWorklistCountAndPepTableAgree() throws Exception {
        var home = (HomePage) mvc.perform(get("/").with(as("vsh1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("page");
        var line = home.panels().stream().flatMap(p -> p.lines().stream()).map(HomeLine::text)
                .filter(t -> t.contains("personal education plan out of date")).findFirst().orElseThrow();
        long onHome = Long.parseLong(line.substring(0, line.indexOf(' ')));
        Map<String, Object> model = mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel();
        long onWorklist = ((VirtualSchoolFigures) model.get("figures")).pepsOverdue().count();
        var table = (List<?>) model.get("peps");
        long inTable = table.stream().map(Object::toString).filter(l -> l.contains("overdue=true"))
                .map(l -> l.substring(l.indexOf("childId=") + 8, l.indexOf(',', l.indexOf("childId=")))).distinct()
                .count();
        assertThat(onWorklist).isEqualTo(onHome).isEqualTo(inTable);
        // the test council's children in care on 22 November 2026 have PEPs past their term's date, so this is no 0 = 0
        assertThat(onHome).isPositive();
        assertThat(home.lead()).contains(onHome + " personal education plan");
    }
}

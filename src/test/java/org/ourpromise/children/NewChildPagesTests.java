package org.ourpromise.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding children changes the council, so these tests have a database of their own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:newchildtests-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class NewChildPagesTests extends WebTestSupport {

    @Autowired
    private ChildRegister register;

    private MockHttpServletRequestBuilder child(String given, String family, String day, String nhs) {
        return post("/children/new").with(csrf()).with(as("tm1")).param("givenName", given).param("familyName", family)
                .param("born-day", day).param("born-month", "2").param("born-year", "2016").param("sex", "F")
                .param("ethnicity", "WBRI").param("nhsNumber", nhs).param("postcode", "le38ra");
    }

    @Test
    void aManagerAddsAChildAfterDuplicatesAreCheckedAndItIsAudited() throws Exception {
        long before = register.count();
        long audited = auditCount("tm1", "RECORD_EVENT");
        var first = mvc.perform(child("Maya", "Olsen", "29", "9434765919")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(first).matches("/children/N\\d{6}/allocations");
        String id = first.substring("/children/".length(), first.indexOf("/allocations"));
        var saved = register.find(id).orElseThrow();
        assertThat(saved.identity().dateOfBirth()).hasToString("2016-02-29");
        assertThat(saved.identity().nhsNumber()).isEqualTo("9434765919");
        assertThat(register.count()).isEqualTo(before + 1);
        assertThat(auditCount("tm1", "RECORD_EVENT")).isEqualTo(audited + 1);
        // the manager opens her allocations to give her a social worker
        mvc.perform(get(first).with(as("tm1"))).andExpect(status().isOk());

        // the same name and date of birth: shown, not saved, until the manager says it is someone else
        mvc.perform(child("maya", "OLSEN", "29", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This may be a child Promise already holds")))
                .andExpect(content().string(containsString("same name and date of birth")));
        // the same NHS number under another name
        mvc.perform(child("Amy", "Olsen", "1", "9434765919")).andExpect(status().isOk())
                .andExpect(content().string(containsString("same NHS number")));
        assertThat(register.count()).isEqualTo(before + 1);
        mvc.perform(child("maya", "OLSEN", "29", "").param("different", "yes")).andExpect(status().is3xxRedirection());
        assertThat(register.count()).isEqualTo(before + 2);
    }

    @Test
    void impossibleFactsAreRefusedFieldByField() throws Exception {
        long before = register.count();
        mvc.perform(post("/children/new").with(csrf()).with(as("tm1")).param("givenName", "").param("familyName", "X1")
                .param("born-day", "30").param("born-month", "2").param("born-year", "2016").param("sex", "Q")
                .param("ethnicity", "NOPE").param("upn", "123").param("nhsNumber", "1234567890")
                .param("postcode", "nowhere"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a child")))
                .andExpect(model().attribute("errors", hasKey("givenName")))
                .andExpect(model().attribute("errors", hasKey("familyName")))
                .andExpect(model().attribute("errors", hasKey("born")))
                .andExpect(model().attribute("errors", hasKey("sex")))
                .andExpect(model().attribute("errors", hasKey("ethnicity")))
                .andExpect(model().attribute("errors", hasKey("upn")))
                .andExpect(model().attribute("errors", hasKey("nhsNumber")))
                .andExpect(model().attribute("errors", hasKey("postcode")));
        assertThat(register.count()).isEqualTo(before);
    }

    @Test
    void onlyRolesThatAddChildrenMayOpenTheForm() throws Exception {
        mvc.perform(get("/children/new").with(as("tm1"))).andExpect(status().isOk());
        mvc.perform(get("/children/new").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/new").with(as("perf1"))).andExpect(status().isForbidden());
    }
}

package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.CareLeaverContact;

/** Correcting and withdrawing a care leaver contact: from the 16th birthday, versioned, kept, audited (0125). */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:care-leaver-contact-correction-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class CareLeaverContactCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "REC2-L1";
    private static final String PATH = "/children/" + CHILD + "/record/contact-correction";

    private long id(LocalDate date) {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Leaver", LocalDate.of(2008, 1, 1), "M")
                    .episode(new CareEpisode(LocalDate.of(2023, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2023, 6, 1),
                            null, null))
                    .contact(new CareLeaverContact(LocalDate.of(2026, 2, 1), "YES", "F1", "B", true, false, null),
                            new CareLeaverContact(LocalDate.of(2026, 3, 1), "NO", "F1", "B", false, false, null))
                    .build()));
        }
        return jdbc.queryForObject("select contact_id from care_leaver_contact where child_id = ? and contact_date = ?",
                Long.class, CHILD, date);
    }

    private List<LocalDate> contacts() {
        return records.load(CHILD).orElseThrow().careLeaverContacts().stream().map(CareLeaverContact::date).toList();
    }

    @Test
    void aContactsDateIsCorrectedFromTheSixteenthBirthday() throws Exception {
        long id = id(LocalDate.of(2026, 2, 1));
        mvc.perform(get(PATH).with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("contact on 01/02/2026, in touch, pathway plan reviewed")))
                .andExpect(content().string(containsString("contact on 01/03/2026, not in touch")));
        // the day before the 16th birthday: refused; the birthday itself is allowed
        mvc.perform(date(post(PATH), "date", "31", "12", "2023").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "typed wrongly").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("date")));
        mvc.perform(date(post(PATH), "date", "1", "1", "2024").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "the year was typed wrongly").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());
        assertThat(contacts()).contains(LocalDate.of(2024, 1, 1)).doesNotContain(LocalDate.of(2026, 2, 1));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Care leaver contact corrected")))
                .andExpect(content().string(containsString("Before: contact on 01/02/2026, in touch, pathway plan reviewed."
                        + " Now: contact on 01/01/2024, in touch, pathway plan reviewed")));
    }

    @Test
    void aContactThatDidNotHappenIsWithdrawn() throws Exception {
        long id = id(LocalDate.of(2026, 3, 1));
        mvc.perform(post(PATH).param("event", String.valueOf(id)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "recorded twice").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());
        assertThat(contacts()).doesNotContain(LocalDate.of(2026, 3, 1));
        // the page opened before the withdrawal: the contact is no longer on the record
        mvc.perform(post(PATH).param("event", String.valueOf(id)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "recorded twice").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("event")));
    }
}

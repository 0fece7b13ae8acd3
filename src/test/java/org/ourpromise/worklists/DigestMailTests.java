package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The daily digest by email, through a real SMTP server (GreenMail) running in the test. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:digestmail-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class DigestMailTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    private DigestMail digestMail;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private org.ourpromise.complaints.ComplaintRegister complaints;

    @org.junit.jupiter.api.BeforeEach
    void clearMail() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theComplaintsOfficerGetsStageDeadlinesByReferenceWithoutNames() throws Exception {
        TestCouncil.load(records, users);
        // received Friday 6 November 2026: stage 1 due on the 10th working day, Friday 20 November, the last
        // working day before Sunday 22nd, so it became overdue since then; received Thursday 19 November: due
        // Thursday 3 December, after Friday 27th (5 working days on), so not in the digest
        var overdue = complaints.add(TestCouncil.JACK, java.time.LocalDate.of(2026, 11, 6), "Delay",
                org.ourpromise.complaints.LoggedComplaint.MadeBy.PARENT, "co1");
        var later = complaints.add(TestCouncil.JACK, java.time.LocalDate.of(2026, 11, 19), "Delay",
                org.ourpromise.complaints.LoggedComplaint.MadeBy.PARENT, "co1");
        users.setEmail("co1", "co1@council.example");
        try {
            digestMail.sendAll();
            var toOfficer = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals("co1@council.example");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(toOfficer).hasSize(1);
            String body = GreenMailUtil.getBody(toOfficer.get(0));
            assertThat(body).contains("Became overdue (1)").contains("20 Nov 2026: complaint " + overdue)
                    .doesNotContain(later).doesNotContain("Jack").doesNotContain("Smith");
        } finally {
            users.setEmail("co1", null);
            jdbc.update("delete from complaint");
        }
    }

    @Test
    void usersWithAnEmailAddressGetTheirDigestWithChildIdsButNoNames() throws Exception {
        TestCouncil.load(records, users);
        // a review on 25 May 2026 makes the next one due 6 months on, 25 November: within 5 working days of the 22nd
        jdbc.update("insert into review (child_id, held_on, participation) values (?, ?, 'PN1')", TestCouncil.AMIRA,
                java.time.LocalDate.of(2026, 5, 25));
        users.setEmail("iro1", "iro1@council.example");
        users.setEmail("board1", "board1@council.example");
        int sent = digestMail.sendAll();
        var received = SMTP.getReceivedMessages();
        // iro1 has Amira's next review due soon; board members see no child-level data and get no digest
        assertThat(sent).isEqualTo(1);
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("iro1@council.example");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("25 Nov 2026: child " + TestCouncil.AMIRA).doesNotContain("Amira").doesNotContain("Khan");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and detail like"
                + " 'emailed the daily digest to iro1%'", Integer.class)).isEqualTo(1);
    }
}

package org.ourpromise.worklists;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.UserAccounts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest by email, for users with an email address, when an SMTP server is configured
 * ({@code spring.mail.host}); without one this does nothing. Emails leave the council's systems, so
 * they carry child IDs and what is due, never names: the worker opens Promise for the rest.
 */
@Component
class DigestMail {

    private static final Logger LOG = LoggerFactory.getLogger(DigestMail.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final Worklists worklists;
    private final UserAccounts users;
    private final List<OtherDeadlines> others;
    private final AuditLog audit;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String link;

    DigestMail(Worklists worklists, UserAccounts users, List<OtherDeadlines> others, AuditLog audit,
            ObjectProvider<JavaMailSender> mail,
            @Value("${promise.digest.from:promise@localhost}") String from,
            @Value("${promise.digest.link:http://localhost:8080/digest}") String link) {
        this.worklists = worklists;
        this.users = users;
        this.others = others;
        this.audit = audit;
        this.mail = mail;
        this.from = from;
        this.link = link;
    }

    /**
     * Working days at 7 in the morning, England's time, on one server only (the lock, decision 0076; held at least
     * an hour, so a server whose clock is a little behind does not send it again). Recorded in the audit log when
     * an SMTP server is configured.
     */
    @Scheduled(cron = "${promise.digest.cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "daily-digest", lockAtLeastFor = "PT1H", lockAtMostFor = "PT3H")
    void daily() {
        if (mail.getIfAvailable() == null) {
            return;
        }
        int sent = sendAll();
        audit.recordAs("system", AuditLog.Action.EXPORT, null, "daily digest emailed to " + sent + " users");
    }

    /** Sends everyone's digest now; returns how many emails were sent. */
    int sendAll() {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (var entry : users.emailAddresses().entrySet()) {
            var user = users.loadUserByUsername(entry.getKey());
            for (var other : others) {
                sent += sendOther(sender, entry.getValue(), other.digestFor(user, link));
            }
            if (!user.can(Permission.VIEW_CHILD_RECORDS)) {
                continue;
            }
            var digest = worklists.digestToSend(user);
            if (digest.newlyOverdue().isEmpty() && digest.dueSoon().isEmpty()) {
                continue;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(entry.getValue());
            message.setSubject("Promise: " + digest.newlyOverdue().size() + " newly overdue, " + digest.dueSoon().size()
                    + " due in the next few days");
            message.setText(body(digest));
            sender.send(message);
            sent++;
        }
        LOG.info("Daily digest emailed to {} users", sent);
        return sent;
    }

    /** A digest of deadlines kept elsewhere (the complaints officer's), written by their keeper. */
    private int sendOther(JavaMailSender sender, String to, Optional<OtherDeadlines.DigestEmail> email) {
        if (email.isEmpty()) {
            return 0;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(email.get().subject());
        message.setText(email.get().text());
        sender.send(message);
        audit.recordShownAs("system", AuditLog.Action.EXPORT, email.get().children(), email.get().audited());
        return 1;
    }

    private String body(Digest digest) {
        var text = new StringBuilder("Good morning. Your Promise digest for ").append(DAY.format(digest.today()))
                .append(".\n\n");
        section(text, "Became overdue", digest.newlyOverdue());
        section(text, "Due by " + DAY.format(digest.dueBy()), digest.dueSoon());
        text.append("Open Promise for the children's records and to record why anything is late: ").append(link)
                .append("\n\nChild IDs only: names are never sent by email.\n");
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, java.util.List<WorkItem> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append(heading).append(" (").append(items.size()).append(")\n");
        for (var i : items) {
            text.append("- ").append(DAY.format(i.item().due())).append(": child ").append(i.childId()).append(": ")
                    .append(i.item().rule().description()).append('\n');
        }
        text.append('\n');
    }
}

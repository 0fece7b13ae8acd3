package org.ourpromise.restricted;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a restricted record's managers that someone opened it with a reason: the manager who restricted it and the
 * team managers of the child's social worker's team. A notice on their worklist always; an email too when an SMTP
 * server is configured ({@code spring.mail.host}), as the daily digest does. Emails leave the council's systems, so
 * they carry the child's ID and who opened the record, never the child's name or the reason given.
 */
@Component
class ManagerAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerAlerts.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    private final RestrictionAlertRepository alerts;
    private final ChildRegister register;
    private final UserAccounts users;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String link;

    ManagerAlerts(RestrictionAlertRepository alerts, ChildRegister register, UserAccounts users,
            ObjectProvider<JavaMailSender> mail, @Value("${promise.digest.from:promise@localhost}") String from,
            @Value("${promise.restricted.link:http://localhost:8080}") String link) {
        this.alerts = alerts;
        this.register = register;
        this.users = users;
        this.mail = mail;
        this.from = from;
        this.link = link;
    }

    /** The record's managers, by username: who restricted it, and the child's team's managers. */
    Set<String> managersOf(RecordRestrictions.Restriction restriction, LocalDate today) {
        var managers = new TreeSet<String>();
        if (users.exists(restriction.restrictedBy())) {
            managers.add(restriction.restrictedBy());
        }
        register.allocations(restriction.childId()).getOrDefault(restriction.childId(), java.util.List.of()).stream()
                .filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER && a.isCurrentOn(today))
                .forEach(a -> managers.addAll(users.usernames(Role.TEAM_MANAGER, a.team())));
        return managers;
    }

    /** Alerts every manager of the record (but the one who opened it) of the opening; who was alerted. */
    Set<String> alert(RecordRestrictions.Restriction restriction, RecordRestrictions.Opening opening, LocalDate today) {
        var managers = managersOf(restriction, today);
        managers.remove(opening.username());
        var emails = users.emailAddresses();
        for (String manager : managers) {
            alerts.add(opening.id(), manager);
            if (emails.containsKey(manager)) {
                email(emails.get(manager), opening);
            }
        }
        return managers;
    }

    private void email(String to, RecordRestrictions.Opening opening) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Promise: restricted record " + opening.childId() + " was opened");
        message.setText(opening.username() + " opened the restricted record of child " + opening.childId() + " on "
                + WHEN.format(opening.at()) + ", giving a reason.\n\nRead the reason and who else has opened it: " + link
                + "/children/" + opening.childId() + "/restriction\n\nChild IDs only: names are never sent by email.\n");
        try {
            sender.send(message);
        } catch (MailException failed) {
            // the worklist notice is the alert of record; a mail server that is down must not undo the opening
            LOG.warn("Could not email {} about restricted record {}: {}", to, opening.childId(), failed.getMessage());
        }
    }
}

package org.ourpromise.ourpromise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Our Promise: the commitments and the principles each serves, the partners' pledges under each, and whether each
 * partner has sent its evidence for the year (submitted, late or not started). A partner sees only its own.
 */
@Controller
class OurPromiseController {

    private final PromiseBook book;
    private final PromiseChanges changes;
    private final Clock clock;

    OurPromiseController(PromiseBook book, PromiseChanges changes, Clock clock) {
        this.book = book;
        this.changes = changes;
        this.clock = clock;
    }

    /** A partner's evidence for the year is due three months after the year ends (30 June). */
    static LocalDate due(int year) {
        return PromiseBook.evidenceDue(year);
    }

    static String dueText(int year) {
        return due(year).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    /** Where a partner stands with the year's evidence. */
    enum Status {
        SUBMITTED("Submitted"), LATE("Late"), STARTED("Started"), NOT_STARTED("Not started");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static Status status(List<Pledge> pledges, LocalDate today, int year) {
        if (pledges.stream().allMatch(p -> p.evidence() != null)) {
            return Status.SUBMITTED;
        }
        if (today.isAfter(due(year))) {
            return Status.LATE;
        }
        return pledges.stream().anyMatch(p -> p.evidence() != null) ? Status.STARTED : Status.NOT_STARTED;
    }

    @GetMapping("/our-promise")
    String promise(@AuthenticationPrincipal PromiseUser user, Model model) {
        var today = LocalDate.now(clock);
        int year = EvidenceController.reportYear(today);
        boolean partner = !user.can(Permission.BOARD_BUSINESS);
        var pledges = book.pledges(year, partner ? user.username() : null);
        Map<String, List<Pledge>> byPartner = pledges.stream()
                .collect(Collectors.groupingBy(Pledge::partner, LinkedHashMap::new, Collectors.toList()));
        var statuses = new LinkedHashMap<String, Status>();
        byPartner.forEach((name, list) -> statuses.put(name, status(list, today, year)));
        model.addAttribute("commitments", book.commitments());
        model.addAttribute("byCommitment", pledges.stream().collect(Collectors.groupingBy(Pledge::commitmentId)));
        model.addAttribute("statuses", statuses);
        model.addAttribute("partnerView", partner);
        model.addAttribute("yearLabel", (year - 1) + "-" + String.format("%02d", year % 100));
        model.addAttribute("due", due(year));
        var reminded = changes.lastReminded(year);
        var remindedByName = new LinkedHashMap<String, LocalDate>();
        byPartner.forEach((name, list) -> {
            var last = reminded.get(list.get(0).partnerId());
            if (last != null) {
                remindedByName.put(name, last);
            }
        });
        model.addAttribute("reminded", remindedByName);
        model.addAttribute("outstanding", statuses.values().stream().anyMatch(st -> st != Status.SUBMITTED));
        return "ourpromise/our-promise";
    }
}

package org.ourpromise.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.Role;
import org.ourpromise.allocations.MissingWorkers;
import org.ourpromise.casefile.RecordingForms;
import org.ourpromise.caseload.CaseloadLine;
import org.ourpromise.caseload.MyCaseload;
import org.ourpromise.iro.AlertsForHome;
import org.ourpromise.iro.QaAlert;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.worklists.WorkItem;
import org.ourpromise.worklists.Worklists;
import org.springframework.stereotype.Service;

/**
 * Home pages of the people who work with children: social workers, IROs and personal advisers (their own work and
 * children), team managers and the IRO manager (their people's overdue work by name, children without a worker,
 * alerts awaiting an answer). The worklist is computed once per page and every panel reads it.
 */
@Service
class CaseworkHome {

    /** "Due soon" on a home page: the next seven days after today. */
    static final int WEEK = 7;

    private final Worklists worklists;
    private final MyCaseload caseload;
    private final AlertsForHome alerts;
    private final MissingWorkers missing;
    private final StaffDirectory staff;

    CaseworkHome(Worklists worklists, MyCaseload caseload, AlertsForHome alerts, MissingWorkers missing,
            StaffDirectory staff) {
        this.worklists = worklists;
        this.caseload = caseload;
        this.alerts = alerts;
        this.missing = missing;
        this.staff = staff;
    }

    /** Social worker, IRO or personal adviser: overdue, due today, due this week, my children, alerts to me. */
    HomePage caseHolder(PromiseUser user) {
        var today = worklists.day();
        var list = worklists.forHome(user);
        var shown = new TreeSet<String>();
        var panels = new ArrayList<HomePanel>();
        var overdue = list.items().stream().filter(WorkItem::overdue).toList(); // oldest due first (Worklist.ORDER)
        var dueToday = list.items().stream().filter(i -> !i.overdue() && i.item().due().equals(today)).toList();
        var dueWeek = list.items().stream().filter(i -> !i.overdue() && i.item().due().isAfter(today)
                && !i.item().due().isAfter(today.plusDays(WEEK))).toList();
        boolean record = user.can(Permission.RECORD_EVENTS);
        panels.add(items("Overdue", overdue, today, record, shown,
                "Nothing is overdue.", "/worklist", "All your work on the worklist"));
        panels.add(items("Due today", dueToday, today, record, shown, "Nothing is due today.", null, null));
        panels.add(items("Due in the next " + WEEK + " days", dueWeek, today, record, shown,
                "Nothing is due in the next " + WEEK + " days.", "/worklist", "All your work on the worklist"));
        var children = caseload.of(user);
        panels.add(myChildren(children, shown));
        if (user.can(Permission.RESPOND_TO_QA_ALERTS) || user.can(Permission.VIEW_QA_ALERTS)) {
            var mine = user.can(Permission.RESPOND_TO_QA_ALERTS) ? alerts.awaitingMyResponse(user)
                    : alerts.openOnMyList(user);
            panels.add(alertPanel(user.can(Permission.RESPOND_TO_QA_ALERTS) ? "Alerts sent to you"
                    : "Your open alerts", mine, today, shown,
                    user.can(Permission.RESPOND_TO_QA_ALERTS) ? "/iro/alerts/addressed" : "/iro/alerts"));
        }
        String lead = overdue.isEmpty() && dueToday.isEmpty() ? "Nothing is overdue or due today."
                : "First: " + (overdue.isEmpty() ? "nothing is overdue" : Words.count(overdue.size(), "item is",
                "items are") + " overdue") + (dueToday.isEmpty() ? "; nothing else is due today." : " and "
                + Words.count(dueToday.size(), "item is", "items are") + " due today.");
        return new HomePage(lead, List.copyOf(panels), Set.copyOf(shown));
    }

    /** Team manager or IRO manager: their people's overdue work by name, children without a worker, alerts. */
    HomePage manager(PromiseUser user) {
        var today = worklists.day();
        var list = worklists.forHome(user);
        var shown = new TreeSet<String>();
        var panels = new ArrayList<HomePanel>();
        // a team manager answers for their team's workers (and for work nobody holds), not the IROs' or PAs'
        var ours = user.role() == Role.TEAM_MANAGER ? list.items().stream().filter(i -> i.worker().isEmpty()
                || i.team().equals(user.teamId())).toList() : list.items();
        panels.add(overdueByWorker(ours, today, shown));
        if (user.role() == Role.TEAM_MANAGER) {
            var without = missing.today();
            var lines = new ArrayList<HomeLine>();
            for (var c : without.stream().limit(HomePanel.SHOWN).toList()) {
                shown.add(c.childId());
                lines.add(HomeLine.link(c.name(), "/children/" + c.childId() + "/allocations", c.status() + " since "
                        + Words.date(c.since()) + "; needs " + String.join(" and ", c.missing()).toLowerCase(java.util.Locale.UK)));
            }
            panels.add(new HomePanel("Children without a worker", List.copyOf(lines), without.size(),
                    "Every child has the workers they need.", "/allocations", "All children without a worker"));
            panels.add(alertPanel("Alerts awaiting your team's response", alerts.awaitingMyResponse(user), today, shown,
                    "/iro/alerts/addressed"));
        } else {
            panels.add(alertPanel("Open alerts", alerts.openOnMyList(user), today, shown, "/iro/alerts"));
        }
        long overdue = ours.stream().filter(WorkItem::overdue).count();
        String lead = overdue == 0 ? "Nothing is overdue." : "First: " + Words.count(overdue, "item is", "items are")
                + " overdue across the people you manage.";
        return new HomePage(lead, List.copyOf(panels), Set.copyOf(shown));
    }

    private HomePanel items(String heading, List<WorkItem> items, LocalDate today, boolean record, Set<String> shown,
            String empty, @org.jspecify.annotations.Nullable String more,
            @org.jspecify.annotations.Nullable String moreText) {
        var lines = new ArrayList<HomeLine>();
        for (var i : items.stream().limit(HomePanel.SHOWN).toList()) {
            shown.add(i.childId());
            var line = HomeLine.link(i.childName(), "/children/" + i.childId(), i.item().rule().description()
                    + (i.overdue() ? ", due " + Words.date(i.item().due()) : i.item().due().equals(today) ? ""
                    : ", due " + Words.date(i.item().due())));
            if (i.overdue()) {
                line = line.tagged("Overdue by " + Words.count(i.daysOverdue(today), "day", "days"), "red");
            } else if (i.item().due().equals(today)) {
                line = line.tagged("Due today", "orange");
            }
            String form = RecordingForms.linkFor(i.item().rule());
            if (record && form != null) {
                line = line.withAction("Record it", "/children/" + i.childId() + "/record/" + form);
            }
            lines.add(line);
        }
        return new HomePanel(heading, List.copyOf(lines), items.size(), empty, more, moreText);
    }

    private static HomePanel myChildren(List<CaseloadLine> children, Set<String> shown) {
        var lines = new ArrayList<HomeLine>();
        for (var c : children) {
            shown.add(c.childId());
            if (c.status().equals("Restricted")) {
                lines.add(HomeLine.link("Restricted record", "/children/" + c.childId(),
                        "Opening it asks for a reason"));
                continue;
            }
            String next = c.nextDue() == null ? "Nothing due" : "Next: " + c.nextDue().rule().description() + ", due "
                    + Words.date(c.nextDue().due());
            String visit = c.lastVisit() == null ? "no visit recorded" : "last visit " + Words.date(c.lastVisit());
            lines.add(HomeLine.link(c.name(), "/children/" + c.childId(), c.status() + ". " + next + "; " + visit + "."));
        }
        return HomePanel.of("Your children", lines, "No children are allocated to you today.", "/caseload",
                "Your caseload");
    }

    private static HomePanel alertPanel(String heading, List<QaAlert> list, LocalDate today, Set<String> shown,
            String more) {
        var lines = new ArrayList<HomeLine>();
        for (var a : list.stream().limit(HomePanel.SHOWN).toList()) {
            shown.add(a.childId());
            var line = HomeLine.link(a.childName() + ": " + a.category(), "/iro/alerts/" + a.id(), "Raised by "
                    + a.raisedByName() + " on " + Words.date(a.raised()) + (a.responseDue() == null ? ""
                    : "; response due " + Words.date(a.responseDue())));
            lines.add(a.isResponseOverdue(today) ? line.tagged("Response overdue", "red") : line);
        }
        return new HomePanel(heading, List.copyOf(lines), list.size(), "No open alerts.", more, "All alerts");
    }

    /** Each person's overdue items, most first, by name and role; "Not allocated" for items nobody holds. */
    private HomePanel overdueByWorker(List<WorkItem> items, LocalDate today, Set<String> shown) {
        var byWorker = new LinkedHashMap<String, List<WorkItem>>();
        items.stream().filter(WorkItem::overdue)
                .forEach(i -> byWorker.computeIfAbsent(i.worker(), k -> new ArrayList<>()).add(i));
        var people = new java.util.HashMap<String, StaffMember>();
        staff.all().forEach(m -> people.put(m.workerId(), m));
        var lines = new ArrayList<HomeLine>();
        byWorker.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(e -> {
                    var member = people.get(e.getKey());
                    String who = e.getKey().isEmpty() ? "Not allocated" : member == null ? "Worker not in the staff directory"
                            : member.name() + ", " + member.role().label().toLowerCase(java.util.Locale.UK);
                    var oldest = e.getValue().get(0); // Worklist.ORDER: overdue, oldest due first
                    shown.add(oldest.childId());
                    String hint = Words.count(e.getValue().size(), "item", "items") + " overdue. The oldest: "
                            + oldest.childName() + ", " + oldest.item().rule().description() + ", overdue by "
                            + Words.count(oldest.daysOverdue(today), "day", "days") + ".";
                    lines.add(e.getKey().isEmpty() ? HomeLine.plain(who, hint)
                            : HomeLine.link(who, "/worklist?worker=" + e.getKey(), hint));
                });
        return HomePanel.of("Overdue work by person", lines, "Nothing is overdue.", "/worklist", "The whole worklist");
    }
}

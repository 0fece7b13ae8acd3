package org.ourpromise.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ourpromise.voice.YouSaidWeDid;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.benchmarks.OffTarget;
import org.ourpromise.board.BoardAction;
import org.ourpromise.board.BoardBook;
import org.ourpromise.board.Meeting;
import org.ourpromise.complaints.StagesDue;
import org.ourpromise.dataquality.DataQuality;
import org.ourpromise.reports.RagStatus;
import org.ourpromise.worklists.Worklists;
import org.springframework.stereotype.Service;

/**
 * Home pages of the people who work with figures, the board, complaints and accounts rather than a caseload:
 * the performance officer, board member, complaints officer and administrator (the Virtual School Head, the nurse
 * and a partner are {@link ServicesHome}).
 */
@Service
class OfficeHome {

    private final DataQuality quality;
    private final OffTarget offTarget;
    private final BoardBook board;
    private final StagesDue stages;
    private final UserAccounts accounts;
    private final Worklists worklists;
    private final Clock clock;

    private final YouSaidWeDid ledger;

    OfficeHome(DataQuality quality, OffTarget offTarget, BoardBook board, StagesDue stages, UserAccounts accounts,
            Worklists worklists, YouSaidWeDid ledger, Clock clock) {
        this.ledger = ledger;
        this.quality = quality;
        this.offTarget = offTarget;
        this.board = board;
        this.stages = stages;
        this.accounts = accounts;
        this.worklists = worklists;
        this.clock = clock;
    }

    /** Data-quality failures to fix (most first) and the figures that miss their targets. */
    HomePage performance() {
        var dq = quality.today();
        var failures = new ArrayList<HomeLine>();
        for (var r : dq.rules()) {
            failures.add(HomeLine.link(r.message(), "/data-quality/" + r.rule(),
                    Words.count(r.children().size(), "child", "children") + " to put right"));
        }
        var year = offTarget.latestCompleteYear();
        var figures = new ArrayList<HomeLine>();
        for (var f : year.figures()) {
            var line = HomeLine.link(f.label(), "/targets/" + f.key() + "?year=" + year.year(), "Figure " + f.figure()
                    + "; target " + f.target());
            figures.add(f.status() == RagStatus.RED ? line.tagged("Off target", "red")
                    : line.tagged("Within tolerance", "yellow"));
        }
        var panels = List.of(
                HomePanel.of("Data-quality failures to fix in " + dq.yearLabel(), failures,
                        "The return passes every check that could run.", "/data-quality", "All data-quality checks"),
                HomePanel.of("Figures off target in " + year.label(), figures,
                        year.targets() == 0 ? "No targets are set for " + year.label() + ": set them on the targets page."
                                : "Every figure with a target meets it.",
                        "/targets?year=" + year.year(), "All figures and targets"));
        String lead = "First: " + Words.count(dq.rules().size(), "data-quality check fails", "data-quality checks fail")
                + (year.targets() == 0 ? "; no targets are set for " + year.label() + "." : " and "
                + Words.count(year.figures().size(), "figure misses its target", "figures miss their targets") + ".");
        return new HomePage(lead, panels, Set.of());
    }

    /** The latest board pack, the board's open actions (overdue first) and its next meeting. */
    HomePage board() {
        var today = LocalDate.now(clock);
        var pack = List.of(HomeLine.link("The latest board pack", "/board-pack",
                "The figures for the board, with the record's own counts"),
                HomeLine.link("The latest board pack as PDF", "/board-pack.pdf", null));
        var open = board.actions().stream().filter(a -> !a.status().closed())
                .sorted(Comparator.comparing(BoardAction::dueOn)).toList();
        var actions = new ArrayList<HomeLine>();
        for (var a : open) {
            var line = HomeLine.link(a.description(), "/board/actions/" + a.id(), a.owner() + "; due "
                    + Words.date(a.dueOn()) + "; " + a.status().label().toLowerCase(java.util.Locale.UK));
            actions.add(a.overdueOn(today) ? line.tagged("Overdue", "red") : line);
        }
        var meetings = board.meetings();
        var next = meetings.stream().filter(m -> !m.heldOn().isBefore(today)).min(Comparator.comparing(Meeting::heldOn));
        var meetingLines = new ArrayList<HomeLine>();
        next.ifPresent(m -> meetingLines.add(HomeLine.link(m.title(), "/board/meetings/" + m.id(),
                m.heldOn().equals(today) ? "Today" : "In " + Words.count(
                        java.time.temporal.ChronoUnit.DAYS.between(today, m.heldOn()), "day", "days"))));
        meetings.stream().filter(m -> m.heldOn().isBefore(today)).findFirst().ifPresent(m -> meetingLines.add(
                HomeLine.link("Last meeting: " + m.title(), "/board/meetings/" + m.id(), "Its minutes and actions")));
        var panels = List.of(new HomePanel("The latest board pack", pack, pack.size(), "", null, null),
                HomePanel.of("Open actions", actions, "The board has no open actions.", "/board/actions",
                        "All the board's actions"),
                new HomePanel("Next meeting", List.copyOf(meetingLines), meetingLines.size(),
                        "No meeting is booked.", "/board/meetings", "All meetings"));
        long overdue = open.stream().filter(a -> a.overdueOn(today)).count();
        String lead = "The board has " + Words.count(open.size(), "open action", "open actions")
                + (overdue == 0 ? "" : ", " + overdue + " overdue") + next.map(m -> "; it next meets on "
                + Words.date(m.heldOn())).orElse("") + ".";
        return new HomePage(lead, panels, Set.of());
    }

    /** Every complaint's open stage deadlines, overdue first. */
    HomePage complaints() {
        var today = stages.today();
        var open = stages.open();
        var shown = new TreeSet<String>();
        var lines = new ArrayList<HomeLine>();
        for (var l : open.stream().limit(HomePanel.SHOWN).toList()) {
            var c = l.complaint();
            shown.add(c.childId());
            var line = HomeLine.link(c.childName() + ", complaint " + c.reference(), "/complaints/" + c.reference(),
                    l.item().rule().description() + ", due " + Words.date(l.item().due()));
            lines.add(l.overdue() ? line.tagged("Overdue by " + Words.count(l.daysOverdue(today), "day", "days"), "red")
                    : l.item().due().equals(today) ? line.tagged("Due today", "orange") : line);
        }
        long overdue = open.stream().filter(l -> l.overdue()).count();
        var panel = new HomePanel("Complaint stages due", List.copyOf(lines), open.size(),
                "No complaint has a stage open.", "/complaints", "All complaints and their stages");
        String lead = open.isEmpty() ? "No complaint has a stage open." : overdue == 0
                ? "Nothing is overdue: " + Words.count(open.size(), "stage is", "stages are") + " open."
                : "First: " + Words.count(overdue, "stage is", "stages are") + " overdue, of " + open.size() + " open.";
        return new HomePage(lead, List.of(panel), Set.copyOf(shown));
    }

    /** The accounts (active first) and the council's reasons for lateness. */
    HomePage admin() {
        var holders = accounts.holders();
        var lines = new ArrayList<HomeLine>();
        for (var h : holders) {
            lines.add(HomeLine.link(h.name(), "/admin/users/" + h.username(), h.role().label()
                    + (h.active() ? "" : "; deactivated")));
        }
        var reasons = new ArrayList<HomeLine>();
        worklists.reasons().forEach(r -> reasons.add(HomeLine.plain(r.label(), null)));
        long active = holders.stream().filter(UserAccounts.Holder::active).count();
        var panels = List.of(
                HomePanel.of("Accounts", lines, "There are no accounts.", "/admin/users", "Manage accounts"),
                HomePanel.of("Reasons for lateness", reasons, "The council has no reasons for lateness yet.",
                        "/admin/lateness-reasons", "Change the reasons"));
        return new HomePage(Words.count(active, "account is", "accounts are") + " active, "
                + (holders.size() - active) + " deactivated.", panels, Set.of());
    }

    /** The participation officer: "you said, we did" points still open, oldest first, then their rooms. */
    HomePage participation() {
        var open = ledger.items().stream().filter(YouSaidWeDid.Item::open)
                .sorted(java.util.Comparator.comparing(YouSaidWeDid.Item::raisedOn)).toList();
        var points = open.stream().limit(10).map(i -> HomeLine.link(i.said(), "/voice/you-said-we-did",
                "Raised " + Words.date(i.raisedOn()) + " by " + i.raisedBy() + "; owner " + i.owner())).toList();
        var rooms = List.of(
                HomeLine.link("Participation groups and their sessions", "/voice", "Children in Care Council, SYPAC and others"),
                HomeLine.link("Consultations and surveys", "/voice/consultations", null),
                HomeLine.link("Awards and celebrations", "/voice/awards", null),
                HomeLine.link("Advocacy requests", "/voice/advocacy", null),
                HomeLine.link("Independent visitors and the waiting list", "/voice/independent-visitors", null));
        return new HomePage("What to do first:", List.of(
                new HomePanel("You said, we did: points still open", points, open.size(),
                        "Every point the young people raised has been answered.", "/voice/you-said-we-did",
                        "All of the ledger"),
                new HomePanel("Participation", rooms, rooms.size(), "", null, null)), Set.of());
    }
}

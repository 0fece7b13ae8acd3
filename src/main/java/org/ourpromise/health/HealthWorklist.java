package org.ourpromise.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.reviews.ReviewsHeld;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The looked-after children's nurse's work: each looked-after child's open health deadlines (initial and review
 * health assessments, dental checks, SDQ), from the same deadline engine as the social worker's worklist, read
 * from the health record and what it needs of care and reviews only; and the health summaries due before the 18th
 * birthday ({@link SummaryDue}). The nurse's page and home page both count from here.
 */
@Service
public class HealthWorklist {

    static final Set<DeadlineRule> HEALTH_RULES = EnumSet.of(DeadlineRule.IHA_REFERRAL, DeadlineRule.IHA,
            DeadlineRule.RHA_UNDER_5, DeadlineRule.RHA_5_PLUS, DeadlineRule.DENTAL, DeadlineRule.SDQ);

    /** An open health deadline of a child looked after today. */
    public record Line(String childId, String name, DueItem item) {
        public boolean overdue() {
            return item.status() == DueStatus.OVERDUE;
        }
    }

    private final ChildRegister children;
    private final CareEpisodes care;
    private final ReviewsHeld reviews;
    private final HealthEventRepository health;
    private final ChildHealthRepository services;
    private final TimescaleSettings settings;
    private final Clock clock;
    private final DeadlineEngine engine = DeadlineEngine.englandAndWales();

    HealthWorklist(ChildRegister children, CareEpisodes care, ReviewsHeld reviews,
            HealthEventRepository health, ChildHealthRepository services, TimescaleSettings settings, Clock clock) {
        this.children = children;
        this.care = care;
        this.reviews = reviews;
        this.health = health;
        this.services = services;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every open health deadline of the children looked after today, the earliest first. */
    @Transactional(readOnly = true)
    public List<Line> open() {
        var today = today();
        var register = children.children(null);
        var held = reviews.byChild(null);
        var events = health.events(null);
        var lines = new ArrayList<Line>();
        care.byChild(null).forEach((id, episodes) -> {
            if (episodes.stream().noneMatch(e -> e.isOpenAt(today) && !e.isShortBreak())) {
                return;
            }
            var child = register.get(id);
            var record = new ChildRecord(id, child.identity(), child.uascUntil(), episodes,
                    held.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()), List.of(), List.of(),
                    List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of());
            engine.dueItems(record, today, settings).stream()
                    .filter(d -> HEALTH_RULES.contains(d.rule()) && !d.status().isDone())
                    .forEach(d -> lines.add(new Line(id, child.identity().givenName() + " "
                            + child.identity().familyName(), d)));
        });
        lines.sort(Comparator.comparing((Line l) -> l.item().due()).thenComparing(Line::name));
        return lines;
    }

    /** The health summaries due before the 18th birthday of the young people looked after today, the earliest first. */
    @Transactional(readOnly = true)
    public List<SummaryDue> summariesDue() {
        var today = today();
        var register = children.children(null);
        var summaries = services.summaries(null);
        var due = new ArrayList<SummaryDue>();
        care.byChild(null).forEach((id, episodes) -> {
            var child = register.get(id);
            if (child != null) {
                var who = child.identity();
                SummaryDue.of(id, who.givenName() + " " + who.familyName(), who.dateOfBirth(),
                        HealthServiceData.lookedAfterOn(episodes, today), summaries.getOrDefault(id, List.of()), today)
                        .ifPresent(due::add);
            }
        });
        due.sort(Comparator.comparing((SummaryDue s) -> s.dueBy()).thenComparing(SummaryDue::name));
        return due;
    }
}

package org.ourpromise.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.missing.MissingEpisodes;
import org.ourpromise.record.MissingEpisode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children at risk on a day: anyone whose latest CSE or CCE assessment is above none, who is on a high-risk
 * panel, or who has gone missing repeatedly (the council's threshold). The caller audits what is shown.
 */
@Service
public class ChildrenAtRisk {

    /** One child at risk: their latest levels, panels, missing episodes in the window and the last missing panel. */
    public record Row(String childId, String name, RiskRegister.@Nullable Assessment sexual,
            RiskRegister.@Nullable Assessment criminal, List<String> panels, long missingInWindow, boolean repeatMissing,
            @Nullable LocalDate lastMissingPanel) {

        public boolean high() {
            return (sexual != null && sexual.level() == RiskLevel.HIGH)
                    || (criminal != null && criminal.level() == RiskLevel.HIGH);
        }

        /** A child missing repeatedly with no missing panel review since the window began. */
        public boolean missingPanelDue(LocalDate windowStart) {
            return repeatMissing && (lastMissingPanel == null || lastMissingPanel.isBefore(windowStart));
        }
    }

    private final RiskRegister register;
    private final ChildRegister children;
    private final MissingEpisodes missing;
    private final Clock clock;
    private final RepeatMissing threshold;

    ChildrenAtRisk(RiskRegister register, ChildRegister children, MissingEpisodes missing, Clock clock,
            @Value("${promise.risk.repeat-missing-episodes:3}") int episodes,
            @Value("${promise.risk.repeat-missing-days:90}") int days) {
        this.register = register;
        this.children = children;
        this.missing = missing;
        this.clock = clock;
        this.threshold = new RepeatMissing(episodes, days);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RepeatMissing threshold() {
        return threshold;
    }

    /** High risk first, then repeat missing, then by name. */
    @Transactional(readOnly = true)
    public List<Row> on(LocalDate day, Optional<Set<String>> visible) {
        var assessments = register.assessments(null);
        var memberships = register.memberships(null);
        var episodes = missing.byChild(null);
        var reviews = register.lastMissingPanelReview();
        var rows = new ArrayList<Row>();
        children.children(null).forEach((id, child) -> {
            if (visible.isPresent() && !visible.get().contains(id)) {
                return;
            }
            var mine = assessments.getOrDefault(id, List.of()).stream().filter(a -> !a.assessedOn().isAfter(day)).toList();
            var sexual = latest(mine, "CSE");
            var criminal = latest(mine, "CCE");
            var panels = memberships.getOrDefault(id, List.of()).stream().filter(m -> m.isCurrentOn(day))
                    .map(RiskRegister.Membership::panel).distinct().toList();
            List<MissingEpisode> gone = episodes.getOrDefault(id, List.of());
            long count = threshold.count(gone, day);
            boolean repeat = count >= threshold.episodes();
            boolean atRisk = above(sexual) || above(criminal) || !panels.isEmpty() || repeat;
            if (atRisk) {
                rows.add(new Row(id, child.identity().givenName() + " " + child.identity().familyName(), sexual,
                        criminal, panels, count, repeat, reviews.get(id)));
            }
        });
        rows.sort(Comparator.comparing((Row r) -> !r.high()).thenComparing(r -> !r.repeatMissing())
                .thenComparing(Row::name).thenComparing(Row::childId));
        return rows;
    }

    /** Whether the child is missing repeatedly on the day with no missing panel review since the window began. */
    @Transactional(readOnly = true)
    public boolean missingPanelDue(String childId, LocalDate day) {
        var gone = missing.byChild(childId).getOrDefault(childId, List.of()).stream()
                .filter(e -> !e.started().isAfter(day)).toList();
        return threshold.panelDue(gone, register.lastMissingPanelReview().get(childId), day);
    }

    private static boolean above(RiskRegister.@Nullable Assessment a) {
        return a != null && a.level() != RiskLevel.NONE;
    }

    private static RiskRegister.@Nullable Assessment latest(List<RiskRegister.Assessment> in, String kind) {
        RiskRegister.Assessment last = null;
        for (var a : in) {
            if (a.kind().equals(kind)) {
                last = a;
            }
        }
        return last;
    }
}

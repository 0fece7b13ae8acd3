package org.ourpromise.iro;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A quality assurance alert as the record holds it: what the IRO saw and asked, to whom it went, where it is, its
 * escalation stages and every step so far, oldest first. {@code formalWorkingDays} is the time the formal stages
 * have taken so far (to the day it closed, or the day it was read), null when it never went formal.
 */
public record QaAlert(long id, String childId, String childName, AlertKind kind, boolean formal, int categoryId,
        String category, String team, @Nullable String workerId, String seen, @Nullable String asked,
        LocalDate raised, @Nullable LocalDate responseDue, String raisedBy, String raisedByName, AlertStatus status,
        @Nullable LocalDate closed, @Nullable LocalDate cafcassReferred, @Nullable String cafcassOutcome, int version,
        List<Stage> stages, List<Step> steps, @Nullable Integer formalWorkingDays, int formalLimit) {

    public QaAlert {
        stages = List.copyOf(stages);
        steps = List.copyOf(steps);
    }

    /** One stage of the escalation: who owns it, when it is due, and (once answered) the response and outcome. */
    public record Stage(long id, EscalationStage stage, String name, LocalDate started, LocalDate due, String owner,
            @Nullable String response, @Nullable StageOutcome outcome, @Nullable LocalDate ended) {

        public boolean isOpen() {
            return outcome == null;
        }

        public boolean isOverdue(LocalDate today) {
            return isOpen() ? due.isBefore(today) : ended != null && ended.isAfter(due);
        }
    }

    /** A dated, signed step in the alert's life. */
    public record Step(LocalDate on, LocalDateTime at, String username, String step, @Nullable String detail) {
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The stage it is at now (the last one started), if it was ever escalated. */
    public Optional<Stage> currentStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** A concern whose response is due before today and has not come (escalated ones are timed by their stage). */
    public boolean isResponseOverdue(LocalDate today) {
        return status == AlertStatus.AWAITING_RESPONSE && responseDue != null && responseDue.isBefore(today);
    }

    /** The formal stages together have taken longer than the council's limit. */
    public boolean isOverFormalLimit() {
        return formalWorkingDays != null && formalWorkingDays > formalLimit;
    }

    /** The stages still open to an IRO escalating it now: any stage after the current one (stages may be skipped). */
    public List<EscalationStage> stagesAvailable() {
        int after = currentStage().map(s -> s.stage().ordinal()).orElse(-1);
        return java.util.Arrays.stream(EscalationStage.values()).filter(s -> s.ordinal() > after).toList();
    }
}

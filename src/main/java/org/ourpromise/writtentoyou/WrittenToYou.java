package org.ourpromise.writtentoyou;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was written to a child about their visits, plans and reviews, and what they said, in their words. The
 * recording forms of the care and reviews rooms save it here in their own transaction (and audit the change);
 * pages written to the young person read it here. The caller checks access and audits the view.
 */
@Service
public class WrittenToYou {

    /** What the words are about. */
    public enum About {
        VISIT("Visit"), PLAN("Plan"), REVIEW("Review");

        private final String words;

        About(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One visit's, plan's or review's words.
     *
     * @param planKind the plan's kind (a {@code record.PlanEvent.Kind} name), blank for visits and reviews
     */
    public record Entry(String childId, About about, LocalDate date, String planKind, ChildsWords words, int version,
            String recordedBy, LocalDateTime updatedAt) {
    }

    private final WrittenToYouRepository repository;
    private final Clock clock;

    WrittenToYou(WrittenToYouRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every entry of the child's, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(String childId) {
        return repository.of(childId);
    }

    /** The child's entries about one kind of event (their plans, visits or reviews), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(String childId, About about) {
        return repository.of(childId).stream().filter(e -> e.about() == about).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(String childId, About about, LocalDate date, @Nullable String planKind) {
        return repository.of(childId).stream().filter(e -> e.about() == about && e.date().equals(date)
                && e.planKind().equals(planKind == null ? "" : planKind)).findFirst();
    }

    /** Saves the words of an event just recorded (nothing when both parts are blank), replacing any kept before. */
    @Transactional
    public void save(String childId, About about, LocalDate date, @Nullable String planKind, ChildsWords words,
            String username) {
        if (words.isEmpty()) {
            return;
        }
        repository.upsert(childId, about, date, planKind == null ? "" : planKind, words, username,
                LocalDateTime.now(clock));
    }

    static Entry row(ResultSet rs) throws SQLException {
        return new Entry(rs.getString(1), About.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                rs.getString(4), new ChildsWords(rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getString(8),
                rs.getTimestamp(9).toLocalDateTime());
    }
}

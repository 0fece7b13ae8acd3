package org.ourpromise.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Consultations and surveys: their questions (each with its choices), who was asked, and the answers, which are
 * anonymous by design: an answer row holds the choice made and nothing about who made it.
 */
@Repository
public class Consultations {

    public record Consultation(long id, String title, String asked, LocalDate openedOn, @Nullable LocalDate closedOn,
            int responses) {
    }

    /** A question with how many chose each of its choices, in the order the choices were written. */
    public record Question(long id, int position, String text, Map<String, Integer> counts) {

        int answered() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The choice most chose and its share, as a sentence to start a "you said" item from. */
        String summary() {
            var top = counts.entrySet().stream().max(Map.Entry.comparingByValue());
            if (top.isEmpty() || answered() == 0) {
                return text;
            }
            return text + " " + top.get().getValue() + " of " + answered() + " said: " + top.get().getKey() + ".";
        }
    }

    private final JdbcTemplate jdbc;

    Consultations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first, each with its number of responses: the most answers any one of its questions had. */
    List<Consultation> all() {
        var responses = new java.util.HashMap<Long, Integer>();
        jdbc.query("select q.consultation_id, count(*) from voice_answer a join voice_question q on q.id = a.question_id "
                + "group by q.consultation_id, q.id", rs -> {
                    long id = rs.getLong(1);
                    int n = rs.getInt(2);
                    responses.merge(id, n, Math::max);
                });
        return jdbc.query("select id, title, asked, opened_on, closed_on from voice_consultation "
                + "order by opened_on desc, id desc", (rs, n) -> {
                    var closed = rs.getDate(5);
                    return new Consultation(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), closed == null ? null : closed.toLocalDate(),
                            responses.getOrDefault(rs.getLong(1), 0));
                });
    }

    Optional<Consultation> find(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    List<Question> questions(long consultationId) {
        var out = new ArrayList<Question>();
        jdbc.query("select id, position, text, choices from voice_question where consultation_id = ? order by position",
                rs -> {
                    var counts = new LinkedHashMap<String, Integer>();
                    for (var choice : rs.getString(4).split("\\|")) {
                        counts.put(choice, 0);
                    }
                    out.add(new Question(rs.getLong(1), rs.getInt(2), rs.getString(3), counts));
                }, consultationId);
        for (var q : out) {
            jdbc.query("select choice, count(*) from voice_answer where question_id = ? group by choice",
                    rs -> {
                        String choice = rs.getString(1);
                        int n = rs.getInt(2);
                        q.counts().computeIfPresent(choice, (k, v) -> v + n);
                    }, q.id());
        }
        return out;
    }

    /** Adds a consultation with its questions (text, then choices); gives its id. */
    public long add(String title, String asked, LocalDate openedOn, @Nullable LocalDate closedOn,
            Map<String, List<String>> questions) {
        jdbc.update("insert into voice_consultation (title, asked, opened_on, closed_on) values (?,?,?,?)", title,
                asked, Date.valueOf(openedOn), closedOn == null ? null : Date.valueOf(closedOn));
        Long id = jdbc.queryForObject("select max(id) from voice_consultation", Long.class);
        int position = 1;
        for (var q : questions.entrySet()) {
            jdbc.update("insert into voice_question (consultation_id, position, text, choices) values (?,?,?,?)", id,
                    position++, q.getKey(), String.join("|", q.getValue()));
        }
        return id == null ? 0 : id;
    }

    /** One anonymous response: the choice made for each question answered (question id to choice). */
    public void addResponse(Map<Long, String> choices) {
        choices.forEach((question, choice) -> jdbc.update(
                "insert into voice_answer (question_id, choice) values (?,?)", question, choice));
    }

    /** The questions' ids in order, for demo data filling in responses. */
    public List<Long> questionIds(long consultationId) {
        return jdbc.queryForList("select id from voice_question where consultation_id = ? order by position",
                Long.class, consultationId);
    }
}

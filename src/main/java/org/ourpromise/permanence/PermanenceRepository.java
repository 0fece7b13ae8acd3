package org.ourpromise.permanence;

import static org.ourpromise.children.ChildRows.date;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.PreviousPermanence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Adoption decisions and orders, previous permanence and DoL orders. A null child id reads everyone's. */
@Repository
class PermanenceRepository {

    private final JdbcTemplate jdbc;

    PermanenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<AdoptionDecision>> adoptionDecisions(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "adoption_decision", "decided, adoption_decision_id", childId, (rs, n) ->
                new AdoptionDecision(date(rs, "decided"), date(rs, "reversed"), rs.getString("reversal_reason")));
    }

    Map<String, AdoptionOrder> adoptionOrders(@Nullable String childId) {
        return single(ChildRows.byChild(jdbc, "adoption_order", "child_id", childId, (rs, n) ->
                new AdoptionOrder(date(rs, "decision"), date(rs, "matched"), rs.getBoolean("by_foster_carers"),
                        rs.getString("number_of_adopters"), rs.getString("sex_of_adopters"),
                        rs.getString("legal_status_of_adopters"))));
    }

    Map<String, PreviousPermanence> previousPermanence(@Nullable String childId) {
        return single(ChildRows.byChild(jdbc, "previous_permanence", "child_id", childId, (rs, n) ->
                new PreviousPermanence(rs.getString("permanence_option"), rs.getString("local_authority"),
                        rs.getString("date_text"))));
    }

    Map<String, List<DeprivationOfLiberty>> deprivationOfLiberty(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "deprivation_of_liberty", "started, dolo_id", childId, (rs, n) ->
                new DeprivationOfLiberty(date(rs, "started"), date(rs, "ended")));
    }

    void insertAdoptionDecisions(Map<String, List<AdoptionDecision>> byChild) {
        jdbc.batchUpdate("insert into adoption_decision (child_id, decided, reversed, reversal_reason) values (?,?,?,?)",
                ChildRows.batch(byChild, (id, d) -> new Object[] {id, d.decided(), d.reversed(), d.reversalReason()}));
    }

    void insertAdoptionOrders(Map<String, AdoptionOrder> byChild) {
        jdbc.batchUpdate("insert into adoption_order (child_id, decision, matched, by_foster_carers, number_of_adopters,"
                + " sex_of_adopters, legal_status_of_adopters) values (?,?,?,?,?,?,?)", byChild.entrySet().stream()
                .map(e -> new Object[] {e.getKey(), e.getValue().decision(), e.getValue().matched(),
                    e.getValue().byFosterCarers(), e.getValue().numberOfAdopters(), e.getValue().sexOfAdopters(),
                    e.getValue().legalStatusOfAdopters()}).toList());
    }

    void insertPreviousPermanence(Map<String, PreviousPermanence> byChild) {
        jdbc.batchUpdate("insert into previous_permanence (child_id, permanence_option, local_authority, date_text)"
                + " values (?,?,?,?)", byChild.entrySet().stream().map(e -> new Object[] {e.getKey(),
                    e.getValue().option(), e.getValue().localAuthority(), e.getValue().date()}).toList());
    }

    /** Ends held open orders (import-903 of a later year): child id and start to the end date. */
    void endDeprivationOfLiberty(List<Object[]> childStartEnd) {
        jdbc.batchUpdate("update deprivation_of_liberty set ended = ? where child_id = ? and started = ? and ended is null",
                childStartEnd.stream().map(r -> new Object[] {r[2], r[0], r[1]}).toList());
    }

    void insertDeprivationOfLiberty(Map<String, List<DeprivationOfLiberty>> byChild) {
        jdbc.batchUpdate("insert into deprivation_of_liberty (child_id, started, ended) values (?,?,?)",
                ChildRows.batch(byChild, (id, d) -> new Object[] {id, d.started(), d.ended()}));
    }

    private static <T> Map<String, T> single(Map<String, List<T>> byChild) {
        var map = new HashMap<String, T>();
        byChild.forEach((k, v) -> map.put(k, v.get(0)));
        return map;
    }
}

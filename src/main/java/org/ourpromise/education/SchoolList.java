package org.ourpromise.education;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The council's reference list of schools and their Ofsted inspections. */
@Repository
public class SchoolList {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SchoolList(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<School> find(String urn) {
        return jdbc.query("select * from school where urn = ?", SchoolList::school, urn).stream().findFirst();
    }

    /** Every school by URN, in name order. */
    public Map<String, School> all() {
        var map = new LinkedHashMap<String, School>();
        jdbc.query("select * from school order by name, urn", rs -> {
            var s = school(rs, 0);
            map.put(s.urn(), s);
        });
        return map;
    }

    /** Each school's most recent inspection, by URN. */
    public Map<String, Inspection> latestInspections() {
        var map = new HashMap<String, Inspection>();
        jdbc.query("select * from ofsted_inspection order by urn, inspection_date", rs -> {
            var i = inspection(rs);
            map.put(i.urn(), i);
        });
        return map;
    }

    public List<Inspection> inspections(String urn) {
        return jdbc.query("select * from ofsted_inspection where urn = ? order by inspection_date desc",
                (rs, n) -> inspection(rs), urn);
    }

    /** Adds a school recorded from a child's form when it is not on the list yet. */
    @Transactional
    public void addIfAbsent(School school) {
        if (find(school.urn()).isEmpty()) {
            jdbc.update("insert into school (urn, name, phase, local_authority) values (?,?,?,?)", school.urn(),
                    school.name(), school.phase(), school.localAuthority());
        }
    }

    /**
     * Stores a whole Ofsted file: its schools' details as the file gives them, and its inspections (an inspection
     * already stored for the same school and date is replaced by the file's). Gives how many inspections were new.
     */
    @Transactional
    public int store(OfstedFile file, String importedFrom) {
        for (var s : file.schools()) {
            int n = jdbc.update("update school set name = ?, phase = ?, local_authority = ?, version = version + 1 "
                    + "where urn = ?", s.name(), s.phase(), s.localAuthority(), s.urn());
            if (n == 0) {
                jdbc.update("insert into school (urn, name, phase, local_authority) values (?,?,?,?)", s.urn(), s.name(),
                        s.phase(), s.localAuthority());
            }
        }
        int added = 0;
        var now = LocalDateTime.now(clock);
        for (var i : file.inspections()) {
            int removed = jdbc.update("delete from ofsted_inspection where urn = ? and inspection_date = ?", i.urn(),
                    i.date());
            added += removed == 0 ? 1 : 0;
            jdbc.update("insert into ofsted_inspection (urn, inspection_date, overall_effectiveness, quality_of_education,"
                    + " behaviour_attitudes, personal_development, leadership_management, imported_from, imported_at)"
                    + " values (?,?,?,?,?,?,?,?,?)", i.urn(), i.date(), i.overallEffectiveness(),
                    i.qualityOfEducation(), i.behaviourAndAttitudes(), i.personalDevelopment(),
                    i.leadershipAndManagement(), importedFrom, now);
        }
        return added;
    }

    /** Adds schools and their inspections in bulk (demo data); the caller gives each inspection once. */
    @Transactional
    public void addAll(List<School> schools, List<Inspection> inspections, String source) {
        store(new OfstedFile(schools, inspections), source);
    }

    private static School school(ResultSet rs, int n) throws SQLException {
        return new School(rs.getString("urn"), rs.getString("name"), rs.getString("phase"),
                rs.getString("local_authority"));
    }

    private static Inspection inspection(ResultSet rs) throws SQLException {
        return new Inspection(rs.getString("urn"), rs.getObject("inspection_date", java.time.LocalDate.class),
                rs.getString("overall_effectiveness"), rs.getString("quality_of_education"),
                rs.getString("behaviour_attitudes"), rs.getString("personal_development"),
                rs.getString("leadership_management"));
    }
}

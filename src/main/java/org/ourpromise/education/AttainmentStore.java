package org.ourpromise.education;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Children's results by key stage and school year. */
@Repository
public class AttainmentStore {

    private final JdbcTemplate jdbc;

    AttainmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores results, each replacing any stored for the same child, year and key stage; gives how many it replaced. */
    @Transactional
    public int store(List<Result> results, String importedFrom) {
        int replaced = 0;
        for (var r : results) {
            replaced += jdbc.update("delete from attainment where child_id = ? and school_year = ? and key_stage = ?",
                    r.childId(), r.schoolYear(), r.keyStage().name());
            jdbc.update("insert into attainment (child_id, school_year, key_stage, good_level, expected_rwm, attainment8, "
                    + "progress8, english_maths_94, english_maths_95, imported_from) values (?,?,?,?,?,?,?,?,?,?)",
                    r.childId(), r.schoolYear(), r.keyStage().name(), r.goodLevel(), r.expectedRwm(), r.attainment8(),
                    r.progress8(), r.englishMaths94(), r.englishMaths95(), importedFrom);
        }
        return replaced;
    }

    public List<Result> results(String childId) {
        return jdbc.query("select * from attainment where child_id = ? order by school_year, key_stage", ROW, childId);
    }

    /** Everyone's results of the school year starting in {@code schoolYear}. */
    public List<Result> results(int schoolYear) {
        return jdbc.query("select * from attainment where school_year = ? order by child_id, key_stage", ROW,
                schoolYear);
    }

    private static final org.springframework.jdbc.core.RowMapper<Result> ROW = (rs, n) ->
            new Result(rs.getString("child_id"), rs.getInt("school_year"),
                    Result.KeyStage.valueOf(rs.getString("key_stage")), (Boolean) rs.getObject("good_level"),
                    (Boolean) rs.getObject("expected_rwm"), rs.getBigDecimal("attainment8"),
                    rs.getBigDecimal("progress8"), (Boolean) rs.getObject("english_maths_94"),
                    (Boolean) rs.getObject("english_maths_95"));
}

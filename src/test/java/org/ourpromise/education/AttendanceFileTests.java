package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two attendance shapes, read by their header; every bad line named, nothing read when any is bad. */
class AttendanceFileTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static AttendanceFile.Read read(String text) {
        return AttendanceFile.read(new StringReader(text), "att.csv", TODAY, Set.of("C1001", "C1002")::contains);
    }

    @Test
    void dailyMarksAreSessionsWithTheDfECodes() {
        var read = read("Child ID,Date,Session,Mark\n"
                + "C1001,02/11/2026,AM,/\n"
                + "C1001,02/11/2026,PM,\\\n"
                + "C1001,03/11/2026,AM,L\n"
                + "C1001,03/11/2026,PM,I\n"
                + "C1001,04/11/2026,AM,Y1\n");
        assertThat(read.problems()).isEmpty();
        var rows = read.file().rows();
        assertThat(rows).extracting(AttendanceFile.Row::possible).containsExactly(1, 1, 1, 1, 0);
        assertThat(rows).extracting(r -> r.attended().intValue()).containsExactly(1, 1, 1, 0, 0);
    }

    @Test
    void weeklyPercentagesBecomeWholeSessions() {
        var read = read("Child ID,Week beginning,Possible sessions,Attendance %\n"
                + "C1002,02/11/2026,10,90\n"
                + "C1002,09/11/2026,8,87.5\n"
                + "C1001,09/11/2026,9,88.9\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.file().rows()).extracting(r -> r.attended()).containsExactly(BigDecimal.valueOf(9),
                BigDecimal.valueOf(7), BigDecimal.valueOf(8));
        assertThat(read.file().rows().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 11, 8));
    }

    @Test
    void unknownChildImpossibleDateAndPercentageOver100AreEachALine() {
        var read = read("Child ID,Week beginning,Possible sessions,Attendance %\n"
                + "C9999,02/11/2026,10,90\n"
                + "C1002,30/02/2026,10,90\n"
                + "C1002,03/11/2026,10,90\n"
                + "C1001,09/11/2026,10,100.5\n"
                + "C1001,16/11/2026,15,80\n"
                + "C1001,30/11/2026,10,80\n");
        assertThat(read.file()).isNull();
        assertThat(read.problems()).containsExactly(
                "att.csv, line 2, column 'child id': no child with the ID 'C9999' is on the record",
                "att.csv, line 3, column 'week beginning': '30/02/2026' is not a real date as dd/mm/yyyy",
                "att.csv, line 4, column 'week beginning': 03/11/2026 is a Tuesday; a week begins on a Monday",
                "att.csv, line 5, column 'attendance %': the percentage 100.5 is not from 0 to 100",
                "att.csv, line 6, column 'possible sessions': '15' is not a number of sessions from 0 to 14",
                "att.csv, line 7, column 'week beginning': 30/11/2026 is after 22/11/2026");
    }

    @Test
    void aBadMarkOrSessionAndADuplicateAreRefused() {
        var read = read("Child ID,Date,Session,Mark\n"
                + "C1001,02/11/2026,EV,/\n"
                + "C1001,02/11/2026,AM,?\n"
                + "C1001,03/11/2026,AM,/\n"
                + "C1001,03/11/2026,am,N\n");
        assertThat(read.problems()).containsExactly(
                "att.csv, line 2, column 'session': 'EV' is not a session: AM or PM",
                "att.csv, line 3, column 'mark': '?' is not a DfE attendance code",
                "att.csv, line 5: a second row for child C1001 on 03/11/2026 AM (the first is on line 4)");
    }

    @Test
    void aFileOfNeitherShapeIsRefusedByItsHeader() {
        assertThat(read("Pupil,When,Present\nC1001,02/11/2026,Y\n").problems()).singleElement().asString()
                .startsWith("att.csv: the header has no column child id, date, session, mark");
    }
}

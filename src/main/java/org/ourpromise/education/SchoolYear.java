package org.ourpromise.education;

import java.time.LocalDate;

/** The school (academic) year: 1 September to 31 August, named by the year it starts ("2026 to 2027"). */
public record SchoolYear(int startYear) {

    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate first() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    /**
     * The national curriculum year group of a child born on {@code born} in this school year: Reception for those
     * who turn 5 during it (born 1 September to 31 August five years before its end), Year 1 a year older, and so on.
     * Negative numbers are nursery ages (-1 the year before Reception).
     */
    public int yearGroup(LocalDate born) {
        int cohortStart = born.getMonthValue() >= 9 ? born.getYear() : born.getYear() - 1;
        return startYear - cohortStart - 5;
    }

    public String words() {
        return startYear + " to " + (startYear + 1);
    }
}

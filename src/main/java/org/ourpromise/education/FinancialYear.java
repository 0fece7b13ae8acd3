package org.ourpromise.education;

import java.time.LocalDate;

/** The financial year grants are paid in: 1 April to 31 March, named by the year it starts (2025 is "2025-26"). */
public record FinancialYear(int startYear) {

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate first() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    public String words() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}

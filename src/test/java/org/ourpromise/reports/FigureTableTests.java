package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV of figures: the agreed columns, RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class FigureTableTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "plain | plain",
        "a, b | \"a, b\"",
        "say \"hi\" | \"say \"\"hi\"\"\"",
        "=SUM(A1) | '=SUM(A1)",
        "-1 | '-1",
        "@x | '@x"})
    void fieldsAreQuotedAndNeverFormulas(String text, String expected) {
        assertThat(FigureTable.field(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theHeaderIsTheAgreedColumnsAndEmptyValuesAreEmptyCells() {
        var row = new FigureTable.Row("cla.at_31_march", "Children in care, 31 March", "2025-26", new BigDecimal("120.0"),
                120, null, null, "", "");
        assertThat(FigureTable.csv(List.of(row))).isEqualTo("measure key,title,period,value,numerator,denominator,"
                + "target,status,comparators\r\ncla.at_31_march,\"Children in care, 31 March\",2025-26,120,120,,,,\r\n");
    }
}

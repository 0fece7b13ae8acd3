package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Ofsted file: judgements stored as published, grade numbers read as their words, every bad line named. */
class OfstedFileTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String HEADER = "URN,School name,Phase,Local authority,Inspection date,Overall effectiveness,"
            + "Quality of education,Behaviour and attitudes,Personal development,Leadership and management\n";

    private static OfstedFile.Read read(String text) throws Exception {
        return OfstedFile.read(new StringReader(text), "ofsted.csv", TODAY);
    }

    @Test
    void aGradedAndAnUngradedInspectionAreStoredAsPublished() throws Exception {
        var read = read(HEADER
                + "120345,Hill Top Primary,Primary,Demoshire,14/03/2023,2,2,1,2,2\n"
                + "120346,Vale Academy,Secondary,Demoshire,08/10/2024,,Good,Outstanding,Good,Requires improvement\n");
        assertThat(read.problems()).isEmpty();
        var inspections = read.file().inspections();
        assertThat(inspections.get(0).overallEffectiveness()).isEqualTo("Good");
        assertThat(inspections.get(0).goodOrOutstanding()).contains(true);
        // from September 2024 no overall grade: neither Good or Outstanding nor not
        assertThat(inspections.get(1).overallEffectiveness()).isNull();
        assertThat(inspections.get(1).goodOrOutstanding()).isEmpty();
        assertThat(inspections.get(1).inWords()).startsWith("No overall grade. Quality of education: Good");
    }

    @Test
    void everyBadLineIsNamedAndNothingIsRead() throws Exception {
        var read = read(HEADER
                + "12034,Hill Top Primary,Primary,Demoshire,14/03/2023,2,2,1,2,2\n"
                + "120346,Vale Academy,Secondary,Demoshire,31/02/2024,Good,,,,\n"
                + "120347,Brook School,Special,Demoshire,01/12/2026,Good,,,,\n"
                + "120348,Moor School,Primary,Demoshire,01/05/2022,Satisfactory,,,,\n"
                + "120349,Dale School,Primary,Demoshire,01/05/2022,Good,,,,\n"
                + "120349,Dale School,Primary,Demoshire,01/05/2022,Good,,,,\n");
        assertThat(read.file()).isNull();
        assertThat(read.problems()).containsExactly(
                "ofsted.csv, line 2, column 'urn': '12034' is not a URN (six or seven digits)",
                "ofsted.csv, line 3, column 'inspection date': '31/02/2024' is not a real date as dd/mm/yyyy",
                "ofsted.csv, line 4, column 'inspection date': 01/12/2026 is after 22/11/2026",
                "ofsted.csv, line 5, column 'overall effectiveness': 'Satisfactory' is not a judgement Ofsted publishes"
                        + " (Outstanding, Good, Requires improvement, Inadequate, Exceptional, Strong standard, Expected"
                        + " standard, Needs attention, Urgent improvement, or the grade 1 to 4)",
                "ofsted.csv, line 7: a second row for URN 120349 inspected on 01/05/2022 (the first is on line 6)");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedByItsHeader() throws Exception {
        var read = read("URN,Name\n120345,Hill Top\n");
        assertThat(read.problems()).singleElement().asString().startsWith("ofsted.csv: the header has no column "
                + "school name, phase, local authority, inspection date, overall effectiveness");
    }
}

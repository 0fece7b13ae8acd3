package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.ReturnValidator;
import org.ourpromise.returns.RuleCatalogue;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.ValidationReport;

/**
 * The DfE rules run as data is entered: the child's rows of the current collection year's return
 * (and last year's, for rules that compare) are derived from their record and validated, so a
 * mistake shows the day it is made, not weeks before the return is due. Nothing here blocks saving.
 */
public final class ReturnChecks {

    private static final Map<String, String> FIELD_WORDS = Map.ofEntries(
            Map.entry("DECOM", "date the episode began"), Map.entry("DEC", "date the episode ended"),
            Map.entry("RNE", "reason for the new episode"), Map.entry("LS", "legal status"),
            Map.entry("CIN", "category of need"), Map.entry("PLACE", "placement type"),
            Map.entry("PLACE_PROVIDER", "placement provider"), Map.entry("REC", "reason the episode ended"),
            Map.entry("REASON_PLACE_CHANGE", "reason for the placement change"),
            Map.entry("HOME_POST", "home postcode"), Map.entry("PL_POST", "placement postcode"),
            Map.entry("URN", "Ofsted URN"), Map.entry("REVIEW", "review date"),
            Map.entry("REVIEW_CODE", "how the child took part in the review"), Map.entry("DOB", "date of birth"),
            Map.entry("SEX", "sex"), Map.entry("ETHNIC", "ethnicity"), Map.entry("UPN", "unique pupil number"),
            Map.entry("MOTHER", "whether she is a mother"), Map.entry("MC_DOB", "her child's date of birth"),
            Map.entry("IN_TOUCH", "whether we are in touch"), Map.entry("ACTIV", "main activity"),
            Map.entry("ACCOM", "accommodation"), Map.entry("MISSING", "missing or away"),
            Map.entry("MIS_START", "date they went missing"), Map.entry("MIS_END", "date they came back"),
            Map.entry("SW_ID", "social worker"), Map.entry("SW_DECOM", "date the social worker was allocated"),
            Map.entry("SW_DEC", "date the social worker's allocation ended"),
            Map.entry("SW_REASON", "reason the social worker changed"),
            Map.entry("HEALTH_ASSESSMENT", "annual health assessment"), Map.entry("TEETH_CHECK", "dental check"),
            Map.entry("IMMUNISATIONS", "immunisations"), Map.entry("SDQ_SCORE", "SDQ score"),
            Map.entry("SDQ_REASON", "reason there is no SDQ score"), Map.entry("DUC", "date UASC status ended"));

    private ReturnChecks() {
    }

    /** The collection year whose rules apply today: today's, or the latest Promise has rules for. */
    public static int yearFor(LocalDate today) {
        return rulesYearFor(Ssda903Dates.collectionYearOf(today));
    }

    /** The collection year whose rules check {@code year}'s return: itself, or the nearest Promise has rules for. */
    public static int rulesYearFor(int year) {
        int latest = RuleCatalogue.YEARS.get(RuleCatalogue.YEARS.size() - 1);
        int earliest = RuleCatalogue.YEARS.get(0);
        return Math.max(earliest, Math.min(year, latest));
    }

    public static List<DataQualityIssue> forChild(ChildRecord child, LocalDate today) {
        int year = yearFor(today);
        var report = validate(List.of(child), year);
        return issues(report, year);
    }

    /** Every rule of the year over the given records' return, with last year's for the rules that compare. */
    public static ValidationReport validate(List<ChildRecord> records, int year) {
        var current = Ssda903Derivation.derive(records, year, 0);
        var previous = Ssda903Derivation.derive(records, year - 1, 0);
        return ReturnValidator.validate(current, Optional.of(previous), year, ReferenceData.none());
    }

    static List<DataQualityIssue> issues(ValidationReport report, int year) {
        var catalogue = RuleCatalogue.forYear(year);
        var seen = new LinkedHashSet<String>();
        var issues = new ArrayList<DataQualityIssue>();
        for (var f : report.failures()) {
            if (!seen.add(f.rule() + "|" + f.table())) {
                continue;
            }
            var rule = catalogue.get(f.rule());
            issues.add(new DataQualityIssue(f.rule(), rule == null ? f.rule() : plain(rule.message()), f.table(),
                    rule == null ? List.of() : rule.fields().stream().map(ReturnChecks::fieldWords).toList(),
                    rule == null ? List.of() : rule.fields(), year));
        }
        return issues;
    }

    public static String fieldWords(String field) {
        return FIELD_WORDS.getOrDefault(field, field.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** DfE's message without the community validator's notes in square brackets. */
    static String plain(String message) {
        return message.replaceAll("\\s*\\[NOTE:.*?\\]", "").strip();
    }
}

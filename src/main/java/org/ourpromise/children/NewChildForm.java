package org.ourpromise.children;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Identity;
import org.ourpromise.record.NhsNumber;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;

/** Reads the new-child form: each field checked, one plain-English error per field, an identity only when all pass. */
final class NewChildForm {

    static final Map<String, String> SEXES = Map.of("M", "Male", "F", "Female");
    private static final String NAME = "[\\p{L}][\\p{L} '\\-.]{0,79}";
    private static final String UPN = "[A-Z][0-9]{11}[0-9A-Z]|UN[1-5]";
    private static final String POSTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}";

    record Result(@Nullable Identity identity, @Nullable String postcode, Map<String, String> errors) {
    }

    private final Map<String, String> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private NewChildForm(Map<String, String> params) {
        this.params = params;
    }

    static Result read(Map<String, String> params, LocalDate today) {
        var f = new NewChildForm(params);
        String given = f.name("givenName", "given name");
        String family = f.name("familyName", "family name");
        LocalDate born = f.dateOfBirth(today);
        String sex = f.raw("sex");
        if (!SEXES.containsKey(sex)) {
            f.errors.put("sex", "Select the child's sex");
        }
        String ethnicity = f.raw("ethnicity");
        int year = Ssda903Dates.collectionYearOf(today);
        if (!CodeList.ETHNIC.isValid(ethnicity, year)) {
            f.errors.put("ethnicity", "Select the child's ethnicity from the list");
        }
        String upn = f.raw("upn").toUpperCase(Locale.ROOT).replace(" ", "");
        if (!upn.isEmpty() && !upn.matches(UPN)) {
            f.errors.put("upn", "Enter a unique pupil number of a letter and 12 characters, or a reason it is not"
                    + " known (UN1 to UN5)");
        }
        String nhs = f.raw("nhsNumber").replace(" ", "");
        if (!nhs.isEmpty() && !NhsNumber.isValid(nhs)) {
            f.errors.put("nhsNumber", "Enter a real NHS number: 10 digits, like 943 476 5919");
        }
        String postcode = f.raw("postcode").toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!postcode.isEmpty() && !postcode.matches(POSTCODE)) {
            f.errors.put("postcode", "Enter a real postcode, like LE3 8RA");
        }
        if (!f.errors.isEmpty() || given == null || family == null || born == null) {
            // in the order checked, which is the page's: the error summary follows it
            return new Result(null, null, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(f.errors)));
        }
        var identity = new Identity(given, family, born, sex, ethnicity, upn.isEmpty() ? null : upn,
                nhs.isEmpty() ? null : nhs, null, null, false);
        String spaced = postcode.isEmpty() ? null : postcode.contains(" ") ? postcode
                : postcode.substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3);
        return new Result(identity, spaced, Map.of());
    }

    private String raw(String name) {
        var v = params.get(name);
        return v == null ? "" : v.strip();
    }

    private @Nullable String name(String field, String label) {
        String v = raw(field);
        if (v.isEmpty()) {
            errors.put(field, "Enter the child's " + label);
            return null;
        }
        if (!v.matches(NAME)) {
            errors.put(field, "Enter the " + label + " in letters, spaces, hyphens and apostrophes (up to 80)");
            return null;
        }
        return v;
    }

    private @Nullable LocalDate dateOfBirth(LocalDate today) {
        String d = raw("born-day");
        String m = raw("born-month");
        String y = raw("born-year");
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            errors.put("born", "Enter the child's date of birth");
            return null;
        }
        try {
            if (y.length() != 4) {
                throw new NumberFormatException();
            }
            var born = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (born.isAfter(today)) {
                errors.put("born", "The date of birth must be today or in the past");
                return null;
            }
            if (born.isBefore(today.minusYears(26))) {
                errors.put("born", "The child must be under 26: check the year of birth");
                return null;
            }
            return born;
        } catch (NumberFormatException | DateTimeException e) {
            errors.put("born", "The date of birth must be a real date, for example 27 3 2016");
            return null;
        }
    }
}

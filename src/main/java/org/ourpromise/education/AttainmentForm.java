package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the form for a result entered by hand, with the import's rules (docs/education-imports.md): the measures
 * of the key stage chosen and no others, KS1 only while statutory (to 2022/23), no Progress 8 for 2024/25 and
 * 2025/26, grade 9 to 5 only with grade 9 to 4. Gives the result, or errors in the page's order.
 */
final class AttainmentForm {

    record Read(@Nullable Result result, Map<String, String> errors) {
    }

    private AttainmentForm() {
    }

    static Read read(Map<String, String> params, String childId, int thisYear) {
        var in = new FormInput(params);
        String y = in.raw("schoolYear");
        Integer year = y.matches("\\d{4}") && Integer.parseInt(y) <= thisYear && Integer.parseInt(y) >= thisYear - 15
                ? Integer.valueOf(y) : null;
        if (year == null) {
            in.error("schoolYear", "Select the school year of the result");
        }
        var stage = in.choice("keyStage", EnumSet.allOf(Result.KeyStage.class), "Select the key stage");
        if (stage == Result.KeyStage.KS1 && year != null && year > Result.LAST_STATUTORY_KS1) {
            in.error("keyStage", "Key stage 1 assessments were not statutory after 2022 to 2023: choose another key stage");
        }
        Boolean gld = stage == Result.KeyStage.EYFS ? yesNo(in, "goodLevel", "whether the child reached a good level of development") : null;
        Boolean rwm = stage == Result.KeyStage.KS1 || stage == Result.KeyStage.KS2
                ? yesNo(in, "expectedRwm", "whether the child reached the expected standard in reading, writing and maths") : null;
        BigDecimal a8 = null;
        BigDecimal p8 = null;
        Boolean em94 = null;
        Boolean em95 = null;
        if (stage == Result.KeyStage.KS4) {
            a8 = number(in, "attainment8", "Attainment 8", "0", "90", 1, true);
            if (year != null && !Result.progress8Published(year) && !in.raw("progress8").isEmpty()) {
                in.error("progress8", "No Progress 8 is published for " + new SchoolYear(year).words() + ": leave it blank");
            } else {
                p8 = number(in, "progress8", "Progress 8", "-10", "10", 2, false);
            }
            em94 = yesNo(in, "englishMaths94", "whether the child got grade 9 to 4 in English and maths");
            em95 = yesNo(in, "englishMaths95", "whether the child got grade 9 to 5 in English and maths");
            if (Boolean.TRUE.equals(em95) && Boolean.FALSE.equals(em94)) {
                in.error("englishMaths95", "Grade 9 to 5 in English and maths means grade 9 to 4 too: check both answers");
            }
        }
        if (in.hasErrors()) {
            return new Read(null, in.errors());
        }
        return new Read(new Result(childId, year, stage, gld, rwm, a8, p8, em94, em95), Map.of());
    }

    private static @Nullable Boolean yesNo(FormInput in, String name, String what) {
        String v = in.raw(name);
        if (!v.equals("Y") && !v.equals("N")) {
            in.error(name, "Select " + what);
            return null;
        }
        return v.equals("Y");
    }

    private static @Nullable BigDecimal number(FormInput in, String name, String label, String min, String max,
            int scale, boolean required) {
        String v = in.raw(name).strip();
        if (v.isEmpty()) {
            if (required) {
                in.error(name, "Enter the " + label + " score");
            }
            return null;
        }
        try {
            var n = new BigDecimal(v);
            if (n.compareTo(new BigDecimal(min)) < 0 || n.compareTo(new BigDecimal(max)) > 0 || n.scale() > scale) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            in.error(name, label + " must be a number from " + min + " to " + max + " with at most " + scale
                    + " decimal place" + (scale == 1 ? "" : "s"));
            return null;
        }
    }

    static Map<String, String> years(int thisYear) {
        var c = new LinkedHashMap<String, String>();
        for (int y = thisYear; y >= thisYear - 5; y--) {
            c.put(String.valueOf(y), new SchoolYear(y).words());
        }
        return c;
    }

    static Map<String, String> stages() {
        var c = new LinkedHashMap<String, String>();
        c.put("EYFS", "Early years foundation stage (end of Reception)");
        c.put("KS1", "Key stage 1 (end of Year 2, to 2022 to 2023)");
        c.put("KS2", "Key stage 2 (end of Year 6)");
        c.put("KS4", "Key stage 4 (end of Year 11)");
        return c;
    }
}

package org.ourpromise.measures;

import java.util.Map;
import java.util.TreeMap;

/**
 * Each measure in words a councillor reads at a board meeting: what the figure says about the children,
 * without field codes or counting rules. The measure's own description is the technical definition (DfE's
 * fields and our counting choices); pages show it behind "How this is counted".
 */
public final class MeasureWords {

    /** By key or by the start of a family's keys; the longest match wins. */
    private static final Map<String, String> PLAIN = new TreeMap<>();

    static {
        lookedAfter();
        outcomes();
        localMeasures();
    }

    /** The return's children looked after, starting and leaving care, and their stability. */
    private static void lookedAfter() {
        PLAIN.put("cla.at_31_march", "How many children the council was looking after on 31 March, the last day of the year.");
        PLAIN.put("cla.rate_per_10000", "How many children the council looks after for every 10,000 children living in the "
                + "area, so councils of different sizes can be compared.");
        PLAIN.put("cla.during_year", "How many children the council looked after at some point in the year, however briefly.");
        PLAIN.put("cla.by_legal_status.", "The children looked after on 31 March, split by the legal reason they are in care "
                + "(for example a care order or an agreement with their parents).");
        PLAIN.put("cla.by_sex.", "The children looked after on 31 March, split by sex.");
        PLAIN.put("cla.by_age.", "The children looked after on 31 March, split by age.");
        PLAIN.put("cla.by_ethnic_group.", "The children looked after on 31 March, split by ethnic group.");
        PLAIN.put("cla.by_placement_group.", "The children looked after on 31 March, split by where they live (foster "
                + "carers, children's homes, with parents and so on).");
        PLAIN.put("cla.by_provider.", "The children looked after on 31 March, split by who provides their home (the council, "
                + "another council, a private or voluntary provider).");
        PLAIN.put("cla.family_based_pct", "Of the children looked after on 31 March, the share living in a family: with "
                + "foster carers, relatives, adoptive parents or their own parents. Higher is usually better.");
        PLAIN.put("cla.uasc", "How many of the children looked after on 31 March came to this country alone, seeking asylum.");
        PLAIN.put("cla.with_parents_on_care_order", "How many children on a care order were living with their own parents "
                + "on 31 March.");
        PLAIN.put("starts.", "Children coming into care during the year.");
        PLAIN.put("starts.s20_pct", "Of the children who came into care in the year, the share who came in by agreement with "
                + "their parents (section 20) rather than by a court order.");
        PLAIN.put("ceased.", "Children leaving care during the year, and how they left.");
        PLAIN.put("ceased.returned_home_pct", "Of the children who left care in the year, the share who went home to their "
                + "family.");
        PLAIN.put("stability.three_plus_placements_pct", "Of the children looked after on 31 March, the share who had to move "
                + "home three or more times in the year. Lower is better: every move disrupts school and friendships.");
        PLAIN.put("stability.long_term_pct", "Of the children under 16 who have been in care for two and a half years or more, "
                + "the share who have lived in the same home for at least two years. Higher is better.");
    }

    /** The return's outcomes: health, care leavers, adoption, missing, reviews. */
    private static void outcomes() {
        PLAIN.put("oc2.", "The health and wellbeing of children who have been in care for at least a year.");
        PLAIN.put("oc2.health_assessment_pct", "Of the children in care for at least a year, the share who had their yearly "
                + "health assessment. Higher is better.");
        PLAIN.put("oc2.teeth_check_pct", "Of the children in care for at least a year, the share who saw a dentist. Higher is "
                + "better.");
        PLAIN.put("oc2.immunisations_pct", "Of the children in care for at least a year, the share whose immunisations are up "
                + "to date. Higher is better.");
        PLAIN.put("oc2.sdq_", "How children in care for at least a year are doing emotionally, from the Strengths and "
                + "Difficulties Questionnaire their carers fill in (a higher score means more difficulties).");
        PLAIN.put("oc3.", "Care leavers aged 17 to 21 around their birthday: whether the council is in touch with them, "
                + "whether they are in education, work or training, and whether their accommodation is suitable.");
        PLAIN.put("adoption.", "Adoptions, and how long children wait on the way to their adoptive family. Shorter waits are "
                + "better.");
        PLAIN.put("adoption.a3_under_14_months_pct", "Of the children adopted over the last three years, the share who moved "
                + "in with their adoptive family within about 14 months of coming into care. Higher is better.");
        PLAIN.put("missing.", "Children looked after who went missing from their home, or were away without permission, "
                + "during the year. Lower is better.");
        PLAIN.put("reviews.", "Reviews of each child's care plan, chaired by an independent reviewing officer, and whether "
                + "children take part in them.");
        PLAIN.put("reviews.on_time_pct", "Of the reviews held in the year, the share held by the date the law requires. Higher "
                + "is better.");
    }

    /** The council's own measures, from the record. */
    private static void localMeasures() {
        PLAIN.put("local.", "A figure the council watches for itself, from the records social workers keep.");
        PLAIN.put("local.visits", "Of the visits social workers must make to each child, the share made on time. Higher is "
                + "better.");
        PLAIN.put("local.care_plans_reviewed_pct", "Of the children whose care plan is due a review, the share whose plan was "
                + "reviewed in the last six months. Higher is better.");
        PLAIN.put("local.peps_current_pct", "Of the school-age children in care, the share with an up-to-date personal "
                + "education plan. Higher is better.");
        PLAIN.put("local.iha", "Of the children coming into care, the share whose first health assessment was done on time. "
                + "Higher is better.");
        PLAIN.put("local.iha_referral", "Of the children coming into care, the share referred for their first health "
                + "assessment on time. Higher is better.");
        PLAIN.put("local.return_interviews", "Of the children who came back after going missing, the share offered a talk "
                + "about why they went (a return home interview) within 72 hours. Higher is better.");
        PLAIN.put("local.permanence_plans", "Of the children in care, the share with a plan for a permanent home by their "
                + "second review. Higher is better.");
        PLAIN.put("local.workforce.", "The council's social workers and personal advisers: how many children each "
                + "full-time worker holds, how many staff come through an agency, and how often children's social "
                + "worker changes. Lower is usually better.");
        // each workforce figure in its own words (the family's words above stay for any added later)
        PLAIN.put(WorkforceMeasureCatalogue.CHILDREN_PER_SOCIAL_WORKER, "How many children in care each full-time social "
                + "worker holds on average: part-time workers count for their share of a week. Lower is usually better.");
        PLAIN.put(WorkforceMeasureCatalogue.YOUNG_PEOPLE_PER_ADVISER, "How many care leavers each full-time personal "
                + "adviser supports on average. Lower is usually better.");
        PLAIN.put(WorkforceMeasureCatalogue.AGENCY_STAFF, "Of the council's social workers and personal advisers, the "
                + "share employed through an agency rather than by the council. Lower is usually better.");
        PLAIN.put(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES, "How often children in care had a new social worker in "
                + "the year, on average per child: each change means a new person to get to know. Lower is better.");
        PLAIN.put("local.leaver_contacts", "Of the times care leavers were in touch with their personal adviser, the share "
                + "when the contact was on time, for as long as each young person is owed it (to 21, or to 25 when they "
                + "ask or are in education or training). Higher is better.");
        education();
        PLAIN.put("local.iro", "How many children each independent reviewing officer looks after, and whether caseloads are "
                + "within the recommended range.");
        PLAIN.put("local.iro.", "How the independent reviewing officers' checks on children's care plans are working: the "
                + "concerns they raise, and how quickly they are answered.");
    }

    /** The Virtual School's figures, each in its own words. */
    private static void education() {
        PLAIN.put("local.education.", "How the children in care are doing at school, as the Virtual School sees it.");
        PLAIN.put(EducationMeasureCatalogue.ATTENDANCE, "Of the school sessions children in care could have attended "
                + "this school year, the share they attended. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.PERSISTENT_ABSENCE, "Of the children in care with attendance recorded, the "
                + "share who missed one school session in ten or more. Lower is better.");
        PLAIN.put(EducationMeasureCatalogue.GOOD_SCHOOLS, "Of the children in care at school whose school has an "
                + "overall Ofsted grade, the share at a school graded Good or Outstanding. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.EHCP, "Of the children in care at school, the share with an education, "
                + "health and care plan for special educational needs.");
        PLAIN.put(EducationMeasureCatalogue.SUSPENDED, "Of the children in care, the share suspended from school at "
                + "least once this school year. Lower is better.");
        PLAIN.put(EducationMeasureCatalogue.PERMANENTLY_EXCLUDED, "Of the children in care, the share permanently "
                + "excluded from their school this school year. Lower is better.");
        PLAIN.put(EducationMeasureCatalogue.PEPS_ON_TIME, "Of the personal education plans children in care were due "
                + "this school year, the share held on time. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.PEPS_NEEDING_ACTION, "Of the personal education plans the Virtual School "
                + "checked this school year, the share not good enough, so the school had to put them right. Lower is "
                + "better.");
        PLAIN.put(EducationMeasureCatalogue.EYFS, "Of the children in care at the end of Reception, the share reaching "
                + "a good level of development. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.KS2, "Of the children in care at the end of primary school, the share "
                + "reaching the expected standard in reading, writing and maths. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.KS4_9_4, "Of the children in care taking GCSEs, the share with a standard "
                + "pass (grade 4 or above) in English and maths. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.KS4_9_5, "Of the children in care taking GCSEs, the share with a strong "
                + "pass (grade 5 or above) in English and maths. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.ATTAINMENT_8, "The average GCSE score across eight subjects of the "
                + "children in care taking GCSEs. Higher is better.");
        PLAIN.put(EducationMeasureCatalogue.PUPIL_PREMIUM_PAID, "Of the extra school funding (Pupil Premium Plus) set "
                + "aside for children in care this year, the share already paid to their schools for what their "
                + "education plans ask for.");
    }

    private MeasureWords() {
    }

    /** What the figure says, for someone who does not know the return's fields. */
    public static String plain(Measure m) {
        return plain(m.key(), m.description());
    }

    /** The same, for a figure that carries only its key and technical description. */
    public static String plain(String key, String description) {
        String best = null;
        for (var prefix : PLAIN.keySet()) {
            if (key.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? firstSentence(description) : PLAIN.get(best);
    }

    /** How the figure is counted: the definition with DfE's fields, then what is counted and out of what. */
    public static String technical(Measure m) {
        var text = new StringBuilder(m.description());
        if (!m.numerator().isBlank() && m.kind() != Measure.Kind.COUNT) {
            text.append(" Counted: ").append(m.numerator()).append(". Out of: ").append(m.denominator()).append('.');
        } else if (!m.cohort().isBlank() && !m.description().contains(m.cohort())) {
            text.append(" Counted: ").append(m.cohort()).append('.');
        }
        return text.toString();
    }

    private static String firstSentence(String description) {
        int stop = description.indexOf(". ");
        return stop < 0 ? description : description.substring(0, stop + 1);
    }
}

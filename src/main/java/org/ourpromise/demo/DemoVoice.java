package org.ourpromise.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.complaints.LoggedComplaint;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.voice.Advocacy;
import org.ourpromise.voice.Awards;
import org.ourpromise.voice.Consultations;
import org.ourpromise.voice.Groups;
import org.ourpromise.voice.ParticipationRecords;
import org.ourpromise.voice.Visitors;
import org.springframework.stereotype.Component;

/**
 * The demo council's participation service, from a random stream of its own: its groups with members who agreed
 * to join and a year of sessions, three consultations with anonymous answers, a ledger of what young people said
 * and what the council did (owned by real demo staff), award nominations, requests for advocates (some for a
 * complaint made through an advocate, some for a review) and independent visitors with a waiting list.
 */
@Component
class DemoVoice {

    /** What young people said, what the council answered, what changed, and why not when nothing could. */
    private static final String[][] TOPICS = {
        {"Pocket money is paid late in some foster homes", "The service manager checked payments with every carer",
            "Pocket money now goes out on the same day each week", "Carers pay from their own allowance, which was late"},
        {"We want wi-fi that works in every children's home", "The council asked every provider to fix it",
            "Wi-fi fitted in all council children's homes", "Private homes set their own, and we asked them to improve"},
        {"Social workers keep changing: we want to know when and why", "Managers agreed to write to you first",
            "Letters now say who your new worker is and why", "Some changes come at short notice when staff leave"},
        {"Reviews are held in school time", "IROs were asked to offer times after school",
            "Reviews are offered after school and in the holidays", "Some reviews must be held by a date the law sets"},
        {"We want to read what is written about us in words we understand", "Workers were trained to write to you",
            "Records are now written to the young person", "Court reports must use the court's words"},
        {"Care leavers want help with council tax and bills", "The Cabinet agreed to look at the cost",
            "Council tax exemption for care leavers up to 25", "The district councils set council tax, not us"},
        {"Help to learn to drive", "The local offer was checked against what other councils give",
            "Up to 20 driving lessons for care leavers", "The budget for this year is already spent"},
        {"Young people want to be on interview panels for social workers", "HR agreed and trained a young people's panel",
            "Young people sit on every social worker interview panel", "Panels for agency staff are run by the agency"},
        {"Free leisure centre passes", "The leisure service was asked",
            "Free leisure pass for every child in care", "The leisure centres are run by a trust that said no"},
        {"Stop using 'placement' and 'contact': say home and family time", "The Director asked every team to change",
            "Letters and plans now say home and family time", "Some national forms still use the old words"}};
    private static final String[] DISCUSSED = {
        "Planned the awards evening; asked for more say in reviews", "Met the Director of Children's Services",
        "Talked about pocket money and savings", "Helped write the new pledge to children in care",
        "Interviewed candidates for the service manager post", "Gave views on the care leavers' local offer",
        "Looked at the survey results and chose three priorities", "Talked about moving to independence"};
    private static final String[] FOR = {
        "Passing GCSE English and maths", "Helping younger children settle into the home", "Starting an apprenticeship",
        "Volunteering every week at the food bank", "Speaking at the Corporate Parenting Board",
        "Improved school attendance all year", "Passing their driving test", "Playing for the county football team",
        "Finishing a college course", "Looking after their younger brother"};
    private static final String[] ADVOCACY_FOR = {
        "Support to say what they want at their review", "Help to make a complaint", "Help to be heard about a move",
        "Support at a meeting about family time", "Help with a pathway plan meeting"};
    private static final String[] NAMES = {"Alex", "Bea", "Chris", "Dana", "Eli", "Fran", "Gus", "Hana", "Ivan",
        "Jo", "Kit", "Lola", "Mo", "Nell", "Omar", "Pat", "Quin", "Rosa", "Sid", "Tara"};
    private static final String[] SURNAMES = {"Adams", "Baker", "Clarke", "Dunn", "Evans", "Fox", "Grant", "Hill",
        "Iqbal", "Jones", "Khan", "Lee", "Moss", "Noor", "Owen", "Patel"};

    private final Groups groups;
    private final Consultations consultations;
    private final ParticipationRecords ledger;
    private final Awards awards;
    private final Advocacy advocacy;
    private final Visitors visitors;
    private final ComplaintRegister complaints;

    DemoVoice(Groups groups, Consultations consultations, ParticipationRecords ledger, Awards awards,
            Advocacy advocacy, Visitors visitors, ComplaintRegister complaints) {
        this.groups = groups;
        this.consultations = consultations;
        this.ledger = ledger;
        this.awards = awards;
        this.advocacy = advocacy;
        this.visitors = visitors;
        this.complaints = complaints;
    }

    /** @param owners worker ids of staff who own ledger items (the demo accounts' own first) */
    void add(List<ChildRecord> council, LocalDate today, long seed, List<String> owners) {
        var random = new Random(seed ^ 0x701CEL);
        var inCare = new ArrayList<ChildRecord>();
        var leavers = new ArrayList<ChildRecord>();
        for (var c : council) {
            long age = ChronoUnit.YEARS.between(c.dateOfBirth(), today);
            boolean looked = c.episodes().stream().anyMatch(e -> e.isOpenAt(today) && !e.isShortBreak());
            if (looked && age >= 8) {
                inCare.add(c);
            } else if (!looked && age >= 18 && age <= 25 && !c.careLeaverContacts().isEmpty()) {
                leavers.add(c);
            }
        }
        var groupIds = addGroups(inCare, leavers, today, random);
        var consultationIds = addConsultations(today, random);
        addLedger(inCare, groupIds, consultationIds, owners, today, random);
        addAwards(inCare, leavers, today, random);
        addAdvocacy(inCare, today, random);
        addVisitors(inCare, today, random);
    }

    private List<Long> addGroups(List<ChildRecord> inCare, List<ChildRecord> leavers, LocalDate today, Random random) {
        var ids = new ArrayList<Long>();
        ids.add(groups.addGroup("Children in Care Council", Groups.Kind.CHILDREN_IN_CARE_COUNCIL,
                "every other Wednesday after school at County Hall"));
        ids.add(groups.addGroup("SYPAC", Groups.Kind.SYPAC, "one Saturday morning a month"));
        ids.add(groups.addGroup("Care Leavers' Forum", Groups.Kind.CARE_LEAVERS_FORUM, "the first Thursday evening of the month"));
        ids.add(groups.addGroup("Junior Children in Care Council", Groups.Kind.OTHER, "in the school holidays"));
        var teens = inCare.stream().filter(c -> age(c, today) >= 11).toList();
        var juniors = inCare.stream().filter(c -> age(c, today) < 12).toList();
        join(ids.get(0), teens, 12 + random.nextInt(8), today, random);
        join(ids.get(1), teens, 6 + random.nextInt(6), today, random);
        join(ids.get(2), leavers, 8 + random.nextInt(8), today, random);
        join(ids.get(3), juniors, 6 + random.nextInt(6), today, random);
        for (int g = 0; g < ids.size(); g++) {
            int every = g == 0 ? 14 : g == 3 ? 60 : 30;
            for (var day = today.minusDays(365 - random.nextInt(every)); day.isBefore(today); day = day.plusDays(every)) {
                groups.addSession(ids.get(g), day, 4 + random.nextInt(12), DISCUSSED[random.nextInt(DISCUSSED.length)],
                        "Participation team");
            }
        }
        return ids;
    }

    private void join(long group, List<ChildRecord> from, int count, LocalDate today, Random random) {
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            var child = from.get(random.nextInt(from.size()));
            groups.addMember(group, child.childId(), today.minusDays(20 + random.nextInt(500)), "Participation team");
        }
    }

    private List<Long> addConsultations(LocalDate today, Random random) {
        var out = new ArrayList<Long>();
        Map<String, List<String>> living = new LinkedHashMap<>();
        living.put("Do you feel safe where you live?", List.of("Always", "Mostly", "Sometimes", "Not often"));
        living.put("Do you know why you are in care?", List.of("Yes", "Partly", "No"));
        living.put("Do you see your family as much as you want?", List.of("Too little", "About right", "Too much"));
        out.add(survey("Your life, your care survey", "Children in care aged 11 to 17", today.minusDays(300), living,
                random));
        Map<String, List<String>> reviews = new LinkedHashMap<>();
        reviews.put("Did you help plan your last review?", List.of("Yes", "A bit", "No"));
        reviews.put("How would you like your review held?", List.of("In person", "Video call", "I chair part of it",
                "Someone speaks for me"));
        out.add(survey("Having your say at reviews", "Children in care aged 8 and over", today.minusDays(160), reviews,
                random));
        Map<String, List<String>> leaving = new LinkedHashMap<>();
        leaving.put("Do you know what the local offer gives you?", List.of("Yes", "Some of it", "No"));
        leaving.put("What would help most?", List.of("Money advice", "Somewhere to live", "Help into work",
                "Someone to talk to"));
        out.add(survey("Care leavers' local offer", "Care leavers aged 18 to 25", today.minusDays(60), leaving,
                random));
        return out;
    }

    /** Answers lean towards the earlier choices, as real surveys of children in care mostly do. */
    private long survey(String title, String asked, LocalDate opened, Map<String, List<String>> questions,
            Random random) {
        long id = consultations.add(title, asked, opened, opened.plusDays(42), questions);
        var ids = consultations.questionIds(id);
        var choices = new ArrayList<>(questions.values());
        int responses = 40 + random.nextInt(80);
        for (int r = 0; r < responses; r++) {
            var response = new LinkedHashMap<Long, String>();
            for (int q = 0; q < ids.size(); q++) {
                var options = choices.get(q);
                int pick = Math.min(options.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * options.size() / 2.2));
                if (random.nextDouble() < 0.93) {
                    response.put(ids.get(q), options.get(pick));
                }
            }
            consultations.addResponse(response);
        }
        return id;
    }

    private void addLedger(List<ChildRecord> inCare, List<Long> groupIds, List<Long> consultationIds,
            List<String> owners, LocalDate today, Random random) {
        int items = 22 + random.nextInt(8);
        for (int i = 0; i < items; i++) {
            var raised = today.minusDays(random.nextInt(450));
            // the first owners are the demo accounts' workers, so their worklists show open items
            String owner = owners.get(i < 6 ? i % Math.min(3, owners.size()) : random.nextInt(owners.size()));
            double source = random.nextDouble();
            Long group = source < 0.55 ? groupIds.get(random.nextInt(groupIds.size())) : null;
            Long consultation = group == null && source < 0.8 ? consultationIds.get(random.nextInt(consultationIds.size())) : null;
            String child = group == null && consultation == null && !inCare.isEmpty()
                    ? inCare.get(random.nextInt(inCare.size())).childId() : null;
            long age = ChronoUnit.DAYS.between(raised, today);
            double r = random.nextDouble();
            var topic = TOPICS[random.nextInt(TOPICS.length)];
            ParticipationRecords.Answer answer = null;
            if (i >= 6 && age > 20 && r < 0.8) {
                var told = raised.plusDays(10 + random.nextInt((int) Math.min(160, age - 5)));
                boolean changed = r < 0.62;
                answer = new ParticipationRecords.Answer(changed ? topic[1] : topic[3], changed ? topic[2] : null,
                        told.isAfter(today) ? today : told, changed);
            }
            ledger.addDemoItem(raised, group, consultation, child, topic[0], owner, answer,
                    LocalDateTime.of(raised, java.time.LocalTime.NOON));
        }
    }

    private void addAwards(List<ChildRecord> inCare, List<ChildRecord> leavers, LocalDate today, Random random) {
        var everyone = new ArrayList<>(inCare);
        everyone.addAll(leavers);
        var evening = today.minusDays(90 + random.nextInt(60));
        var next = today.plusDays(30 + random.nextInt(60));
        int n = 25 + random.nextInt(15);
        for (int i = 0; i < n && !everyone.isEmpty(); i++) {
            var child = everyone.get(random.nextInt(everyone.size()));
            boolean past = i < n * 2 / 3;
            var event = past ? evening : next;
            var nominated = event.minusDays(14 + random.nextInt(60));
            awards.add(child.childId(), FOR[random.nextInt(FOR.length)],
                    NAMES[random.nextInt(NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)]
                            + (random.nextBoolean() ? " (foster carer)" : " (teacher)"),
                    nominated.isAfter(today) ? today : nominated, "Celebrating Success awards evening", event,
                    past && random.nextDouble() < 0.8);
        }
    }

    private void addAdvocacy(List<ChildRecord> inCare, LocalDate today, Random random) {
        for (var c : complaints.all()) {
            if (c.madeBy() == LoggedComplaint.MadeBy.ADVOCATE && c.complaint().received().isAfter(today.minusYears(2))) {
                var on = c.complaint().received().minusDays(random.nextInt(10));
                advocacy.add(c.childId(), Advocacy.RequestedBy.YOUNG_PERSON, on, "Help to make a complaint",
                        c.reference(), null, advocate(random), on.plusDays(random.nextInt(8)));
            }
        }
        int n = 15 + random.nextInt(10);
        for (int i = 0; i < n && !inCare.isEmpty(); i++) {
            var child = inCare.get(random.nextInt(inCare.size()));
            var on = today.minusDays(random.nextInt(300));
            var review = child.reviews().stream().map(org.ourpromise.record.ReviewHeld::date)
                    .filter(d -> d.isAfter(on)).findFirst().orElse(null);
            boolean allocated = ChronoUnit.DAYS.between(on, today) > 14 || random.nextBoolean();
            advocacy.add(child.childId(), Advocacy.RequestedBy.values()[random.nextInt(4)], on,
                    ADVOCACY_FOR[review != null ? 0 : 1 + random.nextInt(ADVOCACY_FOR.length - 1)], null, review,
                    allocated ? advocate(random) : null, allocated ? on.plusDays(random.nextInt(Math.max(1,
                            (int) Math.min(15, ChronoUnit.DAYS.between(on, today) + 1)))) : null);
        }
    }

    private static String advocate(Random random) {
        return NAMES[random.nextInt(NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)] + " (advocacy service)";
    }

    private void addVisitors(List<ChildRecord> inCare, LocalDate today, Random random) {
        var volunteers = new ArrayList<Long>();
        int count = 30 + random.nextInt(15);
        for (int i = 0; i < count; i++) {
            volunteers.add(visitors.addVolunteer(NAMES[i % NAMES.length] + " " + SURNAMES[(i * 7 + random.nextInt(3))
                    % SURNAMES.length] + (i >= NAMES.length ? " " + (char) ('A' + i / NAMES.length) + "." : "")));
        }
        var considered = new java.util.HashSet<String>();
        for (var child : inCare) {
            if (random.nextDouble() > 0.12 || !considered.add(child.childId())) {
                continue;
            }
            var on = today.minusDays(random.nextInt(700));
            double r = random.nextDouble();
            if (r < 0.2) {
                visitors.consider(child.childId(), on, null, false, null, null);
            } else if (r < 0.3) {
                visitors.consider(child.childId(), on, on.plusDays(random.nextInt(20)), true, null, null);
            } else {
                var offered = on.plusDays(random.nextInt(20));
                var appointed = offered.plusDays(30 + random.nextInt(200));
                boolean matched = !appointed.isAfter(today) && random.nextDouble() < 0.85;
                visitors.consider(child.childId(), on, offered.isAfter(today) ? today : offered, false,
                        matched ? volunteers.get(random.nextInt(volunteers.size())) : null, matched ? appointed : null);
            }
        }
    }

    private static long age(ChildRecord c, LocalDate today) {
        return ChronoUnit.YEARS.between(c.dateOfBirth(), today);
    }
}

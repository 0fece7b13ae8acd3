package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;

class SyntheticCouncilSmokeTests {

    @Test
    void prints() {
        for (int n : new int[] {1000, 100_000}) {
            long t0 = System.nanoTime();
            var records = SyntheticCouncil.generate(n, 42, 2026, 5);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("n=" + n + " records=" + records.size() + " ms=" + ms);
        }
        var records = SyntheticCouncil.generate(5000, 7, 2026, 0);
        LocalDate end = LocalDate.of(2026, 3, 31);
        Map<String, Integer> ls = new TreeMap<>(), place = new TreeMap<>(), age = new TreeMap<>();
        int cla = 0, uasc = 0, male = 0;
        for (var r : records) {
            for (CareEpisode e : r.episodes()) {
                if (e.isOpenAt(end) && !e.isShortBreak()) {
                    cla++;
                    ls.merge(e.legalStatus(), 1, Integer::sum);
                    place.merge(e.placement(), 1, Integer::sum);
                    int a = java.time.Period.between(r.dateOfBirth(), end).getYears();
                    age.merge(a < 1 ? "0" : a < 5 ? "1-4" : a < 10 ? "5-9" : a < 16 ? "10-15" : "16+", 1, Integer::sum);
                    if (r.uascUntil() != null) uasc++;
                    if (r.identity().sex().equals("M")) male++;
                }
            }
        }
        System.out.println("cla=" + cla + " uasc=" + uasc + " male=" + male + "\nls=" + ls + "\nplace=" + place + "\nage=" + age);
    }
}

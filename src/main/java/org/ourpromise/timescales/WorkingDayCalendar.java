package org.ourpromise.timescales;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Working days in England and Wales (DOMAIN.md §3.1): every day except Saturday, Sunday, Christmas
 * Day, Good Friday and the bank holidays. The years 2010–2030 come from reference data (with the
 * one-off changes); other years are computed from the usual pattern, which cannot know future
 * one-off holidays.
 */
public final class WorkingDayCalendar {

    public static final int FIRST_REFERENCE_YEAR = 2010;
    public static final int LAST_REFERENCE_YEAR = 2030;

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(
            load("/timescales/bank-holidays-england-and-wales.csv"));

    private final Map<LocalDate, String> reference;
    private final Map<Integer, Map<LocalDate, String>> computed = new ConcurrentHashMap<>();
    /** What counting working days needs of each year 1900–2199, built when first asked for. */
    private final AtomicReferenceArray<WeekdayHolidays> weekdayHolidays = new AtomicReferenceArray<>(300);

    /** A year's span as epoch days and its holidays that fall Monday to Friday, sorted. */
    private record WeekdayHolidays(int year, long lastDay, long[] days) {
    }

    private WorkingDayCalendar(Map<LocalDate, String> reference) {
        this.reference = Map.copyOf(reference);
    }

    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate date) {
        var dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && holiday(date).isEmpty();
    }

    /** The name of the bank holiday (or Christmas Day, Good Friday) on the date, if it is one. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    private Map<LocalDate, String> holidaysOf(int year) {
        return year >= FIRST_REFERENCE_YEAR && year <= LAST_REFERENCE_YEAR
                ? reference : computed.computeIfAbsent(year, WorkingDayCalendar::patternFor);
    }

    /**
     * The date {@code n} working days after {@code from}: day 1 is the first working day after
     * {@code from} (DOMAIN.md §3.1), so a deadline is met by anything on or before the result.
     * {@code n = 0} gives {@code from} itself.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        // Skip weekends by arithmetic, then make up for the holidays passed on weekdays (walking
        // into the next year's holidays when the stretch crosses 31 December); repeat until a
        // stretch passes none. Same answer as stepping a day at a time, without the per-day
        // look-ups that made the synthetic council's review dates slow.
        long day = from.toEpochDay();
        var year = weekdayHolidaysOf(from.getYear());
        long left = n;
        while (left > 0) {
            long next = plusWeekdays(day, left);
            int passed = 0;
            while (true) {
                for (long h : year.days()) {
                    if (h > day && h <= next) {
                        passed++;
                    }
                }
                if (next <= year.lastDay()) {
                    break;
                }
                year = weekdayHolidaysOf(year.year() + 1);
            }
            left = passed;
            day = next;
        }
        return LocalDate.ofEpochDay(day);
    }

    /** The {@code k}-th Monday-to-Friday day after epoch day {@code day} ({@code k > 0}). */
    private static long plusWeekdays(long day, long k) {
        int dow = Math.floorMod(day + 3, 7); // 0 = Monday; 1 January 1970 was a Thursday
        if (dow > 4) {
            // From a Saturday or Sunday, the next weekdays are those after the Friday before.
            day -= dow - 4;
            dow = 4;
        }
        long rest = k % 5;
        return day + 7 * (k / 5) + rest + (dow + rest > 4 ? 2 : 0);
    }

    private WeekdayHolidays weekdayHolidaysOf(int year) {
        int i = year - 1900;
        if (i < 0 || i >= weekdayHolidays.length()) {
            return weekdayHolidaysIn(year);
        }
        var cached = weekdayHolidays.get(i);
        if (cached == null) {
            cached = weekdayHolidaysIn(year);
            weekdayHolidays.set(i, cached);
        }
        return cached;
    }

    private WeekdayHolidays weekdayHolidaysIn(int year) {
        long[] days = holidaysOf(year).keySet().stream()
                .filter(d -> d.getYear() == year && !isWeekend(d))
                .mapToLong(LocalDate::toEpochDay)
                .sorted()
                .toArray();
        return new WeekdayHolidays(year, LocalDate.of(year, 12, 31).toEpochDay(), days);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to <= from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (var d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The statutory pattern for a year without reference data: no one-off holidays are known. */
    static Map<LocalDate, String> patternFor(int year) {
        var h = new HashMap<LocalDate, String>();
        var newYear = LocalDate.of(year, 1, 1);
        while (isWeekend(newYear)) {
            newYear = newYear.plusDays(1);
        }
        h.put(newYear, "New Year's Day");
        var easter = easterSunday(year);
        h.put(easter.minusDays(2), "Good Friday");
        h.put(easter.plusDays(1), "Easter Monday");
        h.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        h.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday");
        h.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        var christmas = LocalDate.of(year, 12, 25);
        h.put(christmas, "Christmas Day");
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> h.put(LocalDate.of(year, 12, 28), "Boxing Day (substitute day)");
            case SATURDAY -> {
                h.put(LocalDate.of(year, 12, 27), "Christmas Day (substitute day)");
                h.put(LocalDate.of(year, 12, 28), "Boxing Day (substitute day)");
            }
            case SUNDAY -> {
                h.put(LocalDate.of(year, 12, 26), "Boxing Day");
                h.put(LocalDate.of(year, 12, 27), "Christmas Day (substitute day)");
            }
            default -> h.put(LocalDate.of(year, 12, 26), "Boxing Day");
        }
        return Map.copyOf(h);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, String> load(String resource) {
        var in = WorkingDayCalendar.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the build");
        }
        var map = new HashMap<LocalDate, String>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                int comma = line.indexOf(',');
                map.put(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}

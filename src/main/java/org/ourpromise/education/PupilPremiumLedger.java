package org.ourpromise.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.EducationEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Virtual School's Pupil Premium Plus from the record: each child's allocation for a financial year, the
 * payments to schools, a year's statement and the children whose allocation is not being spent.
 */
@Service
public class PupilPremiumLedger {

    /** A child on the worklist: money left this year and nothing paid for a while. */
    public record Unspent(String childId, String name, PupilPremium.Allocation allocation,
            @Nullable LocalDate lastPaid) {
    }

    private final PupilPremiumStore store;
    private final ChildRegister children;
    private final CareEpisodes care;
    private final SchoolHistory history;
    private final SchoolList schools;
    private final EducationEventRepository events;
    private final PupilPremiumSettings settings;
    private final Clock clock;

    PupilPremiumLedger(PupilPremiumStore store, ChildRegister children, CareEpisodes care, SchoolHistory history,
            SchoolList schools, EducationEventRepository events, PupilPremiumSettings settings, Clock clock) {
        this.store = store;
        this.children = children;
        this.care = care;
        this.history = history;
        this.schools = schools;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PupilPremiumSettings settings() {
        return settings;
    }

    /** Every child eligible in the year or paid for in it, by child id. */
    @Transactional(readOnly = true)
    public List<PupilPremium.Allocation> allocations(FinancialYear year) {
        var register = children.children(null);
        var episodes = care.byChild(null);
        var payments = store.payments(null);
        var out = new ArrayList<PupilPremium.Allocation>();
        for (var e : episodes.entrySet()) {
            var child = register.get(e.getKey());
            if (child == null) {
                continue;
            }
            var a = PupilPremium.allocation(e.getKey(), child.identity().dateOfBirth(), e.getValue(), year, settings,
                    payments.getOrDefault(e.getKey(), List.of()));
            if (a.eligible() || a.paid().signum() > 0) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(PupilPremium.Allocation::childId));
        return out;
    }

    @Transactional(readOnly = true)
    public PupilPremiumStatement statement(FinancialYear year) {
        var all = store.everyPayment(null).values().stream().flatMap(List::stream).toList();
        return PupilPremiumStatement.of(year, settings, allocations(year), all, schools.all());
    }

    /** The statements of the years from the first with a payment (or five years back) to this one, newest first. */
    @Transactional(readOnly = true)
    public List<PupilPremiumStatement> years() {
        var now = FinancialYear.of(today());
        int first = store.payments(null).values().stream().flatMap(List::stream)
                .mapToInt(p -> p.financialYear().startYear()).min().orElse(now.startYear());
        first = Math.max(Math.min(first, now.startYear() - 4), now.startYear() - 9);
        var out = new ArrayList<PupilPremiumStatement>();
        for (int y = now.startYear(); y >= first; y--) {
            out.add(statement(new FinancialYear(y)));
        }
        return out;
    }

    /** Children eligible this year with money left and nothing paid in {@code unspentAfterDays}, most left first. */
    @Transactional(readOnly = true)
    public List<Unspent> unspent(LocalDate today) {
        var year = FinancialYear.of(today);
        var register = children.children(null);
        var payments = store.payments(null);
        var out = new ArrayList<Unspent>();
        for (var a : allocations(year)) {
            var last = payments.getOrDefault(a.childId(), List.of()).stream().map(PupilPremiumPayment::paidOn)
                    .max(Comparator.naturalOrder()).orElse(null);
            var since = last == null || last.isBefore(year.first()) ? year.first() : last;
            if (a.eligible() && a.left().signum() > 0 && !since.plusDays(settings.unspentAfterDays()).isAfter(today)) {
                var id = register.get(a.childId()).identity();
                out.add(new Unspent(a.childId(), id.givenName() + " " + id.familyName(), a, last));
            }
        }
        out.sort(Comparator.comparing((Unspent u) -> u.allocation().left()).reversed().thenComparing(Unspent::name));
        return out;
    }

    /**
     * One child's Pupil Premium Plus: allocations of the years eligible or paid, newest first, and payments (withdrawn
     * ones too, which the allocations do not count).
     */
    public record ChildView(List<PupilPremium.Allocation> years, List<PupilPremiumPayment> payments,
            Map<String, School> schools, List<LocalDate> peps, List<SchoolPlacement> placements) {
    }

    @Transactional(readOnly = true)
    public ChildView child(String childId, LocalDate born) {
        var episodes = care.byChild(childId).getOrDefault(childId, List.<CareEpisode>of());
        var payments = store.everyPayment(childId).getOrDefault(childId, List.of());
        var now = FinancialYear.of(today());
        var years = new ArrayList<PupilPremium.Allocation>();
        for (int y = now.startYear(); y >= now.startYear() - 5; y--) {
            var a = PupilPremium.allocation(childId, born, episodes, new FinancialYear(y), settings, payments);
            if (a.eligible() || a.paid().signum() > 0) {
                years.add(a);
            }
        }
        var peps = events.events(childId).getOrDefault(childId, List.of()).stream()
                .filter(e -> e.kind() == EducationEvent.Kind.PEP_MEETING).map(EducationEvent::date)
                .sorted(Comparator.reverseOrder()).toList();
        var placements = history.placements(childId).getOrDefault(childId, List.of());
        return new ChildView(years, payments, schools.all(), peps, placements);
    }

    /** The child's allocation in the year of {@code paidOn}, as the record stands (the caller holds the lock). */
    PupilPremium.Allocation allocationOn(String childId, LocalDate born, LocalDate paidOn) {
        store.lock(childId);
        var episodes = care.byChild(childId).getOrDefault(childId, List.<CareEpisode>of());
        return PupilPremium.allocation(childId, born, episodes, FinancialYear.of(paidOn), settings,
                store.payments(childId).getOrDefault(childId, List.of()));
    }

    /**
     * The child's allocation in the year of {@code paidOn} as it would be without payment {@code leaving} (the one
     * being changed), as the record stands (the caller holds the lock).
     */
    PupilPremium.Allocation allocationWithout(String childId, LocalDate born, LocalDate paidOn, long leaving) {
        store.lock(childId);
        var episodes = care.byChild(childId).getOrDefault(childId, List.<CareEpisode>of());
        var others = store.payments(childId).getOrDefault(childId, List.of()).stream().filter(p -> p.id() != leaving)
                .toList();
        return PupilPremium.allocation(childId, born, episodes, FinancialYear.of(paidOn), settings, others);
    }

    /** One of the child's payments, withdrawn or not. */
    @Transactional(readOnly = true)
    public java.util.Optional<PupilPremiumPayment> payment(String childId, long id) {
        return store.everyPayment(childId).getOrDefault(childId, List.of()).stream().filter(p -> p.id() == id)
                .findFirst();
    }

    /** False, and nothing changed, when the payment has changed or been withdrawn since {@code version}. */
    boolean change(PupilPremiumPayment payment, int version) {
        return store.change(payment, version);
    }

    /** False, and nothing changed, when the payment has changed or been withdrawn since {@code version}. */
    boolean withdraw(PupilPremiumPayment payment, int version, String username, String reason) {
        return store.withdraw(payment.childId(), payment.id(), version, username,
                java.time.LocalDateTime.now(clock).withNano(0), reason);
    }

    void pay(PupilPremiumPayment payment, String username) {
        store.add(payment, username);
    }

    /** Demo data and imports: payments in one batch. */
    public void addAll(List<PupilPremiumPayment> payments, String username) {
        store.addAll(payments, username);
    }
}

package org.ourpromise.entitlements;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local offer's entitlements with their budget left, claims for the children and young people the user may
 * see (recorded, approved, paid or refused with a reason; CSV), and one young person's entitlements with what is
 * left of each. A claim by someone not eligible, or over the limit, is refused and nothing is saved.
 */
@Controller
class EntitlementsController {

    private static final String CHILD_ID = "[A-Za-z0-9-]{1,40}";

    private final EntitlementStore store;
    private final YoungPeople people;
    private final ChildRegister children;
    private final ChildAccess access;
    private final AuditLog audit;
    private final java.time.Clock clock;

    EntitlementsController(EntitlementStore store, YoungPeople people, ChildRegister children, ChildAccess access,
            AuditLog audit, java.time.Clock clock) {
        this.store = store;
        this.people = people;
        this.children = children;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @GetMapping("/entitlements")
    @Transactional
    String entitlements(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model) {
        return page(user, model, new HashMap<>(), Map.of(), params);
    }

    @GetMapping("/entitlements.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var names = names();
        var byId = byId();
        // the page's order, every page of it
        var claims = ClaimColumns.of(names, byId).sorted(visibleClaims(user), params.get("sort"), params.get("order"));
        audit.recordShown(AuditLog.Action.EXPORT, claims.stream().map(Claim::childId).toList(),
                "entitlement claims CSV: " + claims.size() + " claims");
        var out = new StringBuilder();
        CsvTable.line(out, List.of("Claim", "Child ID", "Name", "Entitlement", "Requested", "Amount", "What for",
                "Status", "Decided", "Reason refused"));
        for (var c : claims) {
            var e = byId.get(c.entitlementId());
            CsvTable.line(out, List.of(String.valueOf(c.id()), c.childId(), names.getOrDefault(c.childId(), ""),
                    e.name(), c.requestedOn().toString(), e.format(c.amount()), c.purpose(), c.status().words(),
                    c.decidedOn() == null ? "" : c.decidedOn().toString(),
                    c.refusalReason() == null ? "" : c.refusalReason()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entitlement-claims-" + today() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/entitlements/claims")
    @Transactional
    String claim(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var in = new FormInput(params);
        String childId = in.raw("child");
        Optional<YoungPeople.Standing> person = Optional.empty();
        if (childId.isEmpty()) {
            in.error("child", "Enter the child's or young person's ID");
        } else if (!childId.matches(CHILD_ID) || !children.exists(childId) || !access.canView(user, childId)) {
            in.error("child", "There is no child or young person with the ID " + childId + " that you may see");
        } else {
            person = people.on(childId, today());
        }
        var entitlement = entitlement(in.raw("entitlement"));
        var read = ClaimForm.read(in, childId, entitlement.orElse(null), today());
        if (read.claim() != null && person.isPresent()) {
            var c = read.claim();
            var e = entitlement.get();
            var p = people.on(childId, c.requestedOn()).orElseThrow();
            String why = EntitlementRules.ineligible(e, p.age(), p.inCare(), p.careLeaver());
            if (why != null) {
                in.error("entitlement", why + " on the day of the claim");
            } else {
                ClaimForm.checkLimit(in, e, c.amount(), EntitlementRules.leftFor(e, store.claims(childId), c.requestedOn()));
            }
        }
        if (in.hasErrors()) {
            return page(user, model, params, in.errors(), Map.of());
        }
        store.addClaim(read.claim(), user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "claim for " + entitlement.get().name() + ": "
                + entitlement.get().format(read.claim().amount()));
        return "redirect:/entitlements/children/" + childId;
    }

    @PostMapping("/entitlements/claims/{id}")
    @Transactional
    String decide(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model) {
        var claim = (id.matches("\\d{1,12}") ? store.claim(Long.parseLong(id)) : Optional.<Claim>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No claim " + id));
        visible(user, claim.childId());
        var in = new FormInput(params);
        String v = in.raw("version");
        int version = v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
        if (version != claim.version()) {
            return stale(user, claim, params, model);
        }
        var next = in.choice("status", allowedAfter(claim.status()), "Select what happened to the claim");
        var reason = in.text("reason", 200);
        if (next == Claim.Status.REFUSED && reason == null && !in.errors().containsKey("reason")) {
            in.error("reason", "Give the reason the claim was refused");
        }
        if (!in.hasErrors() && !store.decide(claim.id(), next, today(), next == Claim.Status.REFUSED ? reason : null,
                version, user.username())) {
            return stale(user, store.claim(claim.id()).orElseThrow(), params, model);
        }
        if (in.hasErrors()) {
            var errors = new java.util.LinkedHashMap<String, String>();
            in.errors().forEach((k, m) -> errors.put("status-" + claim.id(), m));
            return child(user, claim.childId(), model, params, errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, claim.childId(), "claim " + claim.id() + " " + next.words().toLowerCase(java.util.Locale.ROOT));
        return "redirect:/entitlements/children/" + claim.childId();
    }

    /** Someone else decided the claim first: nothing is saved; what is saved now beside the user's entries. */
    private String stale(PromiseUser user, Claim now, Map<String, String> params, Model model) {
        String yours = params.getOrDefault("status", "");
        var errors = new java.util.LinkedHashMap<String, String>();
        new StaleEdit(now.version())
                .compare("What happened", now.status().words(), java.util.Arrays.stream(Claim.Status.values())
                        .filter(s -> s.name().equals(yours)).map(Claim.Status::words).findFirst().orElse(""))
                .compare("Reason, if refused", now.refusalReason(), params.get("reason"))
                .show(model, errors, "status-" + now.id());
        var values = new HashMap<String, String>(params);
        values.put("claim", String.valueOf(now.id()));
        return child(user, now.childId(), model, values, errors);
    }

    @GetMapping("/entitlements/children/{childId}")
    @Transactional
    String young(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        return child(user, childId, model, new HashMap<>(), Map.of());
    }

    @GetMapping("/entitlements/spending")
    @Transactional
    String spending(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year,
            Model model) {
        int current = EntitlementRules.yearStart(today()).getYear() + 1;
        int y = year != null && year.matches("20\\d\\d") ? Integer.parseInt(year) : current;
        var from = LocalDate.of(y - 1, 4, 1);
        audit.record(AuditLog.Action.VIEW_REPORT, null, "entitlement spending " + (y - 1) + " to " + y);
        model.addAttribute("rows", Spending.of(store.entitlements(), store.claims(null), from));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(current - 4, current).boxed().toList());
        return "entitlements/spending";
    }

    private Set<Claim.Status> allowedAfter(Claim.Status status) {
        return switch (status) {
            case REQUESTED -> Set.of(Claim.Status.APPROVED, Claim.Status.REFUSED);
            case APPROVED -> Set.of(Claim.Status.PAID, Claim.Status.REFUSED);
            case PAID, REFUSED -> Set.of();
        };
    }

    private String child(PromiseUser user, String childId, Model model, Map<String, String> values,
            Map<String, String> errors) {
        visible(user, childId);
        var person = people.on(childId, today()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed entitlements and claims");
        var claims = store.claims(childId);
        var rows = new ArrayList<Map<String, Object>>();
        for (var e : store.entitlements()) {
            var why = EntitlementRules.ineligible(e, person.age(), person.inCare(), person.careLeaver());
            rows.add(Map.of("entitlement", e, "eligible", why == null, "why", why == null ? "" : why,
                    "left", e.format(EntitlementRules.leftFor(e, claims, today()).max(BigDecimal.ZERO))));
        }
        model.addAttribute("person", person);
        model.addAttribute("caption", person.name() + " (" + person.childId() + "), " + person.age() + ", "
                + person.words().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("personName", person.name());
        model.addAttribute("rows", rows);
        model.addAttribute("claims", claims);
        model.addAttribute("byId", byId());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "entitlements/child";
    }

    private String page(PromiseUser user, Model model, Map<String, String> values, Map<String, String> errors,
            Map<String, String> listing) {
        var all = store.claims(null);
        var claims = visibleClaims(user);
        var names = names();
        var list = ClaimColumns.of(names, byId()).page(claims, listing.get("sort"), listing.get("order"),
                listing.get("page"), "/entitlements", Map.of());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.items().stream().map(Claim::childId).toList(),
                "entitlements and claims: " + claims.size() + " claims of "
                + claims.stream().map(Claim::childId).distinct().count() + " children, " + list.items().size()
                + " listed");
        var budgets = new HashMap<Long, String>();
        for (var e : store.entitlements()) {
            var left = EntitlementRules.budgetLeft(e, all, today());
            budgets.put(e.id(), left == null ? "No set budget" : e.format(left));
        }
        model.addAttribute("entitlements", store.entitlements());
        model.addAttribute("budgets", budgets);
        model.addAttribute("offer", store.localOffer().orElse(null));
        model.addAttribute("list", list);
        model.addAttribute("claims", list.items());
        model.addAttribute("names", names);
        model.addAttribute("byId", byId());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "entitlements/entitlements";
    }

    private List<Claim> visibleClaims(PromiseUser user) {
        var visible = access.visibleChildren(user);
        return store.claims(null).stream().filter(c -> visible.map(v -> v.contains(c.childId())).orElse(true)).toList();
    }

    private Map<Long, Entitlement> byId() {
        var m = new HashMap<Long, Entitlement>();
        store.entitlements().forEach(e -> m.put(e.id(), e));
        return m;
    }

    private Map<String, String> names() {
        var m = new HashMap<String, String>();
        children.children(null).forEach((id, c) -> m.put(id, c.identity().givenName() + " " + c.identity().familyName()));
        return m;
    }

    private Optional<Entitlement> entitlement(String raw) {
        return raw.matches("\\d{1,12}") ? store.entitlement(Long.parseLong(raw)) : Optional.empty();
    }

    private void visible(PromiseUser user, String childId) {
        if (!childId.matches(CHILD_ID) || !children.exists(childId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
    }
}

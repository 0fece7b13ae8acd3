package org.ourpromise.risk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register of other councils' children placed in our area (they appear in the missing figures and at the
 * exploitation panels): counts, the list and its CSV, a placement added, and changed (told, ended) at its version.
 * These are not our children, so there is no child record to audit against; views and changes are audited.
 */
@Controller
class PlacedHereController {

    private final YouthJusticeAndPlacedHere records;
    private final ChildrenAtRisk atRisk;
    private final AuditLog audit;

    PlacedHereController(YouthJusticeAndPlacedHere records, ChildrenAtRisk atRisk, AuditLog audit) {
        this.records = records;
        this.atRisk = atRisk;
        this.audit = audit;
    }

    /** Newest placement first (the register's own order), or by reference, home council or end. */
    static final Sorting<PlacedHere> COLUMNS = Sorting
            .byDescending("placed", java.util.Comparator.comparing(PlacedHere::placedOn).thenComparing(PlacedHere::id))
            .and("reference", java.util.Comparator.comparing(PlacedHere::reference))
            .and("council", java.util.Comparator.comparing((PlacedHere p) -> p.homeCouncil().toLowerCase(java.util.Locale.UK)))
            .andDescending("ended", java.util.Comparator.comparing(PlacedHere::endedOn,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));

    @GetMapping("/risk/placed-here")
    @Transactional
    String register(@RequestParam(required = false) @org.jspecify.annotations.Nullable String edit,
            @RequestParam Map<String, String> params, Model model) {
        model.addAttribute("listing", params);
        var values = new HashMap<String, String>();
        var editing = edit != null && edit.matches("\\d{1,12}") ? records.placedHere(Long.parseLong(edit)).orElse(null) : null;
        if (editing != null) {
            values.putAll(values(editing));
        }
        return page(model, editing, values, Map.of());
    }

    @GetMapping("/risk/placed-here.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        var all = COLUMNS.sorted(records.placedHere(), params.get("sort"), params.get("order"));
        audit.record(AuditLog.Action.EXPORT, null, "other councils' children placed here CSV: " + all.size() + " placements");
        var out = new StringBuilder();
        CsvTable.line(out, List.of("Reference", "Home council", "Placement", "Placed here", "We were told", "Ended"));
        for (var p : all) {
            CsvTable.line(out, List.of(p.reference(), p.homeCouncil(), p.placement(), p.placedOn().toString(),
                    p.notifiedOn() == null ? "" : p.notifiedOn().toString(), p.endedOn() == null ? "" : p.endedOn().toString()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"placed-here-" + atRisk.today() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping({"/risk/placed-here", "/risk/placed-here/{id}"})
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable(required = false) @org.jspecify.annotations.Nullable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var existing = id == null ? null : (id.matches("\\d{1,12}") ? records.placedHere(Long.parseLong(id))
                : java.util.Optional.<PlacedHere>empty()).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No placement " + id));
        var read = RiskForms.placedHere(params, existing, atRisk.today());
        if (read.placement() == null) {
            return page(model, existing, params, read.errors());
        }
        var p = read.placement();
        if (existing == null) {
            records.addPlacedHere(p, user.username());
        } else if (!records.updatePlacedHere(p, user.username())) {
            var now = records.placedHere(existing.id()).orElseThrow();
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("Placement", now.placement(), p.placement())
                    .compare("We were told", text(now.notifiedOn()), text(p.notifiedOn()))
                    .compare("Ended", text(now.endedOn()), text(p.endedOn())).show(model, errors, "reference");
            var values = new HashMap<String, String>(params);
            values.put("version", String.valueOf(now.version()));
            return page(model, now, values, errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, null, (existing == null ? "child placed here by " : "placement changed, ")
                + p.homeCouncil() + " (their reference " + p.reference() + ") from " + p.placedOn()
                + (p.endedOn() == null ? "" : " to " + p.endedOn()));
        SuccessBanner.flash(redirect, "The placement of " + p.reference() + " is saved");
        return "redirect:/risk/placed-here";
    }

    private static String text(java.time.@org.jspecify.annotations.Nullable LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private String page(Model model, @org.jspecify.annotations.Nullable PlacedHere editing, Map<String, String> values,
            Map<String, String> errors) {
        var today = atRisk.today();
        var all = records.placedHere();
        var current = all.stream().filter(p -> p.isCurrentOn(today)).toList();
        var byCouncil = new TreeMap<String, Long>();
        current.forEach(p -> byCouncil.merge(p.homeCouncil(), 1L, Long::sum));
        audit.record(AuditLog.Action.VIEW_REPORT, null, "other councils' children placed here: " + all.size()
                + " placements, " + current.size() + " here today");
        var listing = model.getAttribute("listing") instanceof Map<?, ?> m ? m : Map.of();
        var list = COLUMNS.page(all, (String) listing.get("sort"), (String) listing.get("order"),
                (String) listing.get("page"), "/risk/placed-here", Map.of());
        model.addAttribute("list", list);
        model.addAttribute("placements", list.items());
        model.addAttribute("current", current.size());
        model.addAttribute("notTold", current.stream().filter(p -> p.notifiedOn() == null).count());
        model.addAttribute("lastYear", all.stream().filter(p -> !p.placedOn().isBefore(today.minusYears(1))).count());
        model.addAttribute("byCouncil", byCouncil);
        model.addAttribute("editing", editing);
        model.addAttribute("today", today);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "risk/placed-here";
    }

    private static Map<String, String> values(PlacedHere p) {
        var v = new HashMap<String, String>();
        v.put("reference", p.reference());
        v.put("homeCouncil", p.homeCouncil());
        v.put("placement", p.placement());
        FormInput.putDate(v, "placedOn", p.placedOn());
        FormInput.putDate(v, "notifiedOn", p.notifiedOn());
        FormInput.putDate(v, "endedOn", p.endedOn());
        v.put("version", String.valueOf(p.version()));
        return v;
    }
}

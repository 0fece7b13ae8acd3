package org.ourpromise.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.children.ChildRegister;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff directory page, and adding or changing a member of staff. Every change is audited. */
@Controller
class StaffController {

    private final StaffDirectory directory;
    private final ChildRegister register;
    private final AuditLog audit;
    private final Clock clock;

    StaffController(StaffDirectory directory, ChildRegister register, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/staff")
    String directory(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var today = LocalDate.now(clock);
        var rows = StaffRows.of(directory.all(), register.childrenByWorker(today), today);
        var list = StaffRows.COLUMNS.page(rows, sort, order, page, "/admin/staff", Map.of());
        model.addAttribute("list", list);
        model.addAttribute("today", today);
        model.addAttribute("inPost", rows.stream().filter(StaffRows::inPost).count());
        return "staff/directory";
    }

    /** The whole directory as CSV, in the page's order; the worker IDs are in it for the systems that read it. */
    @GetMapping("/admin/staff.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var today = LocalDate.now(clock);
        var rows = StaffRows.COLUMNS.sorted(StaffRows.of(directory.all(), register.childrenByWorker(today), today),
                sort, order);
        audit.record(AuditLog.Action.EXPORT, null, "downloaded the staff directory: " + rows.size() + " people");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"staff-" + today + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(StaffRows.csv(rows).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/staff/new")
    String newMember(Model model) {
        var values = new LinkedHashMap<String, String>();
        values.put("fte", "1");
        values.put("agency", "no");
        return form(model, null, values, Map.of());
    }

    @PostMapping("/admin/staff/new")
    @Transactional
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var read = StaffForm.read(params, null);
        var errors = new LinkedHashMap<>(read.errors());
        if (read.member() != null && directory.find(read.member().workerId()).isPresent()) {
            errors.put("workerId", "There is already a member of staff with the worker ID " + read.member().workerId());
        }
        if (!errors.isEmpty()) {
            return form(model, null, params, errors);
        }
        var m = read.member();
        directory.addAll(java.util.List.of(m));
        audit.record(AuditLog.Action.EDIT_LIST, null, "added staff member " + m.workerId() + ": " + describe(m));
        // banner text as a flash attribute (fragments/banner), never in the address
        redirect.addFlashAttribute("success", "Saved " + m.name());
        return "redirect:/admin/staff";
    }

    @GetMapping("/admin/staff/{workerId}")
    String edit(@PathVariable String workerId, Model model) {
        var m = find(workerId);
        return form(model, m, StaffForm.values(m), Map.of());
    }

    @PostMapping("/admin/staff/{workerId}")
    @Transactional
    String change(@PathVariable String workerId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var before = find(workerId);
        var read = StaffForm.read(params, workerId);
        if (read.member() == null) {
            return form(model, before, params, read.errors());
        }
        try {
            directory.update(read.member());
        } catch (StaffDirectory.StaleEdit e) {
            var now = find(workerId);
            var values = new LinkedHashMap<String, String>(params);
            values.put("version", String.valueOf(now.version()));
            var errors = new LinkedHashMap<String, String>();
            errors.put("name", StaffChanges.MESSAGE);
            model.addAttribute("stale", changes(now, read.member()));
            return form(model, now, values, errors);
        }
        audit.record(AuditLog.Action.EDIT_LIST, null, "changed staff member " + workerId + " from " + describe(before)
                + " to " + describe(read.member()));
        redirect.addFlashAttribute("success", "Saved " + read.member().name());
        return "redirect:/admin/staff";
    }

    /** What is saved now beside what the user entered, field by field. */
    private static StaffChanges changes(StaffMember now, StaffMember yours) {
        return new StaffChanges(now.version()).compare("Name", now.name(), yours.name())
                .compare("Role", now.role().label(), yours.role().label()).compare("Team", now.team(), yours.team())
                .compare("Email", now.email(), yours.email())
                .compare("Agency or permanent", now.agency() ? "Agency" : "Permanent", yours.agency() ? "Agency" : "Permanent")
                .compare("Share of full time", now.fte().stripTrailingZeros().toPlainString(),
                        yours.fte().stripTrailingZeros().toPlainString())
                .compare("Start date", day(now.from()), day(yours.from())).compare("Last day", day(now.to()), day(yours.to()));
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private StaffMember find(String workerId) {
        if (!workerId.matches(StaffForm.WORKER_ID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No member of staff " + workerId);
        }
        return directory.find(workerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member of staff " + workerId));
    }

    private static String describe(StaffMember m) {
        return m.name() + ", " + m.role().label() + ", " + m.team() + ", " + (m.agency() ? "agency" : "permanent")
                + ", FTE " + m.fte() + ", from " + m.from() + (m.to() == null ? "" : " to " + m.to())
                + (m.email() == null ? "" : ", " + m.email());
    }

    private String form(Model model, @Nullable StaffMember member, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("member", member);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        var roles = new LinkedHashMap<String, String>();
        for (var r : StaffRole.values()) {
            roles.put(r.name(), r.label());
        }
        model.addAttribute("roles", roles);
        var agency = new LinkedHashMap<String, String>();
        agency.put("no", "Permanent");
        agency.put("yes", "Agency");
        model.addAttribute("agencyChoices", agency);
        model.addAttribute("noHints", Map.of());
        model.addAttribute("teams", directory.all().stream().map(StaffMember::team).distinct().sorted().toList());
        return "staff/member";
    }
}

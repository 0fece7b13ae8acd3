package org.ourpromise.education;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;
import org.springframework.http.HttpHeaders;
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

/**
 * Pupil Premium Plus: the statement by financial year and by school (no child named; sortable, with CSV), and a
 * child's allocation with the form for a payment to their school against their PEP (the child's views audited).
 */
@Controller
class PupilPremiumController {

    static final String PATH = "/virtual-school/pupil-premium";

    private final PupilPremiumLedger ledger;
    private final EducationAccess access;
    private final AuditLog audit;

    PupilPremiumController(PupilPremiumLedger ledger, EducationAccess access, AuditLog audit) {
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @Transactional
    String statement(@RequestParam Map<String, String> params, Model model) {
        var year = year(params.get("year"));
        var statement = ledger.statement(year);
        var years = ledger.years();
        audit.record(AuditLog.Action.VIEW_REPORT, null, "viewed the Pupil Premium Plus statement for " + year.words());
        model.addAttribute("statement", statement);
        model.addAttribute("schoolList", schools(statement, params));
        model.addAttribute("yearList", years(years, params));
        model.addAttribute("settings", ledger.settings());
        return "education/pupil-premium";
    }

    @GetMapping(PATH + ".csv")
    @Transactional
    ResponseEntity<byte[]> schoolsCsv(@RequestParam Map<String, String> params) {
        var year = year(params.get("year"));
        var statement = ledger.statement(year);
        var rows = schoolColumns().sorted(statement.schools(), params.get("sort"), params.get("order")).stream()
                .map(s -> List.of(s.name(), s.urn(), String.valueOf(s.children()), String.valueOf(s.payments()),
                        s.amount().toPlainString(), String.valueOf(s.withdrawn()),
                        s.withdrawnAmount().toPlainString())).toList();
        audit.record(AuditLog.Action.EXPORT, null, "Pupil Premium Plus by school " + year.words() + " CSV: "
                + rows.size() + " schools");
        return csv(CsvTable.of(List.of("School", "URN", "Children", "Payments", "Paid (£)",
                "Payments withdrawn (not counted)", "Withdrawn (£)"), rows),
                "pupil-premium-by-school-" + year.words() + ".csv");
    }

    @GetMapping(PATH + "/years.csv")
    @Transactional
    ResponseEntity<byte[]> yearsCsv(@RequestParam Map<String, String> params) {
        var rows = yearColumns().sorted(ledger.years(), params.get("sort"), params.get("order")).stream()
                .map(s -> List.of(s.year().words(), s.rate().perChild().toPlainString(), String.valueOf(s.eligible()),
                        s.grant().toPlainString(), s.kept().toPlainString(), s.allocated().toPlainString(),
                        s.paid().toPlainString(), s.left().toPlainString(), s.toppedUp().toPlainString())).toList();
        audit.record(AuditLog.Action.EXPORT, null, "Pupil Premium Plus by year CSV: " + rows.size() + " years");
        return csv(CsvTable.of(List.of("Financial year", "Rate per child (£)", "Eligible children", "Grant (£)",
                "Kept by the Virtual School (£)", "Allocated to schools (£)", "Paid (£)", "Left (£)",
                "Topped up from the pool (£)"), rows), "pupil-premium-by-year.csv");
    }

    @GetMapping(PATH + "/children/{childId}")
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = access.open(user, childId, "opened the child's Pupil Premium Plus");
        var values = new HashMap<String, String>();
        var view = ledger.child(childId, child.identity().dateOfBirth());
        if (view.placements().size() == 1) {
            values.put("urn", view.placements().get(0).urn());
        }
        return childPage(model, child, view, values, Map.of());
    }

    @PostMapping(PATH + "/children/{childId}")
    @Transactional
    String pay(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.open(user, childId, "opened the child's Pupil Premium Plus");
        var born = child.identity().dateOfBirth();
        var view = ledger.child(childId, born);
        String name = child.identity().givenName() + " " + child.identity().familyName();
        var read = PupilPremiumForm.read(params, childId, name, view, ledger.today(),
                paidOn -> ledger.allocationOn(childId, born, paidOn));
        if (read.payment() == null) {
            return childPage(model, child, view, params, read.errors());
        }
        var p = read.payment();
        ledger.pay(p, user.username());
        access.changed(childId, "Pupil Premium Plus paid to school " + p.urn() + ": " + p.amount().toPlainString()
                + " on " + p.paidOn() + " against the PEP of " + p.pepDate());
        SuccessBanner.flash(redirect, PupilPremiumStatement.pounds(p.amount()) + " paid to "
                + PupilPremiumForm.schoolChoices(view).get(p.urn()) + " is recorded");
        return "redirect:" + PATH + "/children/" + childId;
    }

    private String childPage(Model model, org.ourpromise.children.ChildRegister.RegisteredChild child,
            PupilPremiumLedger.ChildView view, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("view", view);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("schoolChoices", PupilPremiumForm.schoolChoices(view));
        model.addAttribute("pepChoices", PupilPremiumForm.pepChoices(view));
        model.addAttribute("noHints", Map.of());
        model.addAttribute("purposeMax", PupilPremiumForm.PURPOSE_MAX);
        return "education/pupil-premium-child";
    }

    private FinancialYear year(@Nullable String year) {
        var now = FinancialYear.of(ledger.today());
        if (year != null && year.matches("20\\d\\d")) {
            int y = Integer.parseInt(year);
            if (y <= now.startYear() && y >= now.startYear() - 20) {
                return new FinancialYear(y);
            }
        }
        return now;
    }

    static Sorting<PupilPremiumStatement.SchoolLine> schoolColumns() {
        return Sorting.by("school", Comparator.comparing(PupilPremiumStatement.SchoolLine::name))
                .andDescending("children", Comparator.comparingInt(PupilPremiumStatement.SchoolLine::children))
                .andDescending("payments", Comparator.comparingInt(PupilPremiumStatement.SchoolLine::payments))
                .andDescending("paid", Comparator.comparing(PupilPremiumStatement.SchoolLine::amount));
    }

    static Sorting<PupilPremiumStatement> yearColumns() {
        return Sorting.byDescending("year", Comparator.comparingInt((PupilPremiumStatement s) -> s.year().startYear()))
                .andDescending("eligible", Comparator.comparingInt(PupilPremiumStatement::eligible))
                .andDescending("paid", Comparator.comparing(PupilPremiumStatement::paid))
                .andDescending("left", Comparator.comparing(PupilPremiumStatement::left));
    }

    private static ListPage<PupilPremiumStatement.SchoolLine> schools(PupilPremiumStatement s, Map<String, String> params) {
        boolean asked = "by-school".equals(params.get("table"));
        return schoolColumns().page(s.schools(), asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, PATH, Map.of("table", "by-school", "year", s.year().startYear()));
    }

    private static ListPage<PupilPremiumStatement> years(List<PupilPremiumStatement> years, Map<String, String> params) {
        boolean asked = "by-year".equals(params.get("table"));
        var kept = params.containsKey("year") ? Map.<String, Object>of("table", "by-year", "year", params.get("year"))
                : Map.<String, Object>of("table", "by-year");
        return yearColumns().page(years, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, PATH, kept);
    }

    private static ResponseEntity<byte[]> csv(String body, String filename) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}

package org.ourpromise.recordsrequests;

import java.util.List;
import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of requests for records: the list with each due day, logging a request, and recording its
 * progress. Every page audits the children it shows; every change is audited by {@link RecordsRequests}.
 */
@Controller
class RecordsRequestsController {

    private static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    private final RecordsRequests requests;
    private final ChildRegister children;
    private final AuditLog audit;

    RecordsRequestsController(RecordsRequests requests, ChildRegister children, AuditLog audit) {
        this.requests = requests;
        this.children = children;
        this.audit = audit;
    }

    @GetMapping("/records-requests")
    @Transactional
    String register(@RequestParam(required = false) @org.jspecify.annotations.Nullable String sort,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String order,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String page, Model model) {
        var all = requests.all();
        var list = RecordsRequestLists.columns(requests.today()).page(all, sort, order, page, "/records-requests",
                Map.of());
        audit.recordShown(AuditLog.Action.VIEW_RECORD, list.items().stream().map(RecordsRequest::childId).toList(),
                "viewed the register of records requests: " + list.items().size() + " of " + all.size() + " requests");
        model.addAttribute("requests", all);
        model.addAttribute("list", list);
        model.addAttribute("open", all.stream().filter(RecordsRequest::open).count());
        model.addAttribute("today", requests.today());
        return "recordsrequests/register";
    }

    @GetMapping("/records-requests/new")
    String newRequest(Model model) {
        return newForm(model, Map.of(), Map.of());
    }

    @PostMapping("/records-requests/new")
    @Transactional
    String log(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var in = new FormInput(params);
        String childId = in.raw("child");
        var child = childId.matches(CHILD_ID) ? children.find(childId) : java.util.Optional.<ChildRegister.RegisteredChild>empty();
        if (child.isEmpty()) {
            in.error("child", childId.isEmpty() ? "Enter the ID of the child or young person whose records are asked for"
                    : "There is no child or young person with the ID " + childId);
        }
        var read = RequestForms.newRequest(in, requests.today());
        if (in.hasErrors()) {
            return newForm(model, params, in.errors());
        }
        long id = requests.log(childId, read, user.username());
        return "redirect:/records-requests/" + id;
    }

    @GetMapping("/records-requests/{id}")
    @Transactional
    String show(@PathVariable String id, Model model) {
        var request = find(id);
        audit.record(AuditLog.Action.VIEW_RECORD, request.childId(), "viewed records request " + request.reference());
        return page(model, request, RequestForms.values(request), Map.of());
    }

    @PostMapping("/records-requests/{id}")
    @Transactional
    String progress(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var request = find(id);
        var in = new FormInput(params);
        var progress = RequestForms.progress(in, request, requests.today());
        if (progress == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, request.childId(), "viewed records request "
                    + request.reference() + " (changes not saved: " + in.errors().size() + " problems)");
            return page(model, request, params, in.errors());
        }
        if (!requests.progress(request, in.version(), progress, user.username())) {
            audit.record(AuditLog.Action.VIEW_RECORD, request.childId(), "viewed records request "
                    + request.reference() + " (changes not saved: saved by someone else since the page was opened)");
            var saved = find(id);
            var values = new java.util.HashMap<>(params);
            values.put("version", String.valueOf(saved.version()));
            model.addAttribute("stale", true);
            return page(model, saved, values, Map.of("version", "Someone else saved this request after you opened it. "
                    + "Nothing was saved: check what is saved now, then save again to apply your changes"));
        }
        SuccessBanner.flash(flash, "Request " + request.reference() + " saved");
        return "redirect:/records-requests/" + request.id();
    }

    @PostMapping("/records-requests/{id}/withheld")
    @Transactional
    String withhold(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var request = find(id);
        var in = new FormInput(params);
        var read = RequestForms.withheld(in);
        if (in.hasErrors()) {
            audit.record(AuditLog.Action.VIEW_RECORD, request.childId(), "viewed records request "
                    + request.reference() + " (withheld information not saved: " + in.errors().size() + " problems)");
            model.addAttribute("withheldValues", params);
            return page(model, request, RequestForms.values(request), in.errors());
        }
        requests.withhold(request, read, user.username());
        SuccessBanner.flash(flash, "What was withheld from " + request.reference() + " is recorded");
        return "redirect:/records-requests/" + request.id();
    }

    private String page(Model model, RecordsRequest request, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("request", request);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("withheldValues")) {
            model.addAttribute("withheldValues", Map.of());
        }
        model.addAttribute("withheld", requests.withheld(request.id()));
        model.addAttribute("exemptions", RequestForms.exemptions());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("extensions", Map.of("0", "No extension", "1", "One more month", "2", "Two more months"));
        model.addAttribute("firstMonth", request.clockStarts() == null ? null
                : ResponseDeadline.firstMonth(request.clockStarts()));
        model.addAttribute("today", requests.today());
        return "recordsrequests/request";
    }

    private String newForm(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", RequestForms.kinds());
        model.addAttribute("noHints", Map.of());
        return "recordsrequests/new";
    }

    RecordsRequest find(String id) {
        if (!id.matches("\\d{1,12}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No records request " + id);
        }
        return requests.find(Long.parseLong(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No records request " + id));
    }

}

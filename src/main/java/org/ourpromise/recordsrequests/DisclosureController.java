package org.ourpromise.recordsrequests;

import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.Chronology;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.staff.StaffDirectory;
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

/**
 * The whole record of the child a request is about, as a PDF to review before disclosure. Refused for an adopted
 * person's record (adopted adults ask through the adoption agency: Adoption and Children Act 2002, s.60 and the
 * Disclosure of Adoption Information regulations) and for a restricted record not open to the records officer.
 */
@Controller
class DisclosureController {

    private final RecordsRequestsController pages;
    private final RecordsRequests requests;
    private final CareRecords records;
    private final ChildAccess access;
    private final StaffDirectory staff;
    private final AuditLog audit;

    DisclosureController(RecordsRequestsController pages, RecordsRequests requests, CareRecords records,
            ChildAccess access, StaffDirectory staff, AuditLog audit) {
        this.pages = pages;
        this.requests = requests;
        this.records = records;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/records-requests/{id}/disclosure.pdf")
    @Transactional
    Object disclosure(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var request = pages.find(id);
        if (request.adopted()) {
            audit.record(AuditLog.Action.VIEW_RECORD, request.childId(), "refused to start disclosure for "
                    + request.reference() + ": an adopted person's record");
            return refused(model, request, "This is an adopted person's record. It is not disclosed through this "
                    + "register: adopted adults ask the adoption agency for their adoption records", response);
        }
        if (!access.restrictionAllows(user, request.childId())) {
            audit.record(AuditLog.Action.VIEW_RECORD, request.childId(), "refused to start disclosure for "
                    + request.reference() + ": a restricted record not open to the records officer");
            return refused(model, request, "This record is restricted. Ask its manager to name you on it before "
                    + "preparing the disclosure", response);
        }
        var child = records.load(request.childId()).orElseThrow();
        var document = DisclosureDocument.of(request, child, Chronology.of(child, staff.names()),
                requests.withheld(request.id()), requests.today());
        audit.record(AuditLog.Action.EXPORT, request.childId(), "exported the whole record as a PDF to review for "
                + "disclosure (" + request.reference() + ")");
        byte[] pdf = ReportRenderer.pdf("recordsrequests/disclosure", Map.of("doc", document), document.title());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"records-request-" + request.id()
                        + "-for-review.pdf\"")
                .body(pdf);
    }

    private String refused(Model model, RecordsRequest request, String why,
            jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", why);
        // the request page, with the reason in place of the document
        return pages.show(String.valueOf(request.id()), model);
    }
}

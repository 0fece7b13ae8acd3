package org.ourpromise.dataquality;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.returns.AnnexA;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Ofsted ILACS Annex A lists 8 (children in care) and 9 (care leavers) as a spreadsheet, as at
 * today. It holds every child's details, so only the performance team may take it, and each
 * download is audited.
 */
@Controller
class AnnexAController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CareRecords records;
    private final AuditLog audit;
    private final Clock clock;

    AnnexAController(CareRecords records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/returns/annex-a.xlsx")
    @Transactional
    ResponseEntity<byte[]> annexA() {
        var today = LocalDate.now(clock);
        var all = records.loadAll();
        var list8 = AnnexA.childrenInCare(all, today);
        var list9 = AnnexA.careLeavers(all, today);
        var out = new ByteArrayOutputStream();
        AnnexA.writeXlsx(list8, list9, out);
        audit.recordShown(AuditLog.Action.EXPORT, java.util.stream.Stream.concat(list8.stream(), list9.stream())
                .map(org.ourpromise.returns.AnnexARow::childId).toList(), "downloaded Annex A lists 8 and 9 as at " + today + ": "
                + list8.size() + " children in care, " + list9.size() + " care leavers");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annex-a-" + today + ".xlsx\"")
                .contentType(XLSX).body(out.toByteArray());
    }
}

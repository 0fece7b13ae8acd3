package org.ourpromise.returns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.annexa.AnnexAWorkbook;
import org.ourpromise.returns.annexa.CareLeaversList;
import org.ourpromise.returns.annexa.ChildrenInCareList;

/**
 * The Ofsted ILACS Annex A lists 8 (children in care) and 9 (care leavers) from the care record
 * (DOMAIN.md §4), as at a date (the day before the inspection, say), and written as an xlsx workbook.
 * Pure: the as-at date is given; events dated after it are not yet known. Rows are in child ID order.
 *
 * <p>Columns the record does not hold are left blank: List 8's permanence plan, last IRO visit or
 * contact, placement location and local authority of placement.
 */
public final class AnnexA {

    private AnnexA() {
    }

    /**
     * List 8: every child in care at the end of {@code asAt}, and every child whose care ended in the
     * 6 months before, from the date exactly 6 months before {@code asAt} up to {@code asAt} itself.
     * Short breaks (V3/V4) are not care for this list.
     */
    public static List<AnnexARow> childrenInCare(List<ChildRecord> children, LocalDate asAt) {
        return ChildrenInCareList.of(children, asAt);
    }

    /** List 9: every relevant, former relevant, qualifying and eligible young person at {@code asAt} (§3.3). */
    public static List<AnnexARow> careLeavers(List<ChildRecord> children, LocalDate asAt) {
        return CareLeaversList.of(children, asAt);
    }

    /** Both lists as one workbook: sheet "List 8", then "List 9". The stream is not closed. */
    public static void writeXlsx(List<AnnexARow> childrenInCare, List<AnnexARow> careLeavers, OutputStream out) {
        try {
            AnnexAWorkbook.write(List.of(AnnexAList.CHILDREN_IN_CARE, AnnexAList.CARE_LEAVERS),
                    List.of(childrenInCare, careLeavers), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Annex A workbook", e);
        }
    }

    /** Both lists as a workbook file (parent directories created). */
    public static void writeXlsx(List<AnnexARow> childrenInCare, List<AnnexARow> careLeavers, Path file) {
        try {
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                writeXlsx(childrenInCare, careLeavers, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Annex A workbook to " + file, e);
        }
    }
}

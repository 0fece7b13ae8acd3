package org.ourpromise.exchange;

import org.ourpromise.casefile.ReturnChecks;
import org.ourpromise.casefile.CareRecords;
import java.io.PrintStream;
import java.nio.file.Path;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.returns.RuleCatalogue;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.Ssda903Xml;
import org.springframework.stereotype.Component;

/** {@code export-903}: the return for a collection year, derived from the operational record. */
@Component
class ExportReturnCommand implements PromiseCommand {

    private final CareRecords records;
    private final AuditLog audit;

    ExportReturnCommand(CareRecords records, AuditLog audit) {
        this.records = records;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "export-903";
    }

    @Override
    public String usage() {
        return "export-903 --year Y --format csv|xml --out DIR";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        int year = args.requiredYear();
        String format = args.required("format");
        Path dir = Path.of(args.required("out"));
        if (!format.equals("csv") && !format.equals("xml")) {
            throw new CommandException("export-903: --format must be csv or xml, got '" + format + "'");
        }
        long started = System.nanoTime();
        var all = records.loadAll();
        var ret = Ssda903Derivation.derive(all, year, 0);
        String written;
        if (format.equals("xml")) {
            written = writeXml(ret, year, dir, err);
        } else {
            ret.writeCsv(dir, year);
            written = dir.toString();
        }
        audit.recordAs("command-line", AuditLog.Action.EXPORT, null,
                "exported the " + (year - 1) + "-" + year % 100 + " return as " + format + " to " + written);
        var counts = new StringBuilder();
        for (var t : Ssda903Table.collectedInYear(year)) {
            counts.append(' ').append(t.dfeName()).append('=').append(ret.rows(t).size());
        }
        err.println("export-903: " + year + ": " + all.size() + " records, wrote" + counts + " to " + dir + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (RuleCatalogue.covers(year)) {
            // Checked before anyone sends it: the same rules DfE will run, with last year's return derived too.
            var report = ReturnChecks.validate(all, year);
            err.println("export-903: checked against " + report.rulesRun().size() + " DfE rules (" + report.skipped().size()
                    + " not run for want of reference data or last year's return): " + report.failures().size()
                    + " failures" + (report.failures().isEmpty() ? "" : " by rule: " + report.failuresByRule()));
        }
        return 0;
    }

    /** The XML return, checked against the year's schema before anyone sends it; returns the file written. */
    private static String writeXml(Ssda903Return ret, int year, Path dir, PrintStream err)
            throws CommandException {
        Path file = dir.resolve("ssda903-" + (year - 1) + "-" + String.format("%02d", year % 100) + ".xml");
        try {
            Ssda903Xml.write(ret, year, file);
        } catch (IllegalArgumentException e) {
            throw new CommandException("export-903: cannot write the XML return: " + e.getMessage());
        }
        var problems = Ssda903Xml.validate(file, year);
        problems.forEach(p -> err.println("export-903: " + file.getFileName() + ", " + p));
        err.println("export-903: " + file.getFileName() + " checked against " + Ssda903Xml.schemaResource(year) + ": "
                + problems.size() + " schema problem(s)");
        return file.toString();
    }
}

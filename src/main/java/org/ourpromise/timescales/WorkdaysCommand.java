package org.ourpromise.timescales;

import java.io.PrintStream;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;

/**
 * {@code workdays --from DATE --add N}: the date N working days after DATE in England and Wales
 * (DOMAIN.md §3.1: day 1 is the first working day after DATE), printed as yyyy-mm-dd.
 */
public final class WorkdaysCommand implements PromiseCommand {

    /** Far more than any statutory timescale (the longest is 65 working days), small enough to answer at once. */
    static final int MAX_DAYS = 100_000;

    @Override
    public String name() {
        return "workdays";
    }

    @Override
    public String usage() {
        return "workdays --from DATE --add N";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var from = args.requiredDate("from");
        int n = args.requiredInt("add", 0, MAX_DAYS);
        out.println(WorkingDayCalendar.englandAndWales().addWorkingDays(from, n));
        return 0;
    }
}

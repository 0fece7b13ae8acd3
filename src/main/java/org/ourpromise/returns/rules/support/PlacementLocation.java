package org.ourpromise.returns.rules.support;

import java.util.Optional;
import org.ourpromise.returns.PostcodeDirectory;
import org.ourpromise.returns.PostcodeDirectory.GridReference;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;

/**
 * The episode fields DfE derives from HOME_POST and PL_POST through the postcode directory
 * (DOMAIN.md §1.5): PL_DISTANCE, PL_LA and PL_LOCATION. The return does not carry them; rules on
 * them need the directory, and those comparing with the council need its LA code.
 */
public final class PlacementLocation {

    /** PL_DISTANCE when it cannot be derived (unknown postcode, home outside England). */
    public static final double UNKNOWN_DISTANCE = 999.9;

    /** Metres in a statute mile, as the DfE guidance rounds it (DOMAIN.md §1.5). */
    private static final double METRES_PER_MILE = 1609.3;

    private PlacementLocation() {
    }

    /** Why a rule on the derived location cannot run: no directory, or (when asked) no council LA code. */
    public static Optional<String> unavailable(RuleContext ctx, boolean needsCouncil) {
        if (ctx.reference().postcodes().isEmpty()) {
            return Optional.of("needs a postcode directory (--postcodes) to derive placement location");
        }
        if (needsCouncil && ctx.reference().localAuthority().isEmpty()) {
            return Optional.of("needs the council's LA code (--la) to compare placement location");
        }
        return Optional.empty();
    }

    /**
     * PL_DISTANCE in miles, rounded to one decimal place: the straight line between the OS grid
     * references of the home and placement postcodes; {@link #UNKNOWN_DISTANCE} when either postcode
     * is not in the directory (or has no grid reference) or the home is outside England.
     */
    public static double distance(RuleContext ctx, Ssda903Row episode) {
        var directory = directory(ctx);
        if (directory == null) {
            return UNKNOWN_DISTANCE;
        }
        var home = directory.locate(episode.get("HOME_POST"));
        var placement = directory.locate(episode.get("PL_POST"));
        if (home.isEmpty() || placement.isEmpty() || home.get().outsideEngland()) {
            return UNKNOWN_DISTANCE;
        }
        GridReference from = home.get().grid();
        GridReference to = placement.get().grid();
        if (from == null || to == null) {
            return UNKNOWN_DISTANCE;
        }
        double metres = Math.hypot((double) from.easting() - to.easting(), (double) from.northing() - to.northing());
        return Math.round(metres / METRES_PER_MILE * 10) / 10.0;
    }

    /** PL_LA: the upper-tier LA of the placement postcode (WAL, SCO, NIR outside England); "" when unknown. */
    public static String placementLa(RuleContext ctx, Ssda903Row episode) {
        var directory = directory(ctx);
        if (directory == null) {
            return "";
        }
        return directory.locate(episode.get("PL_POST")).map(PostcodeDirectory.Location::placementLa).orElse("");
    }

    /** Whether the directory places the placement postcode outside England (false when it does not know). */
    public static boolean placedOutsideEngland(RuleContext ctx, Ssda903Row episode) {
        var directory = directory(ctx);
        return directory != null && directory.locate(episode.get("PL_POST"))
                .map(PostcodeDirectory.Location::outsideEngland).orElse(false);
    }

    private static PostcodeDirectory directory(RuleContext ctx) {
        return ctx.reference().postcodes().orElse(null);
    }
}

package org.ourpromise.reports;

import java.util.concurrent.ConcurrentHashMap;
import org.ourpromise.demo.SyntheticCouncil;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Return;

/** Synthetic returns for the report tests, generated once per (children, history). */
final class GeneratedReturns {

    private static final ConcurrentHashMap<String, Ssda903Return> CACHE = new ConcurrentHashMap<>();

    private GeneratedReturns() {
    }

    static Ssda903Return of(int children, int year, int history) {
        return CACHE.computeIfAbsent(children + "/" + year + "/" + history, k -> Ssda903Derivation.derive(
                SyntheticCouncil.generate(children, 20261, year, history), year, history));
    }
}

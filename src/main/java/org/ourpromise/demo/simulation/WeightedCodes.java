package org.ourpromise.demo.simulation;

/**
 * Codes with relative weights, read once from alternating code, weight pairs
 * ({@code of("U6", 60, "U4", 25)}) so that {@link Chance#pick} runs over plain arrays: the choices
 * made for every placement, contact and allocation of a national-scale council are among the
 * simulation's hottest loops.
 */
final class WeightedCodes {

    private final String[] codes;
    private final double[] weights;
    private final double total;

    private WeightedCodes(String[] codes, double[] weights) {
        this.codes = codes;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        this.total = sum;
    }

    static WeightedCodes of(Object... codesAndWeights) {
        if (codesAndWeights.length == 0 || codesAndWeights.length % 2 != 0) {
            throw new IllegalArgumentException("codes and weights come in pairs");
        }
        var codes = new String[codesAndWeights.length / 2];
        var weights = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (String) codesAndWeights[2 * i];
            weights[i] = ((Number) codesAndWeights[2 * i + 1]).doubleValue();
        }
        return new WeightedCodes(codes, weights);
    }

    /**
     * The code at {@code unit} (0 inclusive to 1 exclusive) of the way through the weights; the
     * last code if rounding leaves nothing chosen.
     */
    String at(double unit) {
        double r = unit * total;
        for (int i = 0; i < codes.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }
}

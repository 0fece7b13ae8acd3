package org.ourpromise.reports;

import java.util.List;

/** A comparator or target CSV that cannot be used: one line per problem, naming the file, line and column. */
public class BenchmarkFormatException extends IllegalArgumentException {

    private final List<String> problems;

    public BenchmarkFormatException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

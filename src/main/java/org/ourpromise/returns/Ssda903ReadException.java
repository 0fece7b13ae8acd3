package org.ourpromise.returns;

import java.util.List;

/** A return that could not be read: one line per problem (file, row, what is wrong). */
public class Ssda903ReadException extends Exception {

    private final List<String> problems;

    public Ssda903ReadException(List<String> problems) {
        super(problems.size() + " problem(s) reading the return: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

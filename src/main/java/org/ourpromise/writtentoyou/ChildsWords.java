package org.ourpromise.writtentoyou;

import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * The two parts a visit, plan or review gains: what is written to the child ("written to you"), and what the child
 * said, in their own words (their wishes and feelings). Either may be blank.
 */
public record ChildsWords(@Nullable String writtenToYou, @Nullable String wishesAndFeelings) {

    /** Each part's limit: a page or so, as a letter to the child would be. */
    public static final int LIMIT = 4000;

    public boolean isEmpty() {
        return writtenToYou == null && wishesAndFeelings == null;
    }

    /** The two fields of a recording form ({@code writtenToYou}, {@code wishesAndFeelings}); errors go to {@code in}. */
    public static ChildsWords read(FormInput in) {
        return new ChildsWords(part(in, "writtenToYou", "part written to the child"),
                part(in, "wishesAndFeelings", "child's wishes and feelings"));
    }

    private static @Nullable String part(FormInput in, String name, String label) {
        String v = in.raw(name);
        if (v.length() > LIMIT) {
            in.error(name, "Write the " + label + " in " + LIMIT + " characters or fewer (you wrote " + v.length() + ")");
            return null;
        }
        return v.isEmpty() ? null : v;
    }
}

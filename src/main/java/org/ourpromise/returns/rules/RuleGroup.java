package org.ourpromise.returns.rules;

import java.util.List;

/** A set of related rule implementations (by table or theme), listed in {@link RuleBook}. */
public interface RuleGroup {

    List<ValidationRule> rules();
}

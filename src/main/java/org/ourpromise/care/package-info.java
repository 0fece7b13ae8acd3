/**
 * Care: 903 episodes (legal status and placement), statutory visits and care planning events, and their forms
 * (placement change, visit, plan, agreements about visits).
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "record", "returns", "staff", "timescales", "writtentoyou"})
@NullMarked
package org.ourpromise.care;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Access: users, roles and permissions (deny by default), which children a user may see, and the audit log of
 * every view and change.
 */
@ApplicationModule(allowedDependencies = {"children", "commandline", "lists", "record"})
@NullMarked
package org.ourpromise.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

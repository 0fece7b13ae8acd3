/** Access: users, roles and permissions (deny by default), which children a user may see, and the audit log of every view and change. */
@NullMarked
package org.ourpromise.access;

import org.jspecify.annotations.NullMarked;

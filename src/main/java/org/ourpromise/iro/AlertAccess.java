package org.ourpromise.iro;

import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an alert: the IRO who raised it, an IRO of the child and the IRO manager act on it; the
 * worker and team it was sent to answer it; anyone who may open the child's record may read it.
 */
@Component
class AlertAccess {

    private final ChildAccess children;

    AlertAccess(ChildAccess children) {
        this.children = children;
    }

    boolean mayAct(PromiseUser user, QaAlert alert) {
        return user.can(Permission.RAISE_QA_ALERTS) && (user.username().equals(alert.raisedBy())
                || user.can(Permission.MANAGE_ESCALATIONS) || children.canView(user, alert.childId()));
    }

    boolean isAddressedTo(PromiseUser user, QaAlert alert) {
        if (!user.can(Permission.RESPOND_TO_QA_ALERTS)) {
            return false;
        }
        return user.workerId() != null && user.workerId().equals(alert.workerId())
                || user.role() == Role.TEAM_MANAGER && alert.team().equals(user.teamId());
    }

    boolean mayRead(PromiseUser user, QaAlert alert) {
        return mayAct(user, alert) || isAddressedTo(user, alert) || children.canView(user, alert.childId());
    }

    boolean mayRaiseOn(PromiseUser user, String childId) {
        return user.can(Permission.RAISE_QA_ALERTS) && children.canView(user, childId);
    }

    /** The alerts on the user's list: all for the IRO manager, the team's for a team manager, an IRO's own. */
    AlertFilter scope(PromiseUser user, AlertFilter filter) {
        if (user.can(Permission.MANAGE_ESCALATIONS)) {
            return filter;
        }
        if (user.role() == Role.TEAM_MANAGER) {
            return filter.withTeam(user.teamId() == null ? "-" : user.teamId());
        }
        return filter;
    }

    /** After the query: an IRO sees the alerts they raised and those on the children they review now. */
    boolean onList(PromiseUser user, QaAlert alert) {
        if (user.can(Permission.MANAGE_ESCALATIONS) || user.role() == Role.TEAM_MANAGER) {
            return true;
        }
        return user.username().equals(alert.raisedBy()) || children.canView(user, alert.childId());
    }
}

package org.ourpromise.iro;

import java.util.Comparator;
import java.util.List;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.springframework.stereotype.Service;

/**
 * The open quality assurance alerts a person should act on, for their home page: those sent to a social worker or
 * their team manager and awaiting an answer; those an IRO raised or sees on their children; every open one for the
 * IRO manager. Oldest due first. Not audited here: the caller shows them and records what it showed.
 */
@Service
public class AlertsForHome {

    private final QaAlerts alerts;
    private final AlertAccess access;

    AlertsForHome(QaAlerts alerts, AlertAccess access) {
        this.alerts = alerts;
        this.access = access;
    }

    /** Open alerts sent to the user (as worker, or to their team as its manager). */
    public List<QaAlert> awaitingMyResponse(PromiseUser user) {
        if (!user.can(Permission.RESPOND_TO_QA_ALERTS)) {
            return List.of();
        }
        var filter = user.workerId() != null ? AlertFilter.all().withAddressedWorker(user.workerId())
                : AlertFilter.all().withTeam(user.teamId() == null ? "-" : user.teamId());
        return sorted(alerts.list(filter).stream().filter(a -> a.isOpen() && access.isAddressedTo(user, a)).toList());
    }

    /** Open alerts on the user's alert list (an IRO's own and their children's; all for the IRO manager). */
    public List<QaAlert> openOnMyList(PromiseUser user) {
        if (!user.can(Permission.VIEW_QA_ALERTS)) {
            return List.of();
        }
        return sorted(alerts.list(access.scope(user, AlertFilter.all())).stream()
                .filter(a -> a.isOpen() && access.onList(user, a)).toList());
    }

    public java.time.LocalDate today() {
        return alerts.today();
    }

    private static List<QaAlert> sorted(List<QaAlert> list) {
        return list.stream().sorted(Comparator.comparing((QaAlert a) -> a.responseDue() == null ? a.raised()
                : a.responseDue()).thenComparing(QaAlert::id)).toList();
    }
}

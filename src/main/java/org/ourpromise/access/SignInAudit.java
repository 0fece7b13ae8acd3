package org.ourpromise.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins are audited like any other access to the system. */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditLog.Action.SIGN_IN, null, "signed in");
    }
}

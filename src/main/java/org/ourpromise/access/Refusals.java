package org.ourpromise.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a refusal answers: 403 and "You do not have access" for a page the user may not see (a child out of
 * their scope included, with the child recorded in the audit log); 404 and "Page not found" when there is
 * nothing there to refuse (an address no page answers, a child who does not exist); 403 and "the form had
 * expired" for a form without a valid CSRF token. Deny by default stays: an unknown address is still refused,
 * it is only reported as what it is. A restricted record in the user's scope is not refused outright: the user
 * is sent to the page that asks why they need to open it.
 */
@Component
class Refusals implements AccessDeniedHandler {

    /** The request attribute the error page reads to explain an expired form. */
    static final String FORM_EXPIRED = "promiseFormExpired";

    // a child's pages: /children/{id}/…, and the rooms' own pages about one child (/risk/children/{id},
    // /iro/reviews/{id}/{date}, …)
    private static final Pattern CHILD_PATH = Pattern.compile("^(?:/[a-z-]+)?/(?:children|reviews)/([A-Za-z0-9_-]{1,40})(/.*)?$");

    private final AuditLog audit;
    private final ChildRegister register;
    private final ChildAccess access;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    Refusals(AuditLog audit, ChildRegister register, ChildAccess access,
            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
            ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.audit = audit;
        this.register = register;
        this.access = access;
        this.mappings = mappings;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var user = CurrentUserAdvice.CurrentUser.get();
        String what = request.getMethod() + " " + request.getRequestURI();
        if (denied instanceof CsrfException) {
            request.setAttribute(FORM_EXPIRED, true);
            // Signed out, a missing token is anyone's post: counted by the throttle, not written one row each.
            if (user != null) {
                audit.recordAs(user.username(), AuditLog.Action.ACCESS_DENIED, null, what + " (form expired)");
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String childId = childAskedFor(request);
        boolean noSuchChild = childId != null && user != null && user.can(Permission.VIEW_CHILD_RECORDS)
                && !register.exists(childId);
        if (noSuchChild || !answered(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // a page's own check of the child (not the address's permission, which a reason would not change)
        boolean childCheck = !(denied instanceof org.springframework.security.authorization.AuthorizationDeniedException);
        if (user != null && childId != null && childCheck && access.restrictedFrom(user, childId)) {
            // in scope but restricted: the user sees that the record exists and may open it with a reason
            audit.recordAs(user.username(), AuditLog.Action.ACCESS_DENIED, childId, what + " (restricted record)");
            response.sendRedirect(request.getContextPath() + "/children/" + childId + "/restricted");
            return;
        }
        audit.recordAs(user == null ? "anonymous" : user.username(), AuditLog.Action.ACCESS_DENIED, childId, what);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The child a refused request was about: in its address, or the {@code child} of a form. */
    static @Nullable String childAskedFor(HttpServletRequest request) {
        var m = CHILD_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        // "new" is the add-a-child page, not a child's id
        if (m.matches() && !m.group(1).equals("new")) {
            return m.group(1);
        }
        String param = request.getParameter("child");
        return param != null && param.matches("[A-Za-z0-9_-]{1,40}") ? param : null;
    }

    /** Whether any page answers this address (with this method or another). */
    private boolean answered(HttpServletRequest request) {
        var mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception otherMethod) {
            // e.g. a POST to a page that only answers GET: the page exists
            return true;
        }
    }
}

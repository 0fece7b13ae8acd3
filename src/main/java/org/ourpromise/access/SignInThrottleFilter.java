package org.ourpromise.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's check: a try for a locked account or address, or one too soon after the
 * last wrong password, goes back to the sign-in page with the reason, without the password being checked.
 * Wrong passwords and sign-ins are counted by {@link SignInThrottle} from Spring Security's events. Not a bean,
 * so that it runs only in the security filter chain.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getMethod().equals("POST")
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username") == null ? "" : request.getParameter("username");
        var verdict = throttle.check(username, request.getRemoteAddr());
        switch (verdict.kind()) {
            case OPEN -> chain.doFilter(request, response);
            case WAIT -> {
                throttle.failed(username, request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/login?wait");
            }
            case LOCKED -> response.sendRedirect(request.getContextPath() + "/login?locked");
        }
    }
}

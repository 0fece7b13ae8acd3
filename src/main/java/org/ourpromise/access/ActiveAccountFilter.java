package org.ourpromise.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A deactivated account's sessions end at their next request, on whichever server holds them: each signed-in
 * request checks the account is still active (one lookup by primary key). Not a bean, so it runs only in the
 * security filter chain.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    ActiveAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUserAdvice.CurrentUser.get();
        if (user != null && !accounts.isActive(user.username())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?deactivated");
            return;
        }
        chain.doFilter(request, response);
    }
}

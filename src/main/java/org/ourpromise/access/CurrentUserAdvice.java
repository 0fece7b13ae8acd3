package org.ourpromise.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) on every page's model as {@code currentUser}. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    @Nullable PromiseUser currentUser() {
        return CurrentUser.get();
    }

    /** The signed-in Promise user, if any. */
    static final class CurrentUser {
        private CurrentUser() {
        }

        static @Nullable PromiseUser get() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof PromiseUser u ? u : null;
        }
    }
}

package org.ourpromise.casefile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK asks for "Error: " at the start of the page title whenever a form comes back with errors, so a
 * screen reader announces the problem before anything else. Rather than each template working that out, this
 * looks at the model a page is about to be drawn with and sets {@value #FLAG}; the layout's head fragment adds
 * the prefix. A page has errors when it carries a non-empty {@code errors} map (the house convention, see
 * {@link FormInput}), a one-line {@code error}, {@code problem} or {@code dateError}, or a Spring
 * {@link BindingResult} with errors; or when its controller set the flag itself (sign-in, refused by Spring Security).
 */
@Configuration(proxyBeanMethods = false)
class ErrorTitle implements WebMvcConfigurer, HandlerInterceptor {

    static final String FLAG = "pageHasErrors";

    private static final String[] ONE_LINE = {"error", "problem", "dateError"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Spring Boot's own error page carries an "error" attribute (the status text); it is not a form
        registry.addInterceptor(this).excludePathPatterns("/error");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView mav) {
        if (mav != null && !mav.wasCleared() && mav.getViewName() != null && !mav.getViewName().startsWith("redirect:")) {
            mav.addObject(FLAG, Boolean.TRUE.equals(mav.getModel().get(FLAG)) || hasErrors(mav.getModel()));
        }
    }

    static boolean hasErrors(Map<String, Object> model) {
        if (model.get("errors") instanceof Map<?, ?> m && !m.isEmpty()
                || model.get("errors") instanceof Collection<?> c && !c.isEmpty()) {
            return true;
        }
        for (var name : ONE_LINE) {
            if (model.get(name) instanceof CharSequence s && !s.isEmpty()) {
                return true;
            }
        }
        return model.values().stream().anyMatch(v -> v instanceof BindingResult b && b.hasErrors());
    }
}

package org.ourpromise.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page's path, for the layout's menu to mark its section with {@code aria-current="page"} (GOV.UK service
 * navigation): the link to the page itself or to a page above it ({@code /children} for a child's record).
 */
@ControllerAdvice
class MenuSection {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

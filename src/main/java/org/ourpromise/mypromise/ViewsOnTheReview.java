package org.ourpromise.mypromise;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CareRecords;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The young person's views before a review, shown on the IRO's page of that review ({@code /iro/reviews/{child}/
 * {date}}): the views sent since the review before it, up to its day. Added to that page's model after the IRO room
 * has checked the user may see the child and audited the view, so the IRO room does not depend on this one.
 */
@Component
class ViewsOnTheReview implements HandlerInterceptor, WebMvcConfigurer {

    private final Conversations conversations;
    private final CareRecords records;

    ViewsOnTheReview(Conversations conversations, CareRecords records) {
        this.conversations = conversations;
        this.records = records;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/iro/reviews/*/*");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView page) {
        if (page == null || page.getViewName() == null || !page.getViewName().equals("iro/review")) {
            return;
        }
        @SuppressWarnings("unchecked")
        var vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        LocalDate date = vars == null ? null : day(vars.get("date"));
        String childId = vars == null ? null : vars.get("childId");
        if (date == null || childId == null) {
            return;
        }
        LocalDate before = records.load(childId).flatMap(c -> c.reviews().stream().map(r -> r.date())
                .filter(d -> d.isBefore(date)).max(Comparator.naturalOrder())).orElse(LocalDate.MIN);
        page.addObject("viewsBeforeReview", conversations.views(childId).stream()
                .filter(v -> v.sentAt().toLocalDate().isAfter(before) && !v.sentAt().toLocalDate().isAfter(date))
                .toList());
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

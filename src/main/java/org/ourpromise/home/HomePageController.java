package org.ourpromise.home;

import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the signed-in person's home page, what to do first; the children it shows are audited. */
@Controller
class HomePageController {

    private final CaseworkHome casework;
    private final OfficeHome office;
    private final ServicesHome services;
    private final AuditLog audit;
    private final java.time.Clock clock;

    HomePageController(CaseworkHome casework, OfficeHome office, ServicesHome services, AuditLog audit,
            java.time.Clock clock) {
        this.casework = casework;
        this.office = office;
        this.services = services;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/")
    @Transactional
    String home(@AuthenticationPrincipal PromiseUser user, Model model) {
        // a young person's home is their own pages (My Promise), never the staff home
        if (user.role() == org.ourpromise.access.Role.YOUNG_PERSON) {
            return "redirect:/me";
        }
        var page = pageFor(user);
        if (!page.children().isEmpty()) {
            audit.recordShown(AuditLog.Action.VIEW_REPORT, page.children(), "viewed the home page: "
                    + page.children().size() + " children");
        }
        model.addAttribute("page", page);
        return "home/home";
    }

    HomePage pageFor(PromiseUser user) {
        return switch (user.role()) {
            case SOCIAL_WORKER, INDEPENDENT_REVIEWING_OFFICER, PERSONAL_ADVISER -> casework.caseHolder(user);
            case TEAM_MANAGER, IRO_MANAGER -> casework.manager(user);
            case PERFORMANCE_OFFICER -> office.performance();
            case BOARD_MEMBER -> office.board();
            case COMPLAINTS_OFFICER -> office.complaints();
            case ADMINISTRATOR -> office.admin();
            case VIRTUAL_SCHOOL_HEAD -> services.virtualSchool();
            case HEALTH_NURSE -> services.nurse();
            case PARTNER -> services.partner(user, java.time.LocalDate.now(clock));
            case PARTICIPATION_OFFICER -> office.participation();
            case YOUNG_PERSON -> throw new IllegalStateException("a young person's home is /me");
        };
    }
}

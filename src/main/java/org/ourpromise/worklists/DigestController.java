package org.ourpromise.worklists;

import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The in-app daily digest: newly overdue and due in the next few working days. */
@Controller
class DigestController {

    private final Worklists worklists;

    DigestController(Worklists worklists) {
        this.worklists = worklists;
    }

    @GetMapping("/digest")
    String digest(@AuthenticationPrincipal PromiseUser user, Model model) {
        model.addAttribute("digest", worklists.digest(user));
        model.addAttribute("canExplain", user.can(org.ourpromise.access.Permission.RECORD_EVENTS));
        return "worklists/digest";
    }
}

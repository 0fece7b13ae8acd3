package org.ourpromise.mypromise;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signed out: a young person types the code their worker gave them and chooses how to sign in. */
@Controller
class JoinController {

    private final Invitations invitations;

    JoinController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/me/join")
    String form(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("values", Map.of("code", code.length() > 40 ? "" : code));
        model.addAttribute("errors", Map.of());
        return "mypromise/join";
    }

    @PostMapping("/me/join")
    String join(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            Model model) {
        var joined = invitations.join(code, username, password, confirm);
        if (!joined.ok()) {
            model.addAttribute("values", Map.of("code", code.length() > 40 ? "" : code, "username", username));
            model.addAttribute("errors", joined.errors());
            return "mypromise/join";
        }
        model.addAttribute("username", joined.username());
        return "mypromise/joined";
    }
}

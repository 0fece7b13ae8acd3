package org.ourpromise.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, the home page (what this role can do) and the accessibility statement. */
@Controller
class HomeController {

    private final ObjectProvider<OidcSignIn> councilSignIn;

    HomeController(ObjectProvider<OidcSignIn> councilSignIn) {
        this.councilSignIn = councilSignIn;
    }

    /** Both ways in when the council's identity provider is configured: its button, then the local form. */
    @GetMapping("/login")
    String login(Model model) {
        var oidc = councilSignIn.getIfAvailable();
        model.addAttribute("councilSignIn", oidc == null ? null : oidc.label());
        model.addAttribute("councilSignInPath", "/oauth2/authorization/" + OidcSignIn.REGISTRATION);
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PromiseUser user) {
        // a young person's home is their own pages, never the staff home
        if (user != null && user.role() == Role.YOUNG_PERSON) {
            return "redirect:/me";
        }
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}

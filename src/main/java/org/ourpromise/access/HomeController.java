package org.ourpromise.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in and the accessibility statement (the home page is the home room's). */
@Controller
class HomeController {

    private final ObjectProvider<OidcSignIn> councilSignIn;

    HomeController(ObjectProvider<OidcSignIn> councilSignIn) {
        this.councilSignIn = councilSignIn;
    }

    /** Both ways in when the council's identity provider is configured: its button, then the local form. */
    @GetMapping("/login")
    String login(Model model, @RequestParam java.util.Map<String, String> params) {
        // a refused sign-in comes back as /login?error (or ?wait, ?locked, ?refused=...): "Error: " in the title
        var problem = SignInMessages.problem(params);
        model.addAttribute("problemOnSignIn", problem);
        model.addAttribute("notice", SignInMessages.notice(params));
        model.addAttribute("pageHasErrors", problem != null || params.containsKey("refused"));
        var oidc = councilSignIn.getIfAvailable();
        model.addAttribute("councilSignIn", oidc == null ? null : oidc.label());
        model.addAttribute("councilSignInPath", "/oauth2/authorization/" + OidcSignIn.REGISTRATION);
        return "login";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}

package org.ourpromise.access;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password, and setting it from a one-time link (signed out). */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final UserAccounts users;

    PasswordController(Accounts accounts, UserAccounts users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm, Model model) {
        var user = CurrentUserAdvice.CurrentUser.get();
        if (user == null) {
            return "redirect:/login";
        }
        var errors = new LinkedHashMap<String, String>();
        if (!accounts.passwordMatches(user.username(), current)) {
            errors.put("current", "Your current password is not right");
        }
        check(password, confirm, user.username(), user.displayName(), errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "account/password";
        }
        accounts.changePassword(user.username(), password);
        model.addAttribute("errors", Map.of());
        model.addAttribute("success", "Your password has been changed.");
        return "account/password";
    }

    @GetMapping("/set-password")
    String setForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", accounts.linkHolder(token).isPresent());
        model.addAttribute("errors", Map.of());
        return "account/set-password";
    }

    @PostMapping("/set-password")
    String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm, Model model, RedirectAttributes redirect) {
        var holder = accounts.linkHolder(token);
        model.addAttribute("token", token);
        model.addAttribute("valid", holder.isPresent());
        var errors = new LinkedHashMap<String, String>();
        if (holder.isPresent()) {
            var account = users.loadUserByUsername(holder.get());
            check(password, confirm, account.username(), account.displayName(), errors);
            if (errors.isEmpty() && accounts.setPasswordFromLink(token, password)) {
                redirect.addFlashAttribute("success", "Your password is set. Sign in with it below.");
                return "redirect:/login";
            }
        }
        model.addAttribute("errors", errors);
        return "account/set-password";
    }

    private static void check(String password, String confirm, String username, String name,
            Map<String, String> errors) {
        var problems = PasswordPolicy.problems(password, username, name);
        if (password.isEmpty()) {
            errors.put("password", "Enter a new password");
        } else if (!problems.isEmpty()) {
            errors.put("password", problems.get(0));
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The passwords do not match");
        }
    }
}

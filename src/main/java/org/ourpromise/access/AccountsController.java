package org.ourpromise.access;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrator's accounts: the list, a new account, deactivating one, and a link to set a password. */
@Controller
class AccountsController {

    private static final String WORKER_ID = "[A-Za-z0-9_-]{1,40}";

    private final Accounts accounts;
    private final UserAccounts users;
    private final AuditLog audit;

    AccountsController(Accounts accounts, UserAccounts users, AuditLog audit) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
    }

    /** By name unless asked otherwise; active accounts before deactivated ones when sorted by status. */
    static Sorting<Accounts.Account> columns(Map<String, String> teamNames) {
        return Sorting.by("name", Comparator.comparing((Accounts.Account a) -> a.name().toLowerCase(Locale.UK)))
                .and("username", Comparator.comparing(Accounts.Account::username))
                .and("role", Comparator.comparing((Accounts.Account a) -> a.role().label()))
                .and("team", Comparator.comparing((Accounts.Account a) -> team(a, teamNames)))
                .and("status", Comparator.comparing((Accounts.Account a) -> !a.active()));
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var teamNames = teamNames();
        model.addAttribute("list", columns(teamNames).page(accounts.all(), sort, order, page, "/admin/users", Map.of()));
        return "admin/users";
    }

    /** Every account as CSV, in the page's order; downloading it is audited. */
    @GetMapping("/admin/users.csv")
    @org.springframework.transaction.annotation.Transactional
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var teamNames = teamNames();
        var all = columns(teamNames).sorted(accounts.all(), sort, order);
        audit.record(AuditLog.Action.EXPORT, null, "downloaded the list of accounts: " + all.size() + " accounts");
        var rows = all.stream().map(a -> List.of(a.name(), a.username(), a.role().label(), team(a, teamNames),
                a.workerId() == null ? "" : a.workerId(), a.email() == null ? "" : a.email(),
                a.active() ? "Active" : "Deactivated")).toList();
        return CsvTable.download("accounts",
                List.of("Name", "Username", "Role", "Team", "Worker ID", "Email address", "Status"), rows);
    }

    /** Teams by name on every page here: the list, an account, and its confirmations. */
    @ModelAttribute("teamNames")
    Map<String, String> teamNames() {
        var names = new LinkedHashMap<String, String>();
        users.teamIds().forEach(t -> names.put(t, users.teamName(t)));
        return names;
    }

    private static String team(Accounts.Account a, Map<String, String> teamNames) {
        return a.teamId() == null ? "" : teamNames.getOrDefault(a.teamId(), a.teamId());
    }

    @GetMapping("/admin/users/new")
    String newAccount(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/users/new")
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var values = new LinkedHashMap<String, String>();
        for (var field : new String[] {"username", "name", "email", "role", "team", "worker"}) {
            values.put(field, params.getOrDefault(field, "").strip());
        }
        var form = AccountForm.of(values.get("username"), values.get("role"), values.get("name"), values.get("email"));
        var errors = new LinkedHashMap<>(form.problems());
        if (!errors.containsKey("username") && users.exists(form.username())) {
            errors.put("username", "There is already an account with this username");
        }
        String team = values.get("team").isEmpty() ? null : values.get("team");
        if (team != null && !users.teamIds().contains(team)) {
            errors.put("team", "Choose a team from the list");
        }
        String worker = values.get("worker").isEmpty() ? null : values.get("worker");
        if (worker != null && !worker.matches(WORKER_ID)) {
            errors.put("worker", "Worker ID must be up to 40 letters, digits, hyphens or underscores, as in allocations");
        }
        if (!errors.isEmpty()) {
            return form(model, values, inPageOrder(errors));
        }
        accounts.create(form, team, worker);
        // banner text as a flash attribute (fragments/banner), never in the address
        redirect.addFlashAttribute("success", "Account created. Make a link below so its owner can set a password.");
        return "redirect:/admin/users/" + form.username();
    }

    /** The fields of the new-account form as the page shows them, for the error summary's order. */
    private static final List<String> PAGE_ORDER = List.of("name", "username", "email", "role", "team", "worker");

    private static Map<String, String> inPageOrder(Map<String, String> errors) {
        var ordered = new LinkedHashMap<String, String>();
        PAGE_ORDER.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        var roles = new LinkedHashMap<String, String>();
        for (var r : Role.values()) {
            if (r == Role.YOUNG_PERSON) {
                continue;
            }
            roles.put(r.name(), r.label());
        }
        var teams = new LinkedHashMap<String, String>();
        users.teamIds().forEach(t -> teams.put(t, users.teamName(t)));
        model.addAttribute("roles", roles);
        model.addAttribute("teams", teams);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/user-new";
    }

    @GetMapping("/admin/users/{username}")
    String account(@PathVariable String username, Model model) {
        model.addAttribute("account", existing(username));
        return "admin/user";
    }

    /** Deactivating signs its owner out: the button leads here first, to confirm (works without JavaScript). */
    @GetMapping("/admin/users/{username}/deactivate")
    String confirmDeactivate(@PathVariable String username, Model model) {
        var account = existing(username);
        if (!account.active()) {
            return "redirect:/admin/users/" + username;
        }
        model.addAttribute("account", account);
        return "admin/user-deactivate";
    }

    @PostMapping("/admin/users/{username}/deactivate")
    String deactivate(@PathVariable String username, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        var account = existing(username);
        if (account.username().equals(currentUsername())) {
            model.addAttribute("account", account);
            model.addAttribute("problem", "You cannot deactivate your own account; ask another administrator");
            return "admin/user";
        }
        try {
            accounts.deactivate(username, version);
        } catch (Accounts.StaleAccountException e) {
            model.addAttribute("account", existing(username));
            model.addAttribute("problem", "Someone changed this account since you opened the page. Check it below, "
                    + "then deactivate it again if you still need to");
            return "admin/user";
        }
        redirect.addFlashAttribute("success", "Account deactivated. Anyone signed in with it has been signed out.");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/link")
    String link(@PathVariable String username, Model model) {
        var account = existing(username);
        if (!account.active()) {
            model.addAttribute("account", account);
            model.addAttribute("problem", "This account is deactivated, so it cannot have a link to set a password");
            return "admin/user";
        }
        String token = accounts.passwordLink(username);
        model.addAttribute("account", account);
        model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath().path("/set-password")
                .queryParam("token", token).toUriString());
        return "admin/user-link";
    }

    private Accounts.Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static @Nullable String currentUsername() {
        var user = CurrentUserAdvice.CurrentUser.get();
        return user == null ? null : user.username();
    }
}

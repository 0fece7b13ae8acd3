package org.ourpromise.children;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a child to the register. Before saving, children who may be the same one (same name and date of
 * birth, same UPN, same NHS number) are shown; the child is added only once the user says this is someone
 * else. The manager then allocates a social worker.
 */
@Controller
class NewChildController {

    private final ChildRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewChildController(ChildRegister register, ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/children/new")
    String form(Model model) {
        return page(model, Map.of(), Map.of(), Map.of());
    }

    @PostMapping("/children/new")
    @Transactional
    String add(Principal user, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var today = LocalDate.now(clock);
        var read = NewChildForm.read(params, today);
        if (read.identity() == null) {
            return page(model, params, read.errors(), Map.of());
        }
        var duplicates = register.possibleDuplicates(read.identity());
        if (!duplicates.isEmpty() && !"yes".equals(params.get("different"))) {
            return page(model, params, Map.of(), duplicates);
        }
        String childId = register.nextChildId();
        register.insert(new ChildRegister.RegisteredChild(childId, read.identity(), null));
        register.setHomePostcode(childId, read.postcode());
        events.publishEvent(new ChildAdded(childId, user.getName(), "added child " + childId + " born "
                + read.identity().dateOfBirth() + (duplicates.isEmpty() ? "" : " (told apart from "
                        + String.join(", ", duplicates.keySet()) + ")")));
        // the text travels as a flash attribute (fragments/banner), never in the address
        redirect.addFlashAttribute("success", "Child added. Now allocate their social worker.");
        return "redirect:/children/" + childId + "/allocations";
    }

    private String page(Model model, Map<String, String> values, Map<String, String> errors,
            Map<String, String> duplicates) {
        var today = LocalDate.now(clock);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        var described = new java.util.LinkedHashMap<String, String>();
        duplicates.forEach((id, why) -> register.find(id).ifPresent(c -> described.put(id, c.identity().fullName()
                + " (" + id + "), born " + Ssda903Dates.format(c.identity().dateOfBirth()) + ": " + why)));
        model.addAttribute("duplicateChildren", described);
        model.addAttribute("sexes", new TreeMap<>(NewChildForm.SEXES));
        model.addAttribute("ethnicities", CodeList.ETHNIC.labels(Ssda903Dates.collectionYearOf(today)));
        model.addAttribute("noHints", Map.of());
        return "children/new";
    }
}

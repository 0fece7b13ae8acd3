package org.ourpromise.education;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The steps the education forms share (a school, a time not in education, an exclusion, a PEP's content or
 * rating): the row's id in the address, its values for the form, and what every such form is shown with.
 */
final class FormSteps {

    static final String STALE = "Someone else changed this since you opened it. Your changes were not saved:"
            + " check the details below and save again.";

    private FormSteps() {
    }

    /** "new" is 0; otherwise a row's id (not found if it is neither). */
    static long id(String id) {
        return id.equals("new") ? 0 : existingId(id);
    }

    /** A stored row's id (not found unless it is one). */
    static long existingId(String id) {
        if (!id.matches("[1-9]\\d{0,17}")) {
            throw notFound();
        }
        return Long.parseLong(id);
    }

    /** The form's values: blank for a new row (id 0), else the stored row's; not found if there is no such row. */
    static <T> Map<String, String> values(long id, Supplier<Optional<T>> stored, Function<T, Map<String, String>> of) {
        return id == 0 ? new HashMap<>(Map.of("version", "0")) : of.apply(stored.get().orElseThrow(FormSteps::notFound));
    }

    /** Not found unless the row is new (id 0) or stored. */
    static void mustExist(long id, Supplier<? extends Optional<?>> stored) {
        if (id != 0) {
            stored.get().orElseThrow(FormSteps::notFound);
        }
    }

    /** What every education form is shown with: the child, the values entered or stored, and the errors. */
    static Model form(Model model, ChildRegister.RegisteredChild child, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("noHints", Map.of());
        return model;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found");
    }
}

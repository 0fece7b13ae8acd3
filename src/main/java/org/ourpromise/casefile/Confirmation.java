package org.ourpromise.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The warning step before an action that takes something away (retire, remove, lift, end, drop, withdraw):
 * the first post of the form changes nothing and shows a page asking "Are you sure?"; only the same form posted
 * again from that page, with {@code confirmed=yes}, acts. It works without JavaScript, and what the user entered
 * travels on as hidden fields, so the second post is exactly the first.
 */
public final class Confirmation {

    /** The hidden field the confirmation page adds. */
    public static final String FIELD = "confirmed";

    private Confirmation() {
    }

    public static boolean given(Map<String, String> params) {
        return "yes".equals(params.get(FIELD));
    }

    /**
     * The confirmation page.
     *
     * @param question the page's heading: "Are you sure you want to ...?"
     * @param warning  what will happen, in a sentence
     * @param yes      the button's words: "Yes, retire this reason"
     * @param action   where the form posts (the same address as the first post)
     * @param back     where "No, go back" leads
     */
    public static String ask(Model model, String question, String warning, String yes, String action, String back,
            Map<String, String> params) {
        var kept = new LinkedHashMap<String, String>();
        params.forEach((name, value) -> {
            if (!name.equals(FIELD) && !name.equals("_csrf")) {
                kept.put(name, value);
            }
        });
        model.addAttribute("title", question);
        model.addAttribute("warning", warning);
        model.addAttribute("yes", yes);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("kept", kept);
        return "confirm";
    }
}

package org.ourpromise.mypromise;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a young person sends from their pages: their views before their review, a worry or view to a worker they
 * choose, and a request for their records. Bad input is shown back with a message written for them; nothing is sent.
 */
@Controller
class MyFormsController {

    private final MyPromiseReads reads;
    private final Conversations conversations;
    private final ContactNumbers contacts;

    private final org.ourpromise.recordsrequests.RecordsRequests register;
    private final java.time.Clock clock;

    MyFormsController(MyPromiseReads reads, Conversations conversations, ContactNumbers contacts,
            org.ourpromise.recordsrequests.RecordsRequests register, java.time.Clock clock) {
        this.register = register;
        this.clock = clock;
        this.reads = reads;
        this.conversations = conversations;
        this.contacts = contacts;
    }

    @GetMapping("/me/views")
    String viewsForm(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = reads.open(user, "my views before my review");
        return views(me, model, new LinkedHashMap<>(Map.of("heldHow", "")), Map.of());
    }

    @PostMapping("/me/views")
    String sendViews(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var me = reads.load(user);
        var in = new FormInput(params);
        var iro = me.current(org.ourpromise.record.Allocation.Role.INDEPENDENT_REVIEWING_OFFICER);
        var sent = conversations.sendViews(me, in, reads.nextReview(me), iro == null ? null : iro.workerId());
        if (sent.isEmpty()) {
            return views(me, model, in.values(), in.errors());
        }
        flash.addFlashAttribute("sent", "Thank you. Your views have gone to your IRO. They will read them before your review.");
        return "redirect:/me/review";
    }

    private String views(MyRecord me, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("me", me);
        model.addAttribute("nextReview", reads.nextReview(me));
        model.addAttribute("iro", reads.workers(me).stream().filter(w -> w.role() == Message.To.IRO).findFirst()
                .orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("heldHow", ReviewViews.HeldHow.values());
        return "mypromise/views";
    }

    @GetMapping("/me/tell")
    String tellForm(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = reads.open(user, "tell someone");
        return tell(me, model, Map.of(), Map.of());
    }

    @PostMapping("/me/tell")
    String send(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var me = reads.load(user);
        var in = new FormInput(params);
        var sent = conversations.send(me, in, workers(me));
        if (sent.isEmpty()) {
            return tell(me, model, in.values(), in.errors());
        }
        flash.addFlashAttribute("sent", in.yes("urgent")
                ? "Your worry has been sent. Because it is urgent, their manager has been told today too."
                : "Your message has been sent. You will get an answer here.");
        return "redirect:/me/tell";
    }

    private String tell(MyRecord me, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("me", me);
        model.addAttribute("workers", workers(me).values());
        model.addAttribute("messages", conversations.messages(me.childId()));
        model.addAttribute("answerWithin", conversations.answerWithin());
        model.addAttribute("contacts", contacts);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "mypromise/tell";
    }

    private Map<Message.To, MyPromiseReads.Worker> workers(MyRecord me) {
        var out = new LinkedHashMap<Message.To, MyPromiseReads.Worker>();
        reads.workers(me).forEach(w -> out.put(w.role(), w));
        return out;
    }

    @GetMapping("/me/records")
    String recordsForm(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = reads.open(user, "ask for my records");
        return records(me, model, Map.of(), Map.of());
    }

    /** The request is kept with their pages and logged in the council's register, whose clock it starts today. */
    @PostMapping("/me/records")
    @org.springframework.transaction.annotation.Transactional
    String requestRecords(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes flash) {
        var me = reads.load(user);
        var in = new FormInput(params);
        String what = Conversations.words(in, "what", 2000);
        if (what == null && !in.errors().containsKey("what")) {
            in.error("what", "Tell us what you would like to see. You can write \"everything\"");
        }
        String how = in.raw("how");
        if (!how.equals("EMAIL") && !how.equals("POST") && !how.equals("MEET")) {
            in.error("how", "Choose how you would like to get your records");
        }
        if (in.hasErrors() || what == null) {
            return records(me, model, in.values(), in.errors());
        }
        conversations.requestRecords(me, what, how);
        register.log(me.childId(), user.displayName(), org.ourpromise.recordsrequests.RecordsRequest.RequesterKind.YOUNG_PERSON,
                what + " (asked for through My Promise, to be sent by " + how.toLowerCase(java.util.Locale.UK) + ")",
                java.time.LocalDate.now(clock), false, user.username());
        flash.addFlashAttribute("sent", "We have your request. We will tell you when we have checked it is you,"
                + " and we must send your records within one month.");
        return "redirect:/me/records";
    }

    private String records(MyRecord me, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("me", me);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "mypromise/records";
    }
}

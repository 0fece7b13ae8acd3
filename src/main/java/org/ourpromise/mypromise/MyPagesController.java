package org.ourpromise.mypromise;

import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A young person's own pages, written to them. No address carries an id: every page shows the signed-in young
 * person's own record, so nobody can reach another young person's by changing the address.
 */
@Controller
class MyPagesController {

    private final MyPromiseReads reads;
    private final Conversations conversations;
    private final WhoViewed whoViewed;
    private final List<WrittenToYou> writtenToYou;
    private final ContactNumbers contacts;

    private final org.ourpromise.voice.YouSaidWeDid ledger;
    private final org.ourpromise.leavers.YourPathwayPlan pathwayPlan;

    MyPagesController(MyPromiseReads reads, Conversations conversations, WhoViewed whoViewed,
            List<WrittenToYou> writtenToYou, ContactNumbers contacts, org.ourpromise.voice.YouSaidWeDid ledger,
            org.ourpromise.leavers.YourPathwayPlan pathwayPlan) {
        this.ledger = ledger;
        this.pathwayPlan = pathwayPlan;
        this.reads = reads;
        this.conversations = conversations;
        this.whoViewed = whoViewed;
        this.writtenToYou = writtenToYou;
        this.contacts = contacts;
    }

    @GetMapping("/me")
    String home(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = common(user, "home", model);
        model.addAttribute("nextReview", reads.nextReview(me));
        model.addAttribute("answers", conversations.messages(me.childId()).stream().filter(Message::answered).count());
        model.addAttribute("waiting", conversations.messages(me.childId()).stream().filter(m -> !m.answered()).count());
        return "mypromise/home";
    }

    @GetMapping("/me/workers")
    String workers(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = common(user, "my workers", model);
        model.addAttribute("workers", reads.workers(me));
        return "mypromise/workers";
    }

    /** Their plans' dates, and a care leaver's current pathway plan in full, read-only (the view is audited). */
    @GetMapping("/me/plan")
    String plan(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = common(user, "my plan", model);
        model.addAttribute("plans", reads.plans(me));
        model.addAttribute("pathwayPlan", pathwayPlan.of(me.childId()).orElse(null));
        model.addAttribute("parts", writtenToYou.stream().flatMap(w -> w.partsFor(me.childId()).stream()).toList());
        model.addAttribute("writtenToYouReady", !writtenToYou.isEmpty());
        return "mypromise/plan";
    }

    @GetMapping("/me/review")
    String review(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = common(user, "my review", model);
        model.addAttribute("nextReview", reads.nextReview(me));
        model.addAttribute("lastReview", reads.lastReview(me));
        model.addAttribute("views", conversations.views(me.childId()));
        return "mypromise/review";
    }

    @GetMapping("/me/entitlements")
    String entitlements(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = common(user, "what I can get", model);
        model.addAttribute("offers", reads.offers(me));
        model.addAttribute("claims", reads.claims(me));
        return "mypromise/entitlements";
    }

    @GetMapping("/me/complaints")
    String complaints(@AuthenticationPrincipal PromiseUser user, Model model) {
        var me = common(user, "complaints and advocates", model);
        model.addAttribute("complaints", reads.complaints(me));
        return "mypromise/complaints";
    }

    /** Who has looked at their file: newest first unless they sort by who, a page at a time, and as CSV. */
    @GetMapping("/me/who-viewed")
    String whoViewed(@AuthenticationPrincipal PromiseUser user,
            @RequestParam java.util.Map<String, String> params, Model model) {
        var me = common(user, "who has looked at my file", model);
        var page = WhoViewed.COLUMNS.page(whoViewed.of(me, user.username()), params.get("sort"), params.get("order"),
                params.get("page"), "/me/who-viewed", java.util.Map.of());
        model.addAttribute("looks", page);
        model.addAttribute("csvLink", page.isEmpty() ? null : page.wholeListAt("/me/who-viewed.csv"));
        return "mypromise/who-viewed";
    }

    /** What young people told the council, what it did, and when it told them back: no one's name is shown. */
    @GetMapping("/me/you-said-we-did")
    String youSaidWeDid(@AuthenticationPrincipal PromiseUser user, Model model) {
        common(user, "you said, we did", model);
        model.addAttribute("items", ledger.items().stream().limit(50).toList());
        model.addAttribute("measure", ledger.measure());
        return "mypromise/you-said-we-did";
    }

    private MyRecord common(PromiseUser user, String page, Model model) {
        var me = reads.open(user, page);
        model.addAttribute("me", me);
        model.addAttribute("contacts", contacts);
        return me;
    }
}

package org.ourpromise.home;

import org.jspecify.annotations.Nullable;

/**
 * One line of a home panel: what it is (a link when it opens something), a tag saying how urgent it is, a line
 * of detail, and an action that does the work (e.g. "Record the visit").
 */
public record HomeLine(String text, @Nullable String href, @Nullable String tag, @Nullable String tagColour,
        @Nullable String hint, @Nullable String actionText, @Nullable String actionHref) {

    static HomeLine link(String text, String href, @Nullable String hint) {
        return new HomeLine(text, href, null, null, hint, null, null);
    }

    static HomeLine plain(String text, @Nullable String hint) {
        return new HomeLine(text, null, null, null, hint, null, null);
    }

    HomeLine tagged(String tag, String colour) {
        return new HomeLine(text, href, tag, colour, hint, actionText, actionHref);
    }

    HomeLine withAction(String text, String href) {
        return new HomeLine(this.text, this.href, tag, tagColour, hint, text, href);
    }
}

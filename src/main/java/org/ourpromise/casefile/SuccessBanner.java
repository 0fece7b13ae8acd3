package org.ourpromise.casefile;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The "Success" notification banner shown after a save. Its text travels in a flash attribute (kept in the
 * session for the one redirect), never in the address: a message in a query parameter lets anyone craft a
 * page saying "Saved" for something that never happened. Pages show it with {@code fragments/banner :: success}.
 */
public final class SuccessBanner {

    /** The flash attribute the banner fragment reads. */
    public static final String ATTRIBUTE = "success";

    private SuccessBanner() {
    }

    public static void flash(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ATTRIBUTE, message);
    }

    /** For shared page code that has no {@link RedirectAttributes}: the same flash map, from the current request. */
    public static void flash(String message) {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, message);
    }
}

package org.ourpromise.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The GOV.UK stylesheet asks for its fonts and crest at {@code /assets/...} (its default asset path), not under
 * the webjar it is served from. They are served from the webjar there, to everyone, like the stylesheet itself:
 * refusing them wrote four ACCESS_DENIED audit rows on every page view (issue 16).
 */
@Configuration
class GovukAssets implements WebMvcConfigurer {

    /** The GOV.UK Frontend version the layout links; the assets come from the same webjar. */
    static final String FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(FRONTEND);
    }
}

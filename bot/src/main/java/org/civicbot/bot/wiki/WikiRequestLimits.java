package org.civicbot.bot.wiki;

import org.civicbot.bot.api.BodySizeLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How much a client may send to the wiki API. An edit holds one article (at most
 * {@link WikiEditor#MAX_ARTICLE_BYTES} as a file, more as JSON with escapes) or the synonym list; an import is a
 * compressed archive of the whole wiki, whose unpacked size {@link WikiArchive} bounds separately.
 */
@Configuration(proxyBeanMethods = false)
class WikiRequestLimits {

    static final long MAX_EDIT_BYTES = 1_000_000;
    static final long MAX_ARCHIVE_BYTES = 20_000_000;

    @Bean
    FilterRegistrationBean<BodySizeLimit> wikiEditLimit() {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(MAX_EDIT_BYTES));
        registration.addUrlPatterns("/api/wiki/articles/*", "/api/wiki/synonyms");
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> wikiImportLimit() {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(MAX_ARCHIVE_BYTES));
        registration.addUrlPatterns("/api/wiki/import");
        return registration;
    }
}

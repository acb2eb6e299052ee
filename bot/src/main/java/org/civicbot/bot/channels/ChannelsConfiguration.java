package org.civicbot.bot.channels;

import org.civicbot.bot.api.BodySizeLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What all channels share in the web layer: a cap on what a webhook caller may send. */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    /** Refuses an oversized webhook body before a byte of it reaches a receiver. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> webhookBodyLimit() {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(ChannelWebhookController.MAX_BODY_BYTES));
        registration.addUrlPatterns(ChannelWebhookController.PREFIX + "*");
        return registration;
    }
}

package org.civicbot.bot.open311;

import java.time.Clock;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.connectors.open311.Open311Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Open311 channel: always on for reading; who may post is said at start and in health (under channels).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Properties.class)
class Open311Configuration {

    private static final Logger log = LoggerFactory.getLogger(Open311Configuration.class);

    @Bean
    Open311ApiKeys open311ApiKeys(Open311Properties settings, CivicbotProperties properties) {
        Open311ApiKeys keys = new Open311ApiKeys(settings.apiKeys(), properties.demo().enabled());
        log.info("Open311 GeoReport v2 at {}: {}", Open311Controller.BASE, keys.access());
        return keys;
    }

    @Bean
    Open311Channel open311Channel(Clock clock, Open311ApiKeys keys) {
        return new Open311Channel(clock, keys.access());
    }
}

package org.civicbot.bot.config;

import java.time.Clock;

import org.civicbot.connectors.simulator.SimulatorChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the connectors library; the classifier is held by {@code ActiveClassifier} and the knowledge library's
 * answer finder by {@code ActiveWiki}, since both change while the bot runs.
 */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    @Bean
    SimulatorChannel simulatorChannel(Clock clock) {
        return new SimulatorChannel(clock);
    }
}

package org.civicbot.bot.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the application under test a clock tests can move. */
@TestConfiguration(proxyBeanMethods = false)
public class TestApplicationConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}

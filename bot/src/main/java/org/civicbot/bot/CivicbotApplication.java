package org.civicbot.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** civicbot: one front door for citizens' messages to their municipality. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CivicbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(CivicbotApplication.class, args);
    }
}

package org.civicbot.bot.cases;

import java.time.Instant;

import org.civicbot.bot.config.CivicbotProperties;
import org.springframework.stereotype.Component;

/** The reply guarantee: when a message received at a given time must have had its reply. */
@Component
public class ReplyDeadlines {

    private final CivicbotProperties.Sla sla;

    public ReplyDeadlines(CivicbotProperties properties) {
        this.sla = properties.sla();
    }

    public Instant deadlineFor(Instant receivedAt) {
        return receivedAt.plus(sla.replyWithin());
    }
}

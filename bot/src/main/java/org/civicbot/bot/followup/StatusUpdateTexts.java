package org.civicbot.bot.followup;

import java.util.Locale;
import java.util.Optional;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.pipeline.ReplyTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a citizen is told when their case changes status, in their language where the templates have it and
 * Swedish otherwise. The texts never quote a staff member's note: notes may be internal.
 */
@Component
public class StatusUpdateTexts {


    private final MessageSource messages;
    private final ReplyTexts replies;

    StatusUpdateTexts(MessageSource messages, ReplyTexts replies) {
        this.messages = messages;
        this.replies = replies;
    }

    /**
     * The update for a change to {@code to}; empty when the change is not worth a message (closing follows
     * resolution, which the citizen was already told about).
     *
     * @param joined the case a duplicate was merged into; null when not known
     */
    public Optional<String> statusUpdate(String language, Case kase, CaseStatus to, Case joined) {
        Locale locale = ReplyTexts.localeFor(language);
        String topic = messages.getMessage("topic." + kase.topic(), null, kase.topic(), locale);
        String tracking = replies.trackingUrl(kase);
        return switch (to) {
            case NEW, CLOSED -> Optional.empty();
            case IN_PROGRESS, WAITING_FOR_CITIZEN -> Optional.of(messages.getMessage("reply.status." + to,
                    new Object[] {kase.number(), topic, tracking}, locale));
            case RESOLVED -> Optional.of(messages.getMessage("reply.status.RESOLVED",
                    new Object[] {kase.number(), topic, feedbackUrl(kase)}, locale));
            case DUPLICATE -> Optional.of(joined == null
                    ? messages.getMessage("reply.status.DUPLICATE.unknown", new Object[] {kase.number(), topic}, locale)
                    : messages.getMessage("reply.status.DUPLICATE",
                            new Object[] {kase.number(), joined.number(), replies.trackingUrl(joined)}, locale));
        };
    }

    /** The page where the citizen answers how satisfied they are: their tracking page's feedback question. */
    public String feedbackUrl(Case kase) {
        return replies.trackingUrl(kase) + "/feedback";
    }
}

package org.civicbot.bot.publicpages;

import java.util.Locale;

import org.civicbot.bot.cases.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Topic and status names as the public pages say them, Swedish first. */
@Component
class PublicTexts {

    private final MessageSource messages;

    PublicTexts(MessageSource messages) {
        this.messages = messages;
    }

    String topic(String topic, Locale locale) {
        return messages.getMessage("topic." + topic, null, topic, locale);
    }

    String status(CaseStatus status, Locale locale) {
        return messages.getMessage("public.status." + status, null, locale);
    }
}

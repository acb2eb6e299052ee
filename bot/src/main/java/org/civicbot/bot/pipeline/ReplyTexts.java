package org.civicbot.bot.pipeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.knowledge.Answer;
import org.civicbot.knowledge.AnswerReply;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The bot's replies, in the citizen's language where the templates have it and Swedish otherwise. The
 * templates live in {@code messages*.properties} beside the web UI's texts.
 */
@Component
public class ReplyTexts {

    private static final Set<String> LANGUAGES = Set.of("sv", "en");

    private final MessageSource messages;
    private final ZoneId zone;
    private final String publicBaseUrl;

    public ReplyTexts(MessageSource messages, CivicbotProperties properties) {
        this.messages = messages;
        this.zone = properties.timeZone();
        this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    /** The address of the case's public tracking page. */
    public String trackingUrl(Case kase) {
        return publicBaseUrl + "/t/" + kase.trackingToken();
    }

    String caseAcknowledgement(String language, Case opened, String category) {
        Locale locale = localeFor(language);
        return messages.getMessage("reply.case." + category, new Object[] {
                opened.number(), opened.unitName(), deadline(opened.replyDeadline(), locale), trackingUrl(opened)},
                locale);
    }

    /** A fault already reported: the case it joined, and that the citizen will hear when it is fixed. */
    String alreadyReported(String language, Case kase) {
        Locale locale = localeFor(language);
        return messages.getMessage("reply.duplicate", new Object[] {kase.number(), trackingUrl(kase)}, locale);
    }

    String triageAcknowledgement(String language, Instant replyDeadline) {
        Locale locale = localeFor(language);
        return messages.getMessage("reply.triage", new Object[] {deadline(replyDeadline, locale)}, locale);
    }

    /**
     * The passage that answers (not the whole article), cut to fit the channel, the link to the article's public
     * page and how to reach a person; empty when the channel has no room even for the link and that line.
     */
    Optional<String> wikiAnswer(String language, Answer answer, String articleUrl, String channel) {
        String handover = messages.getMessage("reply.answer.handover", null, localeFor(language));
        try {
            return Optional.of(AnswerReply.compose(answer.passage().text(), articleUrl, handover,
                    ChannelReplyLimits.of(channel)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A person takes over a question the bot answered. The deadline is the question's own; once it has passed
     * (the citizen came back days later), the reply promises no date it cannot keep.
     */
    String handoverAcknowledgement(String language, Instant replyDeadline, Instant now) {
        Locale locale = localeFor(language);
        return now.isBefore(replyDeadline)
                ? messages.getMessage("reply.handover", new Object[] {deadline(replyDeadline, locale)}, locale)
                : messages.getMessage("reply.handover.overdue", null, locale);
    }

    /** The language the reply will be written in. */
    static String replyLanguage(String detected) {
        return detected != null && LANGUAGES.contains(detected) ? detected : "sv";
    }

    /** The locale replies to a citizen writing in this language are written in: theirs if civicbot has it, else Swedish. */
    public static Locale localeFor(String language) {
        return Locale.forLanguageTag(replyLanguage(language));
    }

    private String deadline(Instant deadline, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.getMessage("reply.deadline.pattern", null, locale), locale);
        return format.format(deadline.atZone(zone));
    }
}

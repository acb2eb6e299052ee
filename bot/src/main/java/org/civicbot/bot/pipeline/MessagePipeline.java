package org.civicbot.bot.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.classification.ActiveClassifier;
import org.civicbot.bot.cases.CaseEvent;
import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.cases.DuplicateReports;
import org.civicbot.bot.cases.NewCase;
import org.civicbot.bot.gaps.GapReason;
import org.civicbot.bot.gaps.KnowledgeGapRepository;
import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageClassification;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.message.MessageState;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.location.StoredLocation;
import org.civicbot.bot.outbox.ReplyKind;
import org.civicbot.bot.routing.Route;
import org.civicbot.bot.routing.Router;
import org.civicbot.bot.sla.ReplyPolicy;
import org.civicbot.bot.wiki.ActiveWiki;
import org.civicbot.classifier.Classification;
import org.civicbot.classifier.geocoding.Locator;
import org.civicbot.classifier.location.Location;
import org.civicbot.knowledge.Answer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides one stored message: classify, place its locations on the map, then answer, open a case (which gets
 * the best location), hand to a person or do nothing; or, when the citizen asks for a person right after a wiki
 * answer, send that answer's question back to a person. A question the wiki could not answer is recorded as a
 * knowledge gap. The decision, the case and the reply are written in one transaction while the message row is
 * locked (classification comes before, outside the lock), so a message delivered twice by the queue (crash,
 * takeover) is decided once and replied to once.
 */
@Service
public class MessagePipeline {

    private final MessageRepository messages;
    private final CaseRepository cases;
    private final Router router;
    private final DuplicateReports duplicates;
    private final OutboxRepository outbox;
    private final ActiveClassifier classifier;
    private final Locator locator;
    private final DecisionPolicy policy;
    private final WikiAnswerRejections rejections;
    private final KnowledgeGapRepository gaps;
    private final ActiveWiki wiki;
    private final ReplyTexts texts;
    private final ReplyPolicy deadlines;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public MessagePipeline(MessageRepository messages, CaseRepository cases, Router router,
                           DuplicateReports duplicates, OutboxRepository outbox, ActiveClassifier classifier, Locator locator,
                           DecisionPolicy policy, WikiAnswerRejections rejections, KnowledgeGapRepository gaps,
                           ActiveWiki wiki, ReplyTexts texts, ReplyPolicy deadlines, TransactionTemplate transactions,
                           Clock clock) {
        this.messages = messages;
        this.cases = cases;
        this.router = router;
        this.duplicates = duplicates;
        this.outbox = outbox;
        this.classifier = classifier;
        this.locator = locator;
        this.policy = policy;
        this.rejections = rejections;
        this.gaps = gaps;
        this.wiki = wiki;
        this.texts = texts;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Decides the message unless it is already decided (or gone).
     *
     * @return the outbox reply written for it, to send right away
     */
    public Optional<Long> decide(long messageId) {
        Optional<Message> unlocked = messages.findById(messageId).filter(message -> !message.state().isFinal());
        if (unlocked.isEmpty()) {
            return Optional.empty();
        }
        // Classifying and geocoding (which may ask a Nominatim server) happen before the row is locked, so a
        // slow geocoder holds no lock and no connection; the text and position they read never change.
        Message message = unlocked.get();
        Classification classification = classifier.classify(message.text());
        List<Location> positions = message.position() == null ? List.of() : List.of(message.position().asLocation());
        MessageClassification stored = MessageClassification.of(classification,
                locator.locate(classification.locations(), positions));
        return transactions.execute(status -> messages.lockForDecision(messageId)
                .filter(locked -> !locked.state().isFinal())
                .flatMap(locked -> decideLocked(locked, classification, stored)));
    }

    private Optional<Long> decideLocked(Message unclassified, Classification classification,
                                        MessageClassification stored) {
        Instant now = clock.instant();
        Message message = withClassifiedDeadline(unclassified, stored);
        // "MÄNNISKA" after a wiki answer is about that answer, whatever the classifier makes of the one word.
        Optional<WikiAnswerRejections.Reopened> reopened = rejections.onRequestForPerson(message, now);
        if (reopened.isPresent()) {
            messages.recordDecision(message.id(), stored, MessageState.NO_ACTION, "Asks for a person after the wiki "
                    + "answer to message " + reopened.get().messageId() + ", which went back to a person", null, now);
            return Optional.of(reopened.get().acknowledgementId());
        }
        String language = ReplyTexts.replyLanguage(classification.language());
        if (RequestForPerson.matches(message.text())) {
            // No recent wiki answer to send back, but the citizen still asked for a person, not for the bot.
            return triage(message, stored, "The citizen asks for a person (no recent wiki answer to reopen)",
                    language, now);
        }
        Decision decision = policy.decide(message.text(), classification);
        return switch (decision.outcome()) {
            case ANSWER -> {
                Answer answer = decision.answer();
                Optional<String> text = texts.wikiAnswer(language, answer, wiki.publicUrl(answer.article().slug()),
                        message.channel());
                if (text.isEmpty()) {
                    yield triage(message, stored, decision.reason() + "; but the channel has no room for the answer "
                            + "with its link", language, now);
                }
                messages.recordDecision(message.id(), stored, MessageState.ANSWERED, decision.reason(), null, now);
                // A wiki answer is the citizen's reply, unless they say it did not help.
                messages.markReplied(message.id(), now);
                messages.recordWikiAnswer(message.id(), answer.article().slug(), answer.confidence());
                yield Optional.of(reply(message, null, ReplyKind.WIKI_ANSWER, text.get(), now));
            }
            case OPEN_CASE -> Optional.of(openOrJoinCase(message, stored, decision.reason(), language, now));
            case TRIAGE -> {
                Answer abstention = decision.answer();
                if (abstention != null && abstention.abstained()) {
                    gaps.record(message.id(), message.text(), classification.language(), GapReason.ABSTAINED,
                            abstention.ranking().isEmpty() ? null : abstention.ranking().get(0).slug(),
                            abstention.confidence(), now);
                }
                yield triage(message, stored, decision.reason(), language, now);
            }
            case NO_ACTION -> {
                messages.recordDecision(message.id(), stored, MessageState.NO_ACTION, decision.reason(), null, now);
                yield Optional.empty();
            }
        };
    }

    /**
     * A fault near an open case of its topic joins that case as another report; otherwise the routing rules decide
     * the unit, or that another authority maintains the place (the citizen is told whom to contact).
     */
    private long openOrJoinCase(Message message, MessageClassification stored, String reason, String language,
                                Instant now) {
        StoredLocation location = stored.location();
        if ("FAULT".equals(stored.category())) {
            // One decision at a time per topic, so two reports of the same lamp cannot both open a case.
            cases.lockTopic(stored.topic());
            Optional<DuplicateReports.Match> duplicate = duplicates.openCaseNear(stored.topic(), location, now);
            if (duplicate.isPresent()) {
                Case kase = duplicate.get().kase();
                String joined = String.format(Locale.ROOT, "%s → already reported as case %s (%.0f m away)", reason,
                        kase.number(), duplicate.get().distanceMeters());
                messages.recordDecision(message.id(), stored, MessageState.CASE_OPENED, joined, kase.id(), now);
                cases.recordEvent(kase.id(), now, CaseEvent.CIVICBOT, CaseEvent.Kind.REPORT_ADDED, null, null,
                        "Message " + message.id() + String.format(Locale.ROOT, ", %.0f m away",
                                duplicate.get().distanceMeters()));
                return reply(message, kase.id(), ReplyKind.CASE_ACKNOWLEDGEMENT,
                        texts.alreadyReported(language, kase), now);
            }
        }
        Route route = router.route(stored.topic(), location == null ? null : location.lat(),
                location == null ? null : location.lon(), language);
        if (route.redirected()) {
            messages.recordDecision(message.id(), stored, MessageState.ANSWERED, reason + " → " + route.reason(), null,
                    now);
            messages.markReplied(message.id(), now);
            return reply(message, null, ReplyKind.REDIRECT, route.redirect(), now);
        }
        Case opened = cases.open(new NewCase(stored.category(), stored.topic(), route.unit().id(), location, now,
                message.replyDeadline(), deadlines.expectedResolution(now, stored.topic()),
                route.area() == null ? null : route.area().code()));
        messages.recordDecision(message.id(), stored, MessageState.CASE_OPENED,
                reason + " → case " + opened.number() + " for " + route.unit().name() + " (" + route.reason() + ")",
                opened.id(), now);
        return reply(message, opened.id(), ReplyKind.CASE_ACKNOWLEDGEMENT,
                texts.caseAcknowledgement(language, opened, stored.category()), now);
    }

    /** The deadline the policy gives this category and topic, stored if it differs from the channel's. */
    private Message withClassifiedDeadline(Message message, MessageClassification stored) {
        Instant deadline = deadlines.deadlineFor(message.receivedAt(), message.channel(), stored.category(),
                stored.topic());
        if (deadline.equals(message.replyDeadline())) {
            return message;
        }
        messages.setReplyDeadline(message.id(), deadline);
        return message.withReplyDeadline(deadline);
    }

    private Optional<Long> triage(Message message, MessageClassification stored, String reason, String language,
                                  Instant now) {
        messages.recordDecision(message.id(), stored, MessageState.TRIAGE, reason, null, now);
        return Optional.of(reply(message, null, ReplyKind.TRIAGE_ACKNOWLEDGEMENT,
                texts.triageAcknowledgement(language, message.replyDeadline()), now));
    }

    /** The bot's one automatic reply to a message; the key makes a second one impossible. */
    private long reply(Message message, Long caseId, ReplyKind kind, String text, Instant now) {
        return outbox.enqueue(message.id(), caseId, message.channel(), message.threadId(), message.senderRef(),
                kind, text, "message-" + message.id() + "-bot-reply", now);
    }
}

package org.civicbot.bot.pipeline;

import java.util.Locale;
import java.util.function.Supplier;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.classifier.Category;
import org.civicbot.classifier.Classification;
import org.civicbot.bot.wiki.ActiveWiki;
import org.civicbot.knowledge.Answer;
import org.civicbot.knowledge.AnswerFinder;
import org.civicbot.knowledge.TopicHint;
import org.springframework.stereotype.Component;

/**
 * The bot's judgement: answer from the wiki only when both the classifier and the wiki are sure, open a case
 * for faults and opinions whose topic is clear, and hand everything uncertain to a person.
 */
@Component
public class DecisionPolicy {

    private final Supplier<AnswerFinder> wiki;
    private final double minCategoryConfidence;
    private final double minTopicConfidence;

    @org.springframework.beans.factory.annotation.Autowired
    public DecisionPolicy(ActiveWiki wiki, CivicbotProperties properties) {
        this(wiki::finder, properties);
    }

    /** With the wiki as it is at each question (the active wiki changes while the bot runs). */
    DecisionPolicy(Supplier<AnswerFinder> wiki, CivicbotProperties properties) {
        this.wiki = wiki;
        this.minCategoryConfidence = properties.pipeline().minCategoryConfidence();
        this.minTopicConfidence = properties.pipeline().minTopicConfidence();
    }

    public Decision decide(String text, Classification classification) {
        Category category = classification.category();
        if (classification.categoryConfidence() < minCategoryConfidence) {
            return Decision.of(Decision.Outcome.TRIAGE, String.format(Locale.ROOT,
                    "Unsure what kind of message this is: %s at %.2f, needs %.2f", category,
                    classification.categoryConfidence(), minCategoryConfidence));
        }
        return switch (category) {
            case QUESTION -> answerOrTriage(text, classification);
            case FAULT, OPINION -> classification.topicConfidence() < minTopicConfidence
                    ? Decision.of(Decision.Outcome.TRIAGE, String.format(Locale.ROOT,
                            "%s, but unsure which service it concerns: %s at %.2f, needs %.2f", category,
                            classification.topic(), classification.topicConfidence(), minTopicConfidence))
                    : Decision.of(Decision.Outcome.OPEN_CASE, String.format(Locale.ROOT,
                            "%s about %s (confidence %.2f / %.2f)", category, classification.topic(),
                            classification.categoryConfidence(), classification.topicConfidence()));
            case OTHER -> Decision.of(Decision.Outcome.NO_ACTION, String.format(Locale.ROOT,
                    "Nothing to act on (OTHER at %.2f)", classification.categoryConfidence()));
        };
    }

    /** The classifier's topic helps pick between articles the words find (the wiki checks its confidence). */
    private Decision answerOrTriage(String question, Classification classification) {
        Answer answer = wiki.get().answer(question, classification.language(),
                new TopicHint(classification.topic().name(), classification.topicConfidence()));
        if (!answer.abstained()) {
            return Decision.answer(answer, "Answered from the wiki: " + answer.reason());
        }
        return Decision.unanswered(answer, "Question without a confident wiki answer: " + answer.reason());
    }
}

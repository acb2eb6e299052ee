package org.civicbot.bot.pipeline;

import java.util.Locale;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.classifier.Category;
import org.civicbot.classifier.Classification;
import org.civicbot.knowledge.AnswerLookup;
import org.civicbot.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The bot's judgement: answer from the wiki only when both the classifier and the wiki are sure, open a case
 * for faults and opinions whose topic is clear, and hand everything uncertain to a person.
 */
@Component
public class DecisionPolicy {

    private final KnowledgeBase knowledge;
    private final double minCategoryConfidence;
    private final double minTopicConfidence;

    public DecisionPolicy(KnowledgeBase knowledge, CivicbotProperties properties) {
        this.knowledge = knowledge;
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
            case QUESTION -> answerOrTriage(text, classification.language());
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

    private Decision answerOrTriage(String question, String language) {
        AnswerLookup lookup = knowledge.lookup(question, language);
        if (lookup.confident() && lookup.article().isPresent()) {
            return Decision.answer(lookup.article().get(), "Answered from the wiki: " + lookup.reason());
        }
        return Decision.of(Decision.Outcome.TRIAGE, "Question without a confident wiki answer: " + lookup.reason());
    }
}

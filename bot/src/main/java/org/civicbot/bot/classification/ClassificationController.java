package org.civicbot.bot.classification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.classifier.Category;
import org.civicbot.classifier.Topic;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Staff corrections of a classification, and the classifier's retraining. */
@RestController
class ClassificationController {

    private final MessageRepository messages;
    private final CorrectionRepository corrections;
    private final RetrainingService retraining;
    private final ActiveClassifier active;
    private final ClassifierModelRepository models;
    private final Clock clock;

    ClassificationController(MessageRepository messages, CorrectionRepository corrections, RetrainingService retraining,
                             ActiveClassifier active, ClassifierModelRepository models, Clock clock) {
        this.messages = messages;
        this.corrections = corrections;
        this.retraining = retraining;
        this.active = active;
        this.models = models;
        this.clock = clock;
    }

    record CorrectionRequest(String category, String topic) {
    }

    record CorrectionResult(long messageId, String category, String topic, String previousCategory,
                            String previousTopic) {
    }

    record ClassifierStatus(String activeVersion, List<RetrainingRun> recentRuns) {
    }

    /** A person sets the right category and topic; the correction is kept as training data. */
    @PostMapping("/api/messages/{id}/classification")
    @Transactional
    CorrectionResult correct(@PathVariable long id, @RequestBody CorrectionRequest request) {
        Category category = parse(Category.class, "category", request.category());
        Topic topic = parse(Topic.class, "topic", request.topic());
        Message message = messages.lockForDecision(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message with id " + id));
        if (message.category() == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Message " + id + " has not been classified yet; correct it once the bot has decided it");
        }
        corrections.record(id, message.category(), message.topic(), message.classifierVersion(), category, topic,
                clock.instant());
        messages.applyCorrection(id, category.name(), topic.name());
        return new CorrectionResult(id, category.name(), topic.name(), message.category(), message.topic());
    }

    @PostMapping("/api/admin/classifier/retrain")
    RetrainingRun retrain() {
        return retraining.retrain();
    }

    @GetMapping("/api/admin/classifier")
    ClassifierStatus status() {
        return new ClassifierStatus(active.current().modelVersion(), models.recentRuns(20));
    }

    @ExceptionHandler(RetrainingService.RetrainingBusyException.class)
    ProblemDetail busy(RetrainingService.RetrainingBusyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field + " is missing");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown " + field + "; use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}

package org.civicbot.bot.classification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.civicbot.classifier.ClassifierModel;
import org.civicbot.classifier.HeldOutScore;
import org.civicbot.classifier.LabelledMessage;
import org.civicbot.classifier.MessageClassifier;
import org.civicbot.classifier.TrainingCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Learning from staff: trains a candidate model on the corpus's training split plus every staff correction,
 * scores it and the model in use on the held-out split, and swaps it in only if it is not worse. One
 * instance retrains at a time (a Redis lock); the others pick the new model up from the database.
 */
@Service
public class RetrainingService {

    private static final Logger log = LoggerFactory.getLogger(RetrainingService.class);
    private static final String LOCK = "civicbot:lock:classifier-retraining";
    private static final Duration LOCK_FOR = Duration.ofMinutes(30);

    private final ActiveClassifier active;
    private final ClassifierModelRepository models;
    private final CorrectionRepository corrections;
    private final JedisPooled redis;
    private final Clock clock;

    public RetrainingService(ActiveClassifier active, ClassifierModelRepository models, CorrectionRepository corrections,
                             JedisPooled redis, Clock clock) {
        this.active = active;
        this.models = models;
        this.corrections = corrections;
        this.redis = redis;
        this.clock = clock;
    }

    /** Another instance (or request) is retraining right now. */
    public static class RetrainingBusyException extends RuntimeException {
        RetrainingBusyException() {
            super("A retraining is already running; try again when it has finished");
        }
    }

    public RetrainingRun retrain() {
        String token = UUID.randomUUID().toString();
        if (!"OK".equals(redis.set(LOCK, token, SetParams.setParams().nx().px(LOCK_FOR.toMillis())))) {
            throw new RetrainingBusyException();
        }
        try {
            return retrainLocked();
        } finally {
            if (token.equals(redis.get(LOCK))) {
                redis.del(LOCK);
            }
        }
    }

    private RetrainingRun retrainLocked() {
        List<LabelledMessage> corpus = TrainingCorpus.bundled();
        List<LabelledMessage> heldOut = corpus.stream().filter(LabelledMessage::heldOut).toList();
        List<LabelledMessage> staff = corrections.asTrainingMessages();
        List<LabelledMessage> training = new ArrayList<>(corpus.stream().filter(m -> !m.heldOut()).toList());
        training.addAll(staff);

        ClassifierModel model = ClassifierModel.train(training);
        MessageClassifier candidate = active.withModel(model);
        MessageClassifier previous = active.current();
        HeldOutScore candidateScore = HeldOutScore.of(candidate, heldOut);
        HeldOutScore previousScore = HeldOutScore.of(previous, heldOut);
        boolean swapped = !model.version().equals(previous.modelVersion()) && candidateScore.notWorseThan(previousScore);
        if (swapped) {
            models.activate(model, candidateScore, training.size(), staff.size(), clock.instant());
            active.use(candidate);
        }
        RetrainingRun run = models.recordRun(new RetrainingRun(null, clock.instant(), staff.size(),
                previous.modelVersion(), previousScore, model.version(), candidateScore, swapped));
        log.info("Retraining with {} correction(s): candidate {} {} / previous {} {} → {}", staff.size(),
                model.version(), candidateScore, previous.modelVersion(), previousScore,
                swapped ? "swapped in" : "kept the model in use");
        return run;
    }
}

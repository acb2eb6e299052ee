package org.civicbot.bot.classification;

import java.time.Instant;

import org.civicbot.classifier.HeldOutScore;

/**
 * One retraining: the model in use and the candidate trained on corpus + corrections, both scored on the
 * held-out split; {@code swapped} when the candidate was not worse and replaced it.
 */
public record RetrainingRun(Long id, Instant finishedAt, int corrections, String previousVersion, HeldOutScore previous,
                            String candidateVersion, HeldOutScore candidate, boolean swapped) {

    RetrainingRun withId(long newId) {
        return new RetrainingRun(newId, finishedAt, corrections, previousVersion, previous, candidateVersion, candidate,
                swapped);
    }
}

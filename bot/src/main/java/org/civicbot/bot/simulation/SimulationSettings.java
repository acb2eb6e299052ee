package org.civicbot.bot.simulation;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What month the simulation replays ({@code civicbot.simulation.*}, read under the {@code month-simulation}
 * profile).
 *
 * @param messages    how many citizen messages arrive over the month
 * @param seed        the same seed gives the same traffic and the same staff timings
 * @param start       the first day (municipality's time zone); January, when storms bring snow and fallen trees
 * @param days        how long the traffic lasts; the simulation then runs on until every message is replied to
 * @param stormDay    which day (1 = the first) the storm hits
 * @param stormFactor the storm day brings this many times an ordinary day's messages
 * @param staffing    the staff-capacity plan
 * @param questions   the knowledge question set (JSON Lines with a {@code text}): citizens' questions the demo wiki
 *                    answers; blank or missing, only the classifier's corpus is used
 * @param questionShare the share of messages drawn from the question set, the rest from the classifier's corpus
 * @param threads     how many messages of one step the pipeline decides at once (the real workers run 2)
 * @param monitorEvery how often the reply-guarantee monitor looks (also the simulation's step)
 * @param drainLimit  after the last message, how long staff may take to clear what is left before the run stops
 * @param runAtStart  run the month as the command when the application starts, print the report and exit
 *                    (off in tests, which call {@link MonthSimulation} themselves)
 */
@ConfigurationProperties("civicbot.simulation")
public record SimulationSettings(
        @DefaultValue("60000") int messages,
        @DefaultValue("1") long seed,
        @DefaultValue("2027-01-01") LocalDate start,
        @DefaultValue("31") int days,
        @DefaultValue("18") int stormDay,
        @DefaultValue("5") double stormFactor,
        @DefaultValue("DEMO") Staffing staffing,
        @DefaultValue("knowledge/questions/questions.jsonl") String questions,
        @DefaultValue("0.3") double questionShare,
        @DefaultValue("2") int threads,
        @DefaultValue("1m") Duration monitorEvery,
        @DefaultValue("14d") Duration drainLimit,
        @DefaultValue("true") boolean runAtStart) {

    public SimulationSettings {
        if (messages < 1) {
            throw new IllegalArgumentException("civicbot.simulation.messages must be at least 1, was " + messages);
        }
        if (days < 1 || stormDay < 1 || stormDay > days) {
            throw new IllegalArgumentException("civicbot.simulation.storm-day must be one of the " + days
                    + " simulated days, was " + stormDay);
        }
        if (stormFactor < 1) {
            throw new IllegalArgumentException("civicbot.simulation.storm-factor must be at least 1, was " + stormFactor);
        }
        if (questionShare < 0 || questionShare > 1) {
            throw new IllegalArgumentException("civicbot.simulation.question-share must be between 0 and 1, was "
                    + questionShare);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("civicbot.simulation.threads must be at least 1, was " + threads);
        }
        if (monitorEvery.isNegative() || monitorEvery.isZero() || monitorEvery.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("civicbot.simulation.monitor-every must be whole minutes, was "
                    + monitorEvery);
        }
    }
}

package org.civicbot.bot.simulation;

import java.time.Duration;

/**
 * How many staff answer citizens in each hour of the day (on working days, on weekends and holidays, and in the
 * storm: the storm day and the two days after it, when the municipality calls staff in), and how long a reply
 * takes them. A case takes longer than a triaged message: the agent also reads the case and takes it on.
 */
public enum Staffing {

    /**
     * The demo municipality's contact centre for about 60,000 messages a month: a day shift (07–17, fewer over
     * lunch), an evening shift to 21, weekend cover 09–20, and in the storm 40 agents 07–22.
     */
    DEMO(hours(0, 0, 0, 0, 0, 0, 0, 4, 18, 18, 18, 18, 14, 18, 18, 18, 18, 6, 6, 6, 6, 0, 0, 0),
            hours(0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 0, 0, 0, 0),
            hours(0, 0, 0, 0, 0, 0, 0, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 0, 0),
            Duration.ofMinutes(4), Duration.ofMinutes(6)),

    /**
     * The same contact centre with half the day shift off sick, nobody in the evenings or at weekends, and nobody
     * called in for the storm.
     */
    OVERLOADED(hours(0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 7, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0, 0),
            hours(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            null, Duration.ofMinutes(4), Duration.ofMinutes(6));

    /** The storm plan holds on the storm day and this many days after it. */
    static final int STORM_CLEAN_UP_DAYS = 2;

    private final int[] workingDay;
    private final int[] closedDay;
    private final int[] storm;
    private final Duration triageReply;
    private final Duration caseReply;

    /** @param storm null: the ordinary plan holds in the storm too */
    Staffing(int[] workingDay, int[] closedDay, int[] storm, Duration triageReply, Duration caseReply) {
        this.workingDay = workingDay;
        this.closedDay = closedDay;
        this.storm = storm;
        this.triageReply = triageReply;
        this.caseReply = caseReply;
    }

    /** The kind of day, which decides the plan. */
    enum Day {
        WORKING, CLOSED, STORM
    }

    /** Agents on duty in the hour starting at {@code hour} (0–23) local time. */
    public int agentsOnDuty(int hour, Day day) {
        return plan(day)[hour];
    }

    /** The most agents on duty at any hour: the size of the team. */
    public int team() {
        int most = 0;
        for (Day day : Day.values()) {
            for (int agents : plan(day)) {
                most = Math.max(most, agents);
            }
        }
        return most;
    }

    /** The average time one reply takes. */
    public Duration averageReply(boolean forCase) {
        return forCase ? caseReply : triageReply;
    }

    /** Agent-hours in one day of this kind. */
    public int agentHours(Day day) {
        int sum = 0;
        for (int agents : plan(day)) {
            sum += agents;
        }
        return sum;
    }

    private int[] plan(Day day) {
        return switch (day) {
            case WORKING -> workingDay;
            case CLOSED -> closedDay;
            case STORM -> storm == null ? workingDay : storm;
        };
    }

    private static int[] hours(int... agents) {
        if (agents.length != 24) {
            throw new IllegalArgumentException("a staffing plan has 24 hours, not " + agents.length);
        }
        return agents;
    }
}

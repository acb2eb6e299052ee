package org.civicbot.bot.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.cases.CaseWorkflow;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.message.StaffReplies;
import org.civicbot.bot.sla.SwedishHolidays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contact centre's staff as a capacity model: in each hour the plan's number of agents is on duty (the
 * working-day, weekend-and-holiday or storm plan); a free
 * agent takes the waiting message with the soonest deadline (assigns it to themself), works on it for about the
 * plan's time (half to one and a half times it), then replies through {@link StaffReplies}, and for a new case
 * also takes the case on through {@link CaseWorkflow}. An agent whose shift ends mid-reply finishes that reply
 * first, and takes nothing new.
 */
final class StaffDesk {

    private static final String REPLY_SV = "Hej! Tack för att du hörde av dig. Vi har tittat på ditt ärende och "
            + "hör av oss igen om vi behöver veta mer.";
    private static final String REPLY_EN = "Hello! Thank you for writing. We have looked into it and will be in "
            + "touch if we need to know more.";

    /** A message an agent is working on, and when the reply will be written. */
    private record Work(long messageId, String caseNumber, Instant doneAt) {
    }

    /** A message waiting for a person, as an agent picks it. */
    private record Waiting(long messageId, String caseNumber, String language) {
    }

    private final JdbcClient jdbc;
    private final MessageRepository messages;
    private final StaffReplies replies;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final Staffing staffing;
    private final ZoneId zone;
    private final SwedishHolidays holidays;
    private final LocalDate stormDay;
    private final Random random;
    private final Work[] agents;
    private final String[] languages;
    private long repliesWritten;

    StaffDesk(JdbcClient jdbc, MessageRepository messages, StaffReplies replies, CaseRepository cases,
              CaseWorkflow workflow, Staffing staffing, ZoneId zone, SwedishHolidays holidays, LocalDate stormDay,
              long seed) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.replies = replies;
        this.cases = cases;
        this.workflow = workflow;
        this.staffing = staffing;
        this.zone = zone;
        this.holidays = holidays;
        this.stormDay = stormDay;
        this.random = new Random(seed);
        this.agents = new Work[staffing.team()];
        this.languages = new String[staffing.team()];
    }

    /** Lets the agents on duty at {@code now} finish what is due and take new messages. */
    void work(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        Staffing.Day day = !today.isBefore(stormDay) && !today.isAfter(stormDay.plusDays(Staffing.STORM_CLEAN_UP_DAYS))
                ? Staffing.Day.STORM
                : local.getDayOfWeek().getValue() <= 5 && !holidays.isClosed(today) ? Staffing.Day.WORKING
                : Staffing.Day.CLOSED;
        int onDuty = staffing.agentsOnDuty(local.getHour(), day);
        List<Integer> free = new ArrayList<>();
        for (int agent = 0; agent < agents.length; agent++) {
            Work work = agents[agent];
            if (work != null && !work.doneAt().isAfter(now)) {
                reply(agent, work);
                agents[agent] = null;
            }
            if (agents[agent] == null && agent < onDuty) {
                free.add(agent);
            }
        }
        if (free.isEmpty()) {
            return;
        }
        List<Waiting> next = waiting(free.size());
        for (int i = 0; i < next.size(); i++) {
            int agent = free.get(i);
            Waiting waiting = next.get(i);
            messages.assign(waiting.messageId(), name(agent));
            Duration average = staffing.averageReply(waiting.caseNumber() != null);
            long minutes = Math.max(1, Math.round(average.toMinutes() * (0.5 + random.nextDouble())));
            agents[agent] = new Work(waiting.messageId(), waiting.caseNumber(), now.plus(Duration.ofMinutes(minutes)));
            languages[agent] = waiting.language();
        }
    }

    /** Whether an agent is still writing a reply. */
    boolean busy() {
        for (Work work : agents) {
            if (work != null) {
                return true;
            }
        }
        return false;
    }

    long repliesWritten() {
        return repliesWritten;
    }

    private void reply(int agent, Work work) {
        String text = "en".equals(languages[agent]) ? REPLY_EN : REPLY_SV;
        replies.reply(work.messageId(), name(agent), text, "simulated-reply");
        repliesWritten++;
        if (work.caseNumber() != null && cases.findByNumber(work.caseNumber())
                .filter(kase -> kase.status() == CaseStatus.NEW).isPresent()) {
            workflow.changeStatus(work.caseNumber(), CaseStatus.IN_PROGRESS, name(agent), null);
        }
    }

    /** Unassigned messages waiting for a person, soonest deadline first, as the reply-guarantee monitor sees them. */
    private List<Waiting> waiting(int limit) {
        return jdbc.sql("""
                        SELECT m.id, c.number, m.language FROM message m
                        LEFT JOIN "case" c ON c.id = m.case_id
                        WHERE m.replied_at IS NULL AND m.assignee IS NULL AND m.state IN ('TRIAGE', 'CASE_OPENED')
                          AND (c.id IS NULL OR c.status IN ('NEW', 'IN_PROGRESS'))
                        ORDER BY m.reply_deadline, m.id LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("number"), rs.getString("language")))
                .list();
    }

    /** Whether any message still waits for a person (assigned or not). */
    boolean anyoneWaiting() {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM message m LEFT JOIN "case" c ON c.id = m.case_id
                        WHERE m.replied_at IS NULL AND m.state IN ('TRIAGE', 'CASE_OPENED')
                          AND (c.id IS NULL OR c.status IN ('NEW', 'IN_PROGRESS')))""")
                .query(Boolean.class).single();
    }

    private static String name(int agent) {
        return "agent-" + (agent + 1);
    }
}

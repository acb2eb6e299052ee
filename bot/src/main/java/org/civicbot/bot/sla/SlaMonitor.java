package org.civicbot.bot.sla;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.staff.Absences;
import org.civicbot.bot.unit.UnitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Watches every message still waiting for its reply: before the deadline it warns the assignee and then the unit
 * lead; when the deadline passes it records the breach with its cause and tells the contact-centre supervisor.
 * Each of these happens once per message, also with several instances running (a unique key in
 * {@code sla_event}). A message waits while it is undecided, in triage, or in a case still being worked on
 * (not while the case waits for the citizen: the clock is paused then). Whoever is away is represented by their
 * stand-in.
 */
@Component
public class SlaMonitor {

    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CivicbotProperties.SlaAlerts alerts;
    private final Absences absences;

    SlaMonitor(JdbcClient jdbc, Clock clock, CivicbotProperties properties, Absences absences) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.alerts = properties.sla().alerts();
        this.absences = absences;
    }

    /** A message waiting for its reply, with what the monitor needs to decide whom to tell. */
    private record Waiting(long messageId, Instant deadline, String state, String assignee, String unitLead,
                           boolean deliveryFailed, Set<String> done) {
    }

    /** Sends the warnings and escalations that are due and records breaches; run every {@code check-every}. */
    public void check() {
        Instant now = clock.instant();
        for (Waiting waiting : waitingUntil(now.plus(alerts.warnBefore()))) {
            if (!now.isBefore(waiting.deadline().minus(alerts.warnBefore()))) {
                String lead = waiting.unitLead() == null ? alerts.supervisor() : waiting.unitLead();
                record(waiting, SlaEvent.Kind.WARNING, waiting.assignee() == null ? lead : waiting.assignee(), null, now);
            }
            if (!now.isBefore(waiting.deadline().minus(alerts.escalateBefore()))) {
                record(waiting, SlaEvent.Kind.ESCALATED_TO_UNIT_LEAD,
                        waiting.unitLead() == null ? alerts.supervisor() : waiting.unitLead(), null, now);
            }
            if (!now.isBefore(waiting.deadline())) {
                record(waiting, SlaEvent.Kind.BREACH, null, cause(waiting), now);
                record(waiting, SlaEvent.Kind.ESCALATED_TO_SUPERVISOR, alerts.supervisor(), null, now);
            }
        }
    }

    private List<Waiting> waitingUntil(Instant horizon) {
        return jdbc.sql("""
                        SELECT m.id, m.reply_deadline, m.state, m.assignee,
                               COALESCE(u.lead, (SELECT lead FROM unit WHERE code = :contactCentre)) AS unit_lead,
                               EXISTS (SELECT 1 FROM reply r WHERE r.message_id = m.id AND r.state = 'FAILED')
                                   AS delivery_failed,
                               ARRAY(SELECT e.kind FROM sla_event e WHERE e.message_id = m.id) AS done
                        FROM message m
                        LEFT JOIN "case" c ON c.id = m.case_id
                        LEFT JOIN unit u ON u.id = c.unit_id
                        WHERE m.replied_at IS NULL AND m.state IN ('RECEIVED', 'TRIAGE', 'CASE_OPENED')
                          AND (c.id IS NULL OR c.status IN ('NEW', 'IN_PROGRESS'))
                          AND m.reply_deadline <= :horizon
                          AND (SELECT count(*) FROM sla_event e WHERE e.message_id = m.id) < 4
                        ORDER BY m.reply_deadline, m.id LIMIT :limit""")
                .param("contactCentre", UnitRepository.CONTACT_CENTRE)
                .param("horizon", toDb(horizon))
                .param("limit", BATCH)
                .query((rs, row) -> new Waiting(rs.getLong("id"), fromDb(rs, "reply_deadline"), rs.getString("state"),
                        rs.getString("assignee"), rs.getString("unit_lead"), rs.getBoolean("delivery_failed"),
                        Set.of((String[]) rs.getArray("done").getArray())))
                .list();
    }

    private static SlaEvent.Cause cause(Waiting waiting) {
        if ("RECEIVED".equals(waiting.state())) {
            return SlaEvent.Cause.NOT_DECIDED;
        }
        if (waiting.deliveryFailed()) {
            return SlaEvent.Cause.DELIVERY_FAILED;
        }
        return waiting.assignee() == null ? SlaEvent.Cause.UNASSIGNED : SlaEvent.Cause.NOT_ANSWERED;
    }

    private void record(Waiting waiting, SlaEvent.Kind kind, String recipient, SlaEvent.Cause cause, Instant now) {
        if (waiting.done().contains(kind.name())) {
            return;
        }
        // Someone away is not told: their stand-in is.
        String told = absences.actingFor(recipient, now);
        int inserted = jdbc.sql("""
                        INSERT INTO sla_event (message_id, kind, recipient, at, deadline, cause)
                        VALUES (:messageId, :kind, :recipient, :at, :deadline, :cause)
                        ON CONFLICT (message_id, kind) DO NOTHING""")
                .param("messageId", waiting.messageId())
                .param("kind", kind.name())
                .param("recipient", told)
                .param("at", toDb(now))
                .param("deadline", toDb(waiting.deadline()))
                .param("cause", cause == null ? null : cause.name())
                .update();
        if (inserted == 1) {
            log.info("Reply guarantee: {} for message {} (deadline {}){}{}", kind, waiting.messageId(),
                    waiting.deadline(), told == null ? "" : " → " + told, cause == null ? "" : ", " + cause);
        }
    }

    /** The monitor's record, newest first; {@code kind} null for all. */
    public List<SlaEvent> events(SlaEvent.Kind kind, Long messageId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, message_id, kind, recipient, at, deadline, cause FROM sla_event
                        WHERE (CAST(:kind AS text) IS NULL OR kind = :kind)
                          AND (CAST(:messageId AS bigint) IS NULL OR message_id = :messageId)
                        ORDER BY at DESC, id DESC OFFSET :offset LIMIT :limit""")
                .param("kind", kind == null ? null : kind.name())
                .param("messageId", messageId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new SlaEvent(rs.getLong("id"), rs.getLong("message_id"),
                        SlaEvent.Kind.valueOf(rs.getString("kind")), rs.getString("recipient"), fromDb(rs, "at"),
                        fromDb(rs, "deadline"), rs.getString("cause") == null ? null
                        : SlaEvent.Cause.valueOf(rs.getString("cause"))))
                .list();
    }
}

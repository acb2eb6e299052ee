package org.civicbot.bot.followup;

import java.util.List;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.cases.CaseStatusChanged;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.outbox.ReplyKind;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every citizen whose message is attached to a case that its status changed, through the channel they wrote
 * on. It listens inside the transaction of the change, so the outbox rows commit or roll back with it; the reply
 * key names the change's event in the audit trail and the message, so each citizen hears of each change once.
 * Whether the platform still takes the message (Messenger's 24-hour window) is the connector's call: a refusal is
 * recorded on the outbox row.
 */
@Component
class StatusNotifications {

    /** A citizen message attached to the case: where, and in which language, to answer it. */
    record Reporter(long messageId, String channel, String threadId, String senderRef, String language) {
    }

    private final JdbcClient jdbc;
    private final MergedCases merges;
    private final OutboxRepository outbox;
    private final StatusUpdateTexts texts;

    StatusNotifications(JdbcClient jdbc, MergedCases merges, OutboxRepository outbox, StatusUpdateTexts texts) {
        this.jdbc = jdbc;
        this.merges = merges;
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventListener
    void onStatusChanged(CaseStatusChanged change) {
        Case kase = change.kase();
        List<Reporter> reporters = reporters(kase.id());
        if (reporters.isEmpty()) {
            return;
        }
        long eventId = changeEvent(kase.id(), change.to());
        Case joined = change.to() == CaseStatus.DUPLICATE ? merges.mergedInto(kase.id()).orElse(null) : null;
        for (Reporter reporter : reporters) {
            texts.statusUpdate(reporter.language(), kase, change.to(), joined).ifPresent(text -> outbox.enqueue(
                    reporter.messageId(), kase.id(), reporter.channel(), reporter.threadId(), reporter.senderRef(),
                    ReplyKind.STATUS_UPDATE, text, "message-" + reporter.messageId() + "-status-" + eventId,
                    change.at()));
        }
    }

    private List<Reporter> reporters(long caseId) {
        return jdbc.sql("""
                        SELECT id, channel, thread_id, sender_ref, language FROM message
                        WHERE case_id = :caseId ORDER BY id""")
                .param("caseId", caseId)
                .query((rs, row) -> new Reporter(rs.getLong("id"), rs.getString("channel"), rs.getString("thread_id"),
                        rs.getString("sender_ref"), rs.getString("language")))
                .list();
    }

    /**
     * The change's entry in the audit trail: the case row is locked, so the newest entry that moved the case to
     * this status is this change (a status change, or a merge that made it a duplicate).
     */
    private long changeEvent(long caseId, CaseStatus to) {
        return jdbc.sql("SELECT max(id) FROM case_event WHERE case_id = :caseId AND to_status = :to")
                .param("caseId", caseId)
                .param("to", to.name())
                .query(Long.class)
                .single();
    }
}

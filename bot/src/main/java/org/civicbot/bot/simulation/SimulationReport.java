package org.civicbot.bot.simulation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the month showed, read back from the database the real components wrote: messages by outcome, who
 * answered, the share answered within the deadline and the time to the first reply per channel and category, the
 * monitor's warnings, escalations and breaches with their causes, and the checks that every message is accounted
 * for.
 *
 * @param groups   per channel and per category (and "all"): the reply figures
 * @param breaches breaches by cause
 * @param checks   the accounting: each must hold
 */
public record SimulationReport(SimulationSettings settings, int generated, Map<Traffic.Source, Long> sources,
                               long busiestDay,
                               long quietestDay, Map<String, Long> byState, long botAnswered, long staffAnswered,
                               long neverAnswered, List<Group> groups, Map<String, Long> events,
                               Map<String, Long> breaches, Map<String, Map<String, Long>> breachesByDay,
                               List<Check> checks, Instant start, Instant end, Took took) {

    /** Reply figures for the messages of one channel or category; times in seconds. */
    public record Group(String dimension, String name, long messages, long toAnswer, long inTime, Long p50, Long p95,
                        Long staffP50, Long staffP95, long breaches) {

        double shareInTime() {
            return toAnswer == 0 ? 1 : (double) inTime / toAnswer;
        }
    }

    /** The run's wall time and where it went: ingest, the pipeline's decisions, the monitor, the staff's replies. */
    public record Took(Duration total, Duration ingest, Duration decide, Duration monitor, Duration staff) {
    }

    /** One accounting rule and whether it held. */
    public record Check(String rule, long expected, long actual) {
        public boolean holds() {
            return expected == actual;
        }
    }

    /** Whether every message is accounted for: each check holds. */
    public boolean accountedFor() {
        return checks.stream().allMatch(Check::holds);
    }

    public long breachCount() {
        return breaches.values().stream().mapToLong(Long::longValue).sum();
    }

    static SimulationReport of(JdbcClient jdbc, SimulationSettings settings, List<Traffic.Arrival> arrivals,
                               long ingested, Instant start, Instant end, Took took, ZoneId zone) {
        Map<LocalDate, Long> perDay = arrivals.stream().collect(Collectors.groupingBy(
                a -> a.at().atZone(zone).toLocalDate(), TreeMap::new, Collectors.counting()));
        Map<Traffic.Source, Long> sources = arrivals.stream().collect(Collectors.groupingBy(Traffic.Arrival::source,
                () -> new EnumMap<>(Traffic.Source.class), Collectors.counting()));
        Map<String, Long> byState = counts(jdbc, "SELECT state, count(*) FROM message GROUP BY state ORDER BY state");
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        long bot = number(jdbc, "SELECT count(*) FROM message WHERE state = 'ANSWERED' AND replied_at IS NOT NULL");
        long staff = number(jdbc, "SELECT count(DISTINCT message_id) FROM reply WHERE kind = 'STAFF_REPLY'");
        long never = number(jdbc, "SELECT count(*) FROM message WHERE state <> 'NO_ACTION' AND replied_at IS NULL");
        long noAction = byState.getOrDefault("NO_ACTION", 0L);
        List<Group> groups = new ArrayList<>(groups(jdbc, "all", "'all'"));
        groups.addAll(groups(jdbc, "channel", "m.channel"));
        groups.addAll(groups(jdbc, "category", "m.category"));
        List<Check> checks = List.of(
                new Check("messages generated = messages asked for", settings.messages(), arrivals.size()),
                new Check("messages ingested = messages generated", arrivals.size(), ingested),
                new Check("messages stored = messages ingested", ingested, total),
                new Check("messages left undecided", 0, byState.getOrDefault("RECEIVED", 0L)),
                new Check("answered by the bot + by staff + never + nothing to answer = stored", total,
                        bot + staff + never + noAction),
                new Check("unanswered messages without a recorded breach", 0, number(jdbc, """
                        SELECT count(*) FROM message m WHERE m.state <> 'NO_ACTION' AND m.replied_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM sla_event e WHERE e.message_id = m.id AND e.kind = 'BREACH')""")),
                new Check("replies at or after the deadline without a recorded breach", 0, number(jdbc, """
                        SELECT count(*) FROM message m WHERE m.replied_at >= m.reply_deadline
                          AND NOT EXISTS (SELECT 1 FROM sla_event e WHERE e.message_id = m.id AND e.kind = 'BREACH')""")),
                new Check("breaches recorded for messages answered in time", 0, number(jdbc, """
                        SELECT count(*) FROM sla_event e JOIN message m ON m.id = e.message_id
                        WHERE e.kind = 'BREACH' AND m.replied_at < e.deadline""")),
                new Check("breaches without a cause", 0,
                        number(jdbc, "SELECT count(*) FROM sla_event WHERE kind = 'BREACH' AND cause IS NULL")));
        Map<String, Map<String, Long>> byDay = new TreeMap<>();
        jdbc.sql("""
                        SELECT to_char(deadline AT TIME ZONE :zone, 'YYYY-MM-DD Dy') AS day, cause, count(*) AS n
                        FROM sla_event WHERE kind = 'BREACH' GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("zone", zone.getId())
                .query(rs -> {
                    byDay.computeIfAbsent(rs.getString("day"), d -> new TreeMap<>())
                            .put(rs.getString("cause"), rs.getLong("n"));
                });
        return new SimulationReport(settings, arrivals.size(), sources,
                perDay.values().stream().mapToLong(Long::longValue).max().orElse(0),
                perDay.values().stream().mapToLong(Long::longValue).min().orElse(0), byState, bot, staff, never,
                groups, counts(jdbc, "SELECT kind, count(*) FROM sla_event GROUP BY kind ORDER BY kind"),
                counts(jdbc, "SELECT cause, count(*) FROM sla_event WHERE kind = 'BREACH' GROUP BY cause ORDER BY cause"),
                byDay, checks, start, end, took);
    }

    /** The reply figures grouped by {@code key}, a fixed column expression. */
    private static List<Group> groups(JdbcClient jdbc, String dimension, String key) {
        return jdbc.sql("""
                        SELECT %1$s AS name, count(*) AS messages,
                               count(*) FILTER (WHERE m.state <> 'NO_ACTION') AS to_answer,
                               count(*) FILTER (WHERE m.state <> 'NO_ACTION' AND m.replied_at < m.reply_deadline) AS in_time,
                               percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.replied_at - m.received_at))
                                   FILTER (WHERE m.state <> 'NO_ACTION') AS p50,
                               percentile_disc(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM m.replied_at - m.received_at))
                                   FILTER (WHERE m.state <> 'NO_ACTION') AS p95,
                               percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.replied_at - m.received_at))
                                   FILTER (WHERE s.message_id IS NOT NULL) AS staff_p50,
                               percentile_disc(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM m.replied_at - m.received_at))
                                   FILTER (WHERE s.message_id IS NOT NULL) AS staff_p95,
                               count(b.id) AS breaches
                        FROM message m
                        LEFT JOIN sla_event b ON b.message_id = m.id AND b.kind = 'BREACH'
                        LEFT JOIN (SELECT DISTINCT message_id FROM reply WHERE kind = 'STAFF_REPLY') s
                               ON s.message_id = m.id
                        GROUP BY 1 ORDER BY 1""".formatted(key))
                .query((rs, row) -> new Group(dimension, rs.getString("name"), rs.getLong("messages"),
                        rs.getLong("to_answer"), rs.getLong("in_time"), seconds(rs, "p50"),
                        seconds(rs, "p95"), seconds(rs, "staff_p50"),
                        seconds(rs, "staff_p95"), rs.getLong("breaches")))
                .list();
    }

    /** Seconds as PostgreSQL gives them (numeric), or null where no message had a reply. */
    private static Long seconds(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.longValue();
    }

    private static long number(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Map<String, Long> counts(JdbcClient jdbc, String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** The report as the command prints it. */
    public String print() {
        StringBuilder out = new StringBuilder();
        line(out, "civicbot month simulation: %d messages from %s over %d days, storm on day %d (×%s), "
                        + "staffing %s, seed %d", settings.messages(), settings.start(), settings.days(),
                settings.stormDay(), format(settings.stormFactor()), settings.staffing(), settings.seed());
        line(out, "  traffic: busiest day %d messages, quietest %d; texts: %s", busiestDay, quietestDay,
                sources.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ')).collect(Collectors.joining(", ")));
        line(out, "  staffing %s: %d agent-hours on a working day, %d on a weekend or holiday day, %d on a storm day "
                        + "(and the %d after it); a reply takes %d min on average (%d for a case)", settings.staffing(),
                settings.staffing().agentHours(Staffing.Day.WORKING), settings.staffing().agentHours(Staffing.Day.CLOSED),
                settings.staffing().agentHours(Staffing.Day.STORM), Staffing.STORM_CLEAN_UP_DAYS,
                settings.staffing().averageReply(false).toMinutes(), settings.staffing().averageReply(true).toMinutes());
        line(out, "  simulated %s → %s, monitor every %d min, %d pipeline thread(s); took %d s: ingest %d s, "
                        + "pipeline %d s, monitor %d s, staff replies %d s", start, end, settings.monitorEvery().toMinutes(),
                settings.threads(), took.total().toSeconds(), took.ingest().toSeconds(), took.decide().toSeconds(),
                took.monitor().toSeconds(), took.staff().toSeconds());
        line(out, "");
        line(out, "Messages by final state: %s", byState.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        line(out, "Answered by the bot %d, by staff %d, never %d; nothing to answer %d", botAnswered, staffAnswered,
                neverAnswered, byState.getOrDefault("NO_ACTION", 0L));
        line(out, "");
        line(out, "%-9s %-15s %8s %9s %8s %8s %10s %10s %10s %10s %8s", "", "", "messages", "to answer",
                "in time", "share", "1st p50", "1st p95", "staff p50", "staff p95", "breaches");
        for (Group group : groups) {
            line(out, "%-9s %-15s %8d %9d %8d %7.2f%% %10s %10s %10s %10s %8d", group.dimension(), group.name(),
                    group.messages(), group.toAnswer(), group.inTime(), 100 * group.shareInTime(),
                    duration(group.p50()), duration(group.p95()), duration(group.staffP50()),
                    duration(group.staffP95()), group.breaches());
        }
        line(out, "");
        line(out, "Reply-guarantee monitor: %s", events.isEmpty() ? "nothing recorded" : events.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        line(out, "Breaches by cause: %s", breaches.isEmpty() ? "none" : breaches.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " (" + explanation(e.getKey()) + ")")
                .collect(Collectors.joining("; ")));
        if (!breachesByDay.isEmpty()) {
            line(out, "Breaches by the day the deadline passed:");
            breachesByDay.forEach((day, causes) -> line(out, "  %s  %s", day, causes.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
        line(out, "");
        line(out, "Accounting (%s):", accountedFor() ? "every message accounted for" : "MESSAGES UNACCOUNTED FOR");
        for (Check check : checks) {
            line(out, "  %-4s %s: %d (expected %d)", check.holds() ? "ok" : "FAIL", check.rule(), check.actual(),
                    check.expected());
        }
        return out.toString();
    }

    private static String explanation(String cause) {
        return switch (cause) {
            case "NOT_DECIDED" -> "never decided: the pipeline was down or behind";
            case "DELIVERY_FAILED" -> "a reply was written but the platform refused it";
            case "UNASSIGNED" -> "still in the queue when the deadline passed: nobody on duty took it";
            case "NOT_ANSWERED" -> "an agent had taken it but had not replied by the deadline";
            default -> cause;
        };
    }

    private static String duration(Long seconds) {
        if (seconds == null) {
            return "-";
        }
        if (seconds < 3_600) {
            return String.format(Locale.ROOT, "%d min", seconds / 60);
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3_600, seconds % 3_600 / 60);
        }
        return String.format(Locale.ROOT, "%d d %02d h", seconds / 86_400, seconds % 86_400 / 3_600);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}

package org.civicbot.bot.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.config.CivicbotProperties.SlaCounting;
import org.civicbot.bot.config.CivicbotProperties.SlaOverride;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The reply guarantee as the municipality configured it: when a message must have had its reply. A message
 * gets its deadline when it is stored (from its channel) and again once it is classified (its category and
 * topic may have their own time, e.g. a water leak within 4 hours).
 */
@Component
public class ReplyPolicy {

    private final Duration replyWithin;
    private final WorkingTime defaultTime;
    private final WorkingTime calendar;
    private final WorkingTime officeHours;
    private final List<SlaOverride> overrides;
    private final Map<String, Duration> resolutionTargets;

    @Autowired
    public ReplyPolicy(CivicbotProperties properties) {
        this(properties.sla(), properties.timeZone());
    }

    ReplyPolicy(CivicbotProperties.Sla sla, ZoneId zone) {
        CivicbotProperties.OfficeHours hours = sla.officeHours();
        this.replyWithin = sla.replyWithin();
        this.calendar = WorkingTime.calendar(zone);
        this.officeHours = WorkingTime.officeHours(zone, hours.opens(), hours.closes(), hours.days(),
                new SwedishHolidays(hours.closedEves()));
        this.defaultTime = time(sla.countedIn());
        this.overrides = List.copyOf(sla.overrides());
        this.resolutionTargets = Map.copyOf(sla.resolutionTargets());
        overrides.forEach(o -> Objects.requireNonNull(o.replyWithin(),
                "civicbot.sla.overrides: every override needs reply-within"));
    }

    /**
     * The deadline of a message received at {@code receivedAt}.
     *
     * @param category null while not classified
     * @param topic    null while not classified
     */
    public Instant deadlineFor(Instant receivedAt, String channel, String category, String topic) {
        return overrides.stream().filter(o -> matches(o, channel, category, topic)).findFirst()
                .map(o -> (o.countedIn() == null ? defaultTime : time(o.countedIn())).plus(receivedAt, o.replyWithin()))
                .orElseGet(() -> defaultTime.plus(receivedAt, replyWithin));
    }

    /** When a case of this topic opened at {@code openedAt} is expected to be fixed; null when the topic has no target. */
    public Instant expectedResolution(Instant openedAt, String topic) {
        Duration target = topic == null ? null : resolutionTargets.get(topic);
        return target == null ? null : openedAt.plus(target);
    }

    /** The time deadlines are counted in by default (office hours or calendar), for pauses and warnings. */
    public WorkingTime workingTime() {
        return defaultTime;
    }

    private WorkingTime time(SlaCounting counting) {
        return counting == SlaCounting.OFFICE_HOURS ? officeHours : calendar;
    }

    private static boolean matches(SlaOverride override, String channel, String category, String topic) {
        return (override.channel() == null || override.channel().equals(channel))
                && (override.category() == null || override.category().equals(category))
                && (override.topic() == null || override.topic().equals(topic));
    }
}

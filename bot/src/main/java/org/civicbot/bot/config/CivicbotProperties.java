package org.civicbot.bot.config;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicbot.bot.sla.SwedishHolidays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything civicbot reads from {@code application.yml}; every key can be overridden from the environment
 * ({@code civicbot.database.url} ← {@code CIVICBOT_DATABASE_URL}). Secrets (passwords) come only from there.
 */
@ConfigurationProperties("civicbot")
public record CivicbotProperties(
        @DefaultValue("Karlstad kommun (demo)") String municipality,
        @DefaultValue("Europe/Stockholm") ZoneId timeZone,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Database database,
        @DefaultValue Redis redis,
        @DefaultValue Embedded embedded,
        @DefaultValue Sla sla,
        @DefaultValue Pipeline pipeline,
        @DefaultValue Queue queue,
        @DefaultValue Outbox outbox,
        @DefaultValue Classifier classifier,
        @DefaultValue Wiki wiki,
        @DefaultValue Gazetteer gazetteer,
        @DefaultValue Geocoding geocoding,
        @DefaultValue Demo demo,
        @DefaultValue Channels channels,
        @DefaultValue Routing routing,
        @DefaultValue Cases cases) {

    /**
     * External PostgreSQL; a blank url starts the embedded one. {@code maxPoolSize} 0: enough connections for the
     * pipeline workers and the web requests.
     */
    public record Database(@DefaultValue("") String url, @DefaultValue("") String username,
                           @DefaultValue("") String password,
                           @DefaultValue("0") int maxPoolSize) {
        public boolean external() {
            return !url.isBlank();
        }
    }

    /** External Redis as {@code redis://host:port}; a blank url starts the embedded one. */
    public record Redis(@DefaultValue("") String url) {
        public boolean external() {
            return !url.isBlank();
        }
    }

    /**
     * Where the embedded servers keep their data and listen. A server left running by a killed instance on
     * these ports is reused on restart, so nothing accepted is lost.
     */
    public record Embedded(@DefaultValue("civicbot-data") Path dataDir,
                           @DefaultValue("54329") int postgresPort,
                           @DefaultValue("63790") int redisPort) {
    }

    /**
     * The reply guarantee: every message is answered by a person or the bot within {@code replyWithin},
     * counted in calendar time or in office hours, unless an override for its category, topic or channel says
     * otherwise.
     *
     * @param countedIn   {@code CALENDAR} (every hour) or {@code OFFICE_HOURS}
     * @param officeHours the hours that count when counting in office hours
     * @param overrides   the first override whose given fields all match a message sets its time; fields left
     *                    out match anything
     * @param resolutionTargets per topic code, how long the unit aims to take to fix a case (calendar time); a
     *                    case's expected date is its opening plus this
     * @param alerts      who is told, and when, that a message is about to miss its deadline
     */
    public record Sla(@DefaultValue("48h") Duration replyWithin,
                      @DefaultValue("CALENDAR") SlaCounting countedIn,
                      @DefaultValue OfficeHours officeHours,
                      @DefaultValue List<SlaOverride> overrides,
                      @DefaultValue Map<String, Duration> resolutionTargets,
                      @DefaultValue SlaAlerts alerts) {
    }

    /**
     * Warnings and escalations before a reply deadline, each sent once per message.
     *
     * @param warnBefore     the assignee (or, with none, the unit lead) is warned this long before the deadline
     * @param escalateBefore the unit lead is told this long before it
     * @param supervisor     the contact-centre supervisor, told when the deadline passes (and for units without a lead)
     * @param checkEvery     how often the monitor looks
     */
    public record SlaAlerts(@DefaultValue("4h") Duration warnBefore,
                            @DefaultValue("1h") Duration escalateBefore,
                            @DefaultValue("kontaktcenter.chef") String supervisor,
                            @DefaultValue("30s") Duration checkEvery) {
    }

    /** What the reply time is counted in. */
    public enum SlaCounting {
        CALENDAR, OFFICE_HOURS
    }

    /**
     * Opening hours on working days; Swedish public holidays are closed, and so are the eves listed in
     * {@code closedEves} (midsummer eve, Christmas eve, New Year's eve: closed unless the municipality says not).
     */
    public record OfficeHours(@DefaultValue("08:00") LocalTime opens,
                              @DefaultValue("17:00") LocalTime closes,
                              @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> days,
                              @DefaultValue({"MIDSUMMER_EVE", "CHRISTMAS_EVE", "NEW_YEARS_EVE"})
                              Set<SwedishHolidays.Eve> closedEves) {
    }

    /**
     * Another reply time for some messages, e.g. water leaks within 4 hours or X within 24.
     *
     * @param category  {@code FAULT}, {@code QUESTION}, {@code OPINION}…; null for any
     * @param topic     a topic code; null for any
     * @param channel   a channel id; null for any
     * @param countedIn null for the policy's own
     */
    public record SlaOverride(String category, String topic, String channel, Duration replyWithin,
                              SlaCounting countedIn) {
    }

    /** How sure the classifier must be before the bot acts alone instead of asking a person. */
    public record Pipeline(@DefaultValue("2") int workers,
                           @DefaultValue("0.6") double minCategoryConfidence,
                           @DefaultValue("0.5") double minTopicConfidence) {
    }

    /**
     * The Redis Stream between ingest and the pipeline workers.
     *
     * @param claimIdle      a delivered entry not acknowledged for this long is taken over (its worker died)
     * @param requeueAfter   a stored message not finished this long after it was queued is queued again
     *                       (Redis lost it)
     * @param sweepInterval  how often the sweeper looks for such messages
     */
    public record Queue(@DefaultValue("civicbot:inbound") String streamKey,
                        @DefaultValue("pipeline") String group,
                        @DefaultValue("30s") Duration claimIdle,
                        @DefaultValue("30s") Duration requeueAfter,
                        @DefaultValue("5s") Duration sweepInterval) {
    }

    /**
     * Reply sending: retried with growing, jittered pauses (never shorter than a platform's Retry-After) until
     * {@code maxAttempts}, then left FAILED for a person.
     *
     * @param longestRetryPause the pauses stop growing here
     */
    public record Outbox(@DefaultValue("8") int maxAttempts,
                         @DefaultValue("5s") Duration firstRetryAfter,
                         @DefaultValue("10m") Duration longestRetryPause) {
    }

    /** When the classifier retrains on staff corrections (Spring cron, in the municipality's time zone). */
    public record Classifier(@DefaultValue("0 30 2 * * *") String retrainCron) {
    }

    /**
     * The municipality's wiki: a folder of Markdown articles (and synonyms.txt) imported into an empty wiki at
     * the first start; blank imports the demo wiki when the demo is on.
     */
    public record Wiki(@DefaultValue("") String directory) {
    }

    /**
     * The municipality's own place data (streets, addresses, places, numbered assets; formats in
     * classifier/gazetteer/README.md); blank uses the demo gazetteer when the demo is on.
     */
    public record Gazetteer(@DefaultValue("") String directory) {
    }

    /** Geocoders asked after the gazetteer and the postcode table. */
    public record Geocoding(@DefaultValue Nominatim nominatim) {
    }

    /**
     * A Nominatim (OpenStreetMap) server, preferably the municipality's own; a blank base URL asks none.
     *
     * @param minInterval at least this long between two requests (the public server's policy is 1 s)
     * @param cacheSize   answers kept, so the same street is asked for once
     * @param userAgent   identifies the installation, as Nominatim's usage policy asks; blank is
     *                    {@code civicbot (+public-base-url)}
     */
    public record Nominatim(@DefaultValue("") String baseUrl,
                            @DefaultValue("1s") Duration minInterval,
                            @DefaultValue("10000") int cacheSize,
                            @DefaultValue("5s") Duration timeout,
                            @DefaultValue("") String userAgent) {
        public boolean configured() {
            return !baseUrl.isBlank();
        }
    }

    /**
     * What every channel shares; each channel's own settings are read by its configuration in
     * {@code bot.channels.<channel>}.
     *
     * @param pseudonymKey secret that turns a platform's sender reference into the stable pseudonymous sender id
     *                     staff see; blank: a random key generated once and kept in the database
     * @param polling      how channels that are polled (X mentions, Facebook comments) share the work
     */
    public record Channels(@DefaultValue("") String pseudonymKey, @DefaultValue Polling polling) {
    }

    /**
     * @param lease        one instance polls an account while it holds this lease in Redis; if it dies, another
     *                     takes over when the lease runs out
     * @param firstRetry   the pause after a failed poll, doubling (with jitter) up to {@code longestRetry}
     */
    public record Polling(@DefaultValue("60s") Duration lease,
                          @DefaultValue("10s") Duration firstRetry,
                          @DefaultValue("15m") Duration longestRetry) {
    }

    /**
     * The municipality's own units, areas and routing rules ({@code bot/src/main/resources/demo/routing.yml} shows
     * the format), loaded into an installation without routing at its first start; blank: the demo's, when the
     * demo is on. Afterwards they are edited through {@code /api/routing}.
     */
    public record Routing(@DefaultValue("") String seedFile) {
    }

    /**
     * How cases are kept together: a new fault of the same topic near an open case from the last {@code window}
     * joins that case as another report.
     *
     * @param duplicateRadius        how near, in metres, unless the topic has its own; 0 switches the check off
     * @param duplicateRadiusByTopic per topic code (street lights stand close together: 50 m)
     */
    public record Cases(@DefaultValue("150") int duplicateRadius,
                        @DefaultValue Map<String, Integer> duplicateRadiusByTopic,
                        @DefaultValue("30d") Duration duplicateWindow) {
        public int radiusFor(String topic) {
            return duplicateRadiusByTopic.getOrDefault(topic, duplicateRadius);
        }
    }

    /** The demo municipality (units, wiki and gazetteer) that a fresh install starts with. */
    public record Demo(@DefaultValue("true") boolean enabled) {
    }
}

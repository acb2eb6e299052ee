package org.civicbot.bot.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.civicbot.classifier.Category;
import org.civicbot.classifier.LabelledMessage;
import org.civicbot.classifier.Topic;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;

/**
 * A month of citizen messages: how many arrive in each hour (quiet nights, morning and evening peaks, quieter
 * weekends, and a storm day with a burst of fault reports in its first hours), on which channel, from whom and
 * with what text. Texts are drawn from the knowledge question set (questions the wiki answers) and the
 * classifier's labelled corpus (faults, questions, opinions, thanks); a storm message is a fault report about
 * snow, fallen trees or lights out. The same seed gives the same month.
 */
final class Traffic {

    /** Relative traffic per local hour: night low, a morning peak as people get up, an evening peak after work. */
    private static final double[] HOUR = {0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.5, 1.1, 1.7, 1.6, 1.3, 1.2, 1.2,
            1.2, 1.2, 1.2, 1.3, 1.5, 1.7, 1.6, 1.3, 0.9, 0.6, 0.3};
    /** Relative traffic per weekday, Monday first: the weekend's faults are reported on Monday. */
    private static final double[] WEEKDAY = {1.25, 1.1, 1.05, 1.0, 0.95, 0.65, 0.7};
    /** The storm's reports come from 04:00 to 13:00, when people find the roads blocked and the lights out. */
    private static final int STORM_FROM_HOUR = 4;
    private static final int STORM_HOURS = 9;
    private static final Set<Topic> STORM_TOPICS = Set.of(Topic.SNOW_ICE, Topic.PARKS_NATURE, Topic.STREET_LIGHTING,
            Topic.ROADS_PATHS);
    /** The channel mix, in {@link Channel} order of {@link #CHANNELS}. */
    private static final Channel[] CHANNELS = {Channel.SMS, Channel.FACEBOOK, Channel.TWITTER, Channel.TELEGRAM,
            Channel.SIMULATOR};
    private static final double[] CHANNEL_SHARE = {0.30, 0.30, 0.15, 0.10, 0.15};
    /** On average a citizen writes this many messages in the month. */
    private static final int MESSAGES_PER_SENDER = 3;

    /** Where a simulated message's text comes from. */
    enum Source {
        /** The knowledge question set: a question the demo wiki has an article for. */
        QUESTION_SET,
        /** The classifier's labelled corpus: any kind of message on any topic. */
        CORPUS,
        /** A storm fault report (snow, fallen trees, lights out) from the corpus. */
        STORM
    }

    /** One message as it reaches civicbot. */
    record Arrival(Instant at, InboundMessage message, Source source) {
    }

    private Traffic() {
    }

    /** The month's messages in the order they arrive, each at a whole minute. */
    static List<Arrival> month(SimulationSettings settings, ZoneId zone, List<LabelledMessage> corpus,
                               List<String> questions) {
        List<LabelledMessage> stormTexts = corpus.stream()
                .filter(m -> m.category() == Category.FAULT && STORM_TOPICS.contains(m.topic())).toList();
        if (corpus.isEmpty() || stormTexts.isEmpty()) {
            throw new IllegalStateException("the corpus has no texts to simulate with");
        }
        int hours = settings.days() * 24;
        double[] ordinary = new double[hours];
        double[] storm = new double[hours];
        for (int h = 0; h < hours; h++) {
            LocalDate day = settings.start().plusDays(h / 24);
            ordinary[h] = WEEKDAY[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()] * HOUR[h % 24];
        }
        int stormDay = settings.stormDay() - 1;
        double stormDayTraffic = Arrays.stream(ordinary, stormDay * 24, stormDay * 24 + 24).sum();
        for (int h = 0; h < STORM_HOURS; h++) {
            storm[stormDay * 24 + STORM_FROM_HOUR + h] = stormDayTraffic * (settings.stormFactor() - 1) / STORM_HOURS;
        }
        double[] cumulative = new double[hours];
        double total = 0;
        for (int h = 0; h < hours; h++) {
            total += ordinary[h] + storm[h];
            cumulative[h] = total;
        }
        Random random = new Random(settings.seed());
        int senders = Math.max(1, settings.messages() / MESSAGES_PER_SENDER);
        List<Arrival> arrivals = new ArrayList<>(settings.messages());
        for (int n = 0; n < settings.messages(); n++) {
            int hour = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            hour = hour < 0 ? -hour - 1 : hour;
            Instant at = settings.start().atStartOfDay(zone).toInstant()
                    .plus(Duration.ofHours(hour).plusMinutes(random.nextInt(60)));
            boolean isStorm = random.nextDouble() * (ordinary[hour] + storm[hour]) >= ordinary[hour];
            Source source = isStorm ? Source.STORM
                    : !questions.isEmpty() && random.nextDouble() < settings.questionShare() ? Source.QUESTION_SET
                    : Source.CORPUS;
            String text = switch (source) {
                case STORM -> stormTexts.get(random.nextInt(stormTexts.size())).text();
                case QUESTION_SET -> questions.get(random.nextInt(questions.size()));
                case CORPUS -> corpus.get(random.nextInt(corpus.size())).text();
            };
            Channel channel = channel(random.nextDouble());
            String sender = senderRef(channel, random.nextInt(senders));
            arrivals.add(new Arrival(at, new InboundMessage(channel, "month-" + settings.seed() + "-" + n, sender,
                    sender, text, at, List.of(), null), source));
        }
        arrivals.sort(Comparator.comparing(Arrival::at).thenComparing(a -> a.message().externalId()));
        return arrivals;
    }

    private static Channel channel(double draw) {
        double sum = 0;
        for (int i = 0; i < CHANNELS.length; i++) {
            sum += CHANNEL_SHARE[i];
            if (draw < sum) {
                return CHANNELS[i];
            }
        }
        return CHANNELS[CHANNELS.length - 1];
    }

    /** The platform's reference to a sender, shaped as the platform shapes it (a phone number for SMS). */
    private static String senderRef(Channel channel, int sender) {
        return channel == Channel.SMS ? String.format(Locale.ROOT, "+4670%07d", sender)
                : channel.id() + "-user-" + sender;
    }
}

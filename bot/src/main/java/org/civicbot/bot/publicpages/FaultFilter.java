package org.civicbot.bot.publicpages;

import java.util.Arrays;
import java.util.Locale;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.classifier.Topic;

/**
 * Which open faults to show: within a box, of one topic, at most so many (newest first).
 *
 * @param bbox  null for anywhere
 * @param topic null for every topic
 */
record FaultFilter(BoundingBox bbox, Topic topic, int limit) {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5_000;

    static final FaultFilter ALL = new FaultFilter(null, null, DEFAULT_LIMIT);

    /** Reads the query parameters; each one wrong is a 400 saying what is wrong. Blank or missing: no filter. */
    static FaultFilter parse(String bbox, String topic, String limit) {
        return new FaultFilter(
                blank(bbox) ? null : BoundingBox.parse(bbox),
                blank(topic) ? null : topic(topic.strip()),
                blank(limit) ? DEFAULT_LIMIT : limit(limit.strip()));
    }

    private static Topic topic(String code) {
        try {
            return Topic.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("topic \"" + code + "\" is unknown; use one of "
                    + Arrays.toString(Topic.values()));
        }
    }

    private static int limit(String value) {
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("limit must be a whole number from 1 to " + MAX_LIMIT + ", not \""
                    + value + "\"");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package org.civicbot.connectors;

/**
 * A position the platform sent with a message: a Telegram location, a tweet's geo point, a Facebook location
 * attachment. WGS84 decimal degrees.
 *
 * @param accuracyMeters the radius the platform says the position is good to, or null when it does not say
 */
public record SentPosition(double latitude, double longitude, Integer accuracyMeters) {

    public SentPosition {
        // Written as "not inside" so NaN is refused too.
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
        if (accuracyMeters != null && accuracyMeters <= 0) {
            throw new IllegalArgumentException("accuracyMeters must be positive, was " + accuracyMeters);
        }
    }
}

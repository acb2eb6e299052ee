package org.civicbot.bot.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;

/**
 * A location as civicbot keeps it with a message or a case and shows it to staff: what the citizen wrote
 * (null for a position sent with the message), its canonical form, and the point with how far off it may be
 * and where it came from. lat/lon/precisionMeters/source are null when it could not be placed.
 *
 * @param start   UTF-16 offset of the mention in the message text (end exclusive); only in a message's list of
 *                locations, where it lets staff highlight what the citizen wrote
 * @param problem why it has no point, when that is known ("outside Sweden"); only in a message's list of
 *                locations, never on the best one
 */
public record StoredLocation(LocationKind kind, String text,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer start,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer end,
                             String normalized, Double lat, Double lon,
                             Integer precisionMeters, PointSource source,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String problem) {

    public static StoredLocation of(Location location) {
        return new StoredLocation(location.kind(), location.text(),
                location.inText() ? location.start() : null, location.inText() ? location.end() : null,
                location.normalized(), location.lat(), location.lon(), location.precisionMeters(), location.source(),
                location.problem());
    }
}

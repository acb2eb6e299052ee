package org.civicbot.classifier.location;

import java.util.Objects;
import java.util.Optional;

/**
 * A place a message gives: a mention in its text (start/end are UTF-16 offsets into the text, end exclusive)
 * or a position that came with the message (start = end = -1, text null). {@code normalized} is the canonical
 * form ("Storgatan 12B", "Storgatan / Kungsgatan", "Våxnäs", "652 24", "12-345", "59.37930,13.50360").
 * lat/lon/precisionMeters/source are null until the location is geocoded; {@code problem} says why a
 * location has no point when that is known ("outside Sweden", "not valid coordinates").
 */
public record Location(String text, int start, int end, LocationKind kind, String normalized,
                       Double lat, Double lon, Integer precisionMeters, PointSource source, String problem) {

    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(normalized, "normalized");
        if (start < -1 || end < start || (start == -1) != (text == null)) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + text);
        }
        if ((lat == null) != (lon == null) || (lat == null) != (source == null)) {
            throw new IllegalArgumentException("a point needs lat, lon and source together");
        }
        if (lat != null) {
            new GeoPoint(lat, lon);
        }
    }

    /** A mention found in the text, not geocoded yet. */
    public static Location mention(LocationKind kind, String text, int start, int end, String normalized) {
        return new Location(text, start, end, kind, normalized, null, null, null, null, null);
    }

    /** A position that came with the message rather than its text (device GPS, photo EXIF). */
    public static Location position(GeoPoint point, int precisionMeters, PointSource source) {
        return new Location(null, -1, -1, LocationKind.COORDINATES, point.toString(), point.lat(), point.lon(),
                precisionMeters, source, null);
    }

    public Location at(GeoPoint point, int precisionMeters, PointSource source) {
        return new Location(text, start, end, kind, normalized, point.lat(), point.lon(), precisionMeters, source,
                null);
    }

    public Location withProblem(String why) {
        return new Location(text, start, end, kind, normalized, null, null, null, null, why);
    }

    /** The same location described by a place name, e.g. a GPS position reverse-geocoded to "Storgatan 12". */
    public Location describedAs(String name) {
        return new Location(text, start, end, kind, name, lat, lon, precisionMeters, source, problem);
    }

    public Optional<GeoPoint> point() {
        return lat == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon));
    }

    public boolean inText() {
        return start >= 0;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return inText() && start < otherEnd && otherStart < end;
    }
}

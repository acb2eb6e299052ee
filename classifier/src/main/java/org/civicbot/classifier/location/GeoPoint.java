package org.civicbot.classifier.location;

import java.util.Optional;

/** A WGS84 point in decimal degrees. Only valid coordinates can be made: see {@link #of}. */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public GeoPoint {
        if (!valid(lat, lon)) {
            throw new IllegalArgumentException("not a WGS84 point: " + lat + ", " + lon);
        }
    }

    /** The point, or empty when the numbers are not latitude/longitude (NaN, |lat| > 90, |lon| > 180). */
    public static Optional<GeoPoint> of(double lat, double lon) {
        return valid(lat, lon) ? Optional.of(new GeoPoint(lat, lon)) : Optional.empty();
    }

    private static boolean valid(double lat, double lon) {
        return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }

    /**
     * Whether the point lies in Sweden's bounding box (55.0–69.1 N, 10.9–24.2 E); a report from anywhere
     * else is not something a Swedish municipality can act on. A box, so border towns in Norway and Finland
     * pass: the municipality's own box decides what is local.
     */
    public boolean inSweden() {
        return lat >= 55.0 && lat <= 69.1 && lon >= 10.9 && lon <= 24.2;
    }

    /** Great-circle distance (haversine), good to well under a metre at municipal scale. */
    public double distanceMeters(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** "59.37930,13.50360": the form the corpus and the API use. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f", lat, lon);
    }
}

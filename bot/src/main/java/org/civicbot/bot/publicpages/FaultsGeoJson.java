package org.civicbot.bot.publicpages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The open faults as a GeoJSON (RFC 7946) FeatureCollection; {@code truncated} is a foreign member. */
record FaultsGeoJson(String type, List<Feature> features, boolean truncated) {

    record Feature(String type, Point geometry, Properties properties) {
    }

    /** {@code coordinates} are longitude, latitude: GeoJSON's order. */
    record Point(String type, double[] coordinates) {
    }

    /** What the public may know of a fault: no names, contact details, message text or tracking token. */
    record Properties(String title, String topic, String status, String statusText, String place, Instant reported,
                      Instant updated, LocalDate expected) {
    }

    static FaultsGeoJson of(List<Feature> features, boolean truncated) {
        return new FaultsGeoJson("FeatureCollection", features, truncated);
    }

    static Feature feature(double lon, double lat, Properties properties) {
        return new Feature("Feature", new Point("Point", new double[] {lon, lat}), properties);
    }
}

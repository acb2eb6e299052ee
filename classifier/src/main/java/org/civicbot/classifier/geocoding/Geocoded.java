package org.civicbot.classifier.geocoding;

import java.util.Objects;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.PointSource;

/**
 * A geocoder's answer: the point, how far off it may be (an address point ≈ 10 m, a street ≈ half its length,
 * a district ≈ its size, a postcode ≈ a few km), where it came from, and the name of what was found.
 */
public record Geocoded(GeoPoint point, int precisionMeters, PointSource source, String name) {

    public Geocoded {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        if (precisionMeters <= 0) {
            throw new IllegalArgumentException("precision must be positive: " + precisionMeters);
        }
    }
}

package org.civicbot.classifier.geocoding;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;

/**
 * Turns a location mention into a point on the map, and a point back into a place staff can read.
 * Implementations never throw for input they cannot place: they answer empty.
 */
public interface Geocoder {

    /** The point for a mention (by its kind and normalised form), or empty when this geocoder cannot place it. */
    Optional<Geocoded> geocode(Location mention);

    /** The nearest address or street to a point, e.g. for a message that came with GPS only. */
    Optional<Geocoded> reverse(GeoPoint point);

    /** Tries each geocoder in turn; the first answer wins. */
    static Geocoder firstOf(Geocoder... geocoders) {
        List<Geocoder> chain = List.of(geocoders);
        Function<Function<Geocoder, Optional<Geocoded>>, Optional<Geocoded>> first = ask -> chain.stream()
                .map(ask).flatMap(Optional::stream).findFirst();
        return new Geocoder() {
            @Override
            public Optional<Geocoded> geocode(Location mention) {
                return first.apply(g -> g.geocode(mention));
            }

            @Override
            public Optional<Geocoded> reverse(GeoPoint point) {
                return first.apply(g -> g.reverse(point));
            }
        };
    }
}

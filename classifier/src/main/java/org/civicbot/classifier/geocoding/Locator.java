package org.civicbot.classifier.geocoding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.civicbot.classifier.location.Location;

/**
 * Puts a message's locations on the map and orders them best first: every mention from the text is geocoded,
 * every position that came with the message (device GPS, photo EXIF) is reverse-geocoded so staff read a
 * place; then the most precise point leads, and mentions that could not be placed follow in text order.
 */
public final class Locator {

    private static final Comparator<Location> BEST_FIRST = Comparator
            .comparing((Location l) -> l.precisionMeters() == null)
            .thenComparing(l -> l.precisionMeters() == null ? 0 : l.precisionMeters())
            // A place the citizen wrote beats an equally precise device position: it is what they meant.
            .thenComparing(l -> !l.inText())
            .thenComparingInt(Location::start);

    private final Geocoder geocoder;

    public Locator(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /**
     * @param mentions  locations found in the text (from the classifier)
     * @param positions positions that came with the message ({@link Location#position}); may be empty
     */
    public List<Location> locate(List<Location> mentions, List<Location> positions) {
        List<Location> located = new ArrayList<>(mentions.size() + positions.size());
        for (Location mention : mentions) {
            located.add(mention.point().isPresent() || mention.problem() != null ? mention : geocode(mention));
        }
        for (Location position : positions) {
            Optional<Geocoded> place = position.point().flatMap(geocoder::reverse);
            located.add(place.map(p -> position.describedAs(p.name())).orElse(position));
        }
        located.sort(BEST_FIRST);
        return List.copyOf(located);
    }

    public Optional<Location> best(List<Location> mentions, List<Location> positions) {
        return locate(mentions, positions).stream().findFirst();
    }

    private Location geocode(Location mention) {
        try {
            return geocoder.geocode(mention).map(g -> mention.at(g.point(), g.precisionMeters(), g.source()))
                    .orElse(mention);
        } catch (RuntimeException e) {
            // A broken geocoder must not lose the message: the mention stays, without a point.
            return mention.withProblem("geocoding failed: " + e.getMessage());
        }
    }
}

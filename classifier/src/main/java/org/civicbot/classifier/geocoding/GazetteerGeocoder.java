package org.civicbot.classifier.geocoding;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicbot.classifier.Text;
import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.PointSource;

/**
 * Geocodes against the municipality's own {@link Gazetteer}: address points, street lines, named places and
 * numbered assets. Names are matched as the extractor normalised them, with the gazetteer's fuzzy lookup
 * for spellings it has not seen.
 */
public final class GazetteerGeocoder implements Geocoder {

    private static final Pattern ADDRESS = Pattern.compile("(?<street>.+?)\\s+(?<number>\\d{1,4})(?<letter>[A-Za-z]?)");
    /** An address point is surveyed; one placed between two neighbours is good to a plot or two. */
    private static final int ADDRESS_POINT_METERS = 10;
    private static final int INTERPOLATED_METERS = 30;
    private static final int ASSET_METERS = 5;
    private static final int INTERSECTION_METERS = 25;
    private static final double REVERSE_ADDRESS_WITHIN = 60;
    private static final double REVERSE_STREET_WITHIN = 200;

    private final Gazetteer gazetteer;

    public GazetteerGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<Geocoded> geocode(Location mention) {
        String name = mention.normalized();
        return switch (mention.kind()) {
            case ADDRESS -> address(name);
            case STREET -> street(name);
            case INTERSECTION -> intersection(name);
            case PLACE -> place(name).or(() -> street(name));
            case ASSET -> asset(mention);
            default -> Optional.empty();
        };
    }

    private Optional<Geocoded> address(String normalized) {
        Matcher m = ADDRESS.matcher(normalized.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Gazetteer.Street> street = gazetteer.street(m.group("street"));
        if (street.isEmpty()) {
            return Optional.empty();
        }
        String streetName = street.get().name();
        int number = Integer.parseInt(m.group("number"));
        String wanted = number + m.group("letter").toUpperCase(java.util.Locale.ROOT);
        String label = streetName + " " + wanted;
        List<Gazetteer.Address> points = gazetteer.addresses(streetName);
        Optional<Gazetteer.Address> exact = points.stream().filter(a -> a.number().equals(wanted)).findFirst()
                .or(() -> points.stream().filter(a -> a.number().equals(String.valueOf(number))).findFirst());
        if (exact.isPresent()) {
            return Optional.of(new Geocoded(exact.get().point(), ADDRESS_POINT_METERS, PointSource.GAZETTEER, label));
        }
        // Between the nearest numbers on the same side of the street (odd/even).
        List<Gazetteer.Address> sameSide = points.stream().filter(a -> a.houseNumber() % 2 == number % 2).toList();
        Optional<Gazetteer.Address> below = sameSide.stream().filter(a -> a.houseNumber() < number)
                .max(Comparator.comparingInt(Gazetteer.Address::houseNumber));
        Optional<Gazetteer.Address> above = sameSide.stream().filter(a -> a.houseNumber() > number)
                .min(Comparator.comparingInt(Gazetteer.Address::houseNumber));
        if (below.isPresent() && above.isPresent()) {
            double t = (double) (number - below.get().houseNumber())
                    / (above.get().houseNumber() - below.get().houseNumber());
            GeoPoint a = below.get().point();
            GeoPoint b = above.get().point();
            GeoPoint p = new GeoPoint(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
            return Optional.of(new Geocoded(p, INTERPOLATED_METERS, PointSource.GAZETTEER, label));
        }
        return street(streetName);
    }

    private Optional<Geocoded> street(String name) {
        return gazetteer.street(name).map(s -> new Geocoded(s.middle(),
                (int) Math.max(50, Math.round(s.lengthMeters() / 2)), PointSource.GAZETTEER, s.name()));
    }

    private Optional<Geocoded> intersection(String normalized) {
        String[] parts = normalized.split("\\s*/\\s*", 2);
        if (parts.length < 2) {
            return street(normalized);
        }
        Optional<Gazetteer.Street> a = gazetteer.street(parts[0]);
        Optional<Gazetteer.Street> b = gazetteer.street(parts[1]);
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b).flatMap(s -> street(s.name()));
        }
        GeoPoint best = null;
        double bestGap = Double.MAX_VALUE;
        for (Polyline la : a.get().lines()) {
            for (Polyline lb : b.get().lines()) {
                GeoPoint p = la.closestApproach(lb);
                double gap = la.distanceMeters(p) + lb.distanceMeters(p);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = p;
                }
            }
        }
        return Optional.of(new Geocoded(best, (int) Math.max(INTERSECTION_METERS, Math.round(bestGap)),
                PointSource.GAZETTEER, a.get().name() + " / " + b.get().name()));
    }

    /** Words for each kind of street furniture, folded, as citizens name it before the number. */
    private static final List<Map.Entry<String, List<String>>> ASSET_WORDS = List.of(
            Map.entry("hydrant", List.of("brandpost", "hydrant")),
            Map.entry("manhole", List.of("brunnslock", "manhole")),
            Map.entry("drain", List.of("brunn", "drain")),
            Map.entry("underground_container", List.of("underjord", "behallare", "container")),
            Map.entry("water_meter", List.of("vattenmatare", "matare", "water meter")),
            Map.entry("parking_meter", List.of("automat", "parking meter", "p-automat")),
            Map.entry("litter_bin", List.of("papperskorg", "litter")),
            Map.entry("waste_bin", List.of("karl", "sopkarl", "bin")),
            Map.entry("bench", List.of("bank", "bench")),
            Map.entry("sign", List.of("skylt", "sign")),
            Map.entry("lamp_post", List.of("stolp", "lamp", "lykt", "belysn", "pole", "light")));

    /** An asset by its id; when several share the id, the one whose kind the citizen named. */
    private Optional<Geocoded> asset(Location mention) {
        List<Gazetteer.Asset> candidates = gazetteer.assets(mention.normalized());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String written = Text.fold(mention.text() == null ? "" : mention.text());
        Gazetteer.Asset chosen = ASSET_WORDS.stream()
                .filter(e -> e.getValue().stream().anyMatch(written::contains))
                .flatMap(e -> candidates.stream().filter(a -> a.type().equals(e.getKey())))
                .findFirst().orElse(candidates.get(0));
        return Optional.of(new Geocoded(chosen.point(), ASSET_METERS, PointSource.GAZETTEER,
                chosen.type() + " " + chosen.id()));
    }

    private Optional<Geocoded> place(String name) {
        return gazetteer.place(name)
                .map(p -> new Geocoded(p.point(), Math.max(10, p.sizeMeters()), PointSource.GAZETTEER, p.name()));
    }

    @Override
    public Optional<Geocoded> reverse(GeoPoint point) {
        Optional<Geocoded> address = gazetteer.nearestAddress(point, REVERSE_ADDRESS_WITHIN)
                .map(a -> new Geocoded(a.point(), (int) Math.ceil(a.point().distanceMeters(point)) + ADDRESS_POINT_METERS,
                        PointSource.GAZETTEER, a.street() + " " + a.number()));
        return address.or(() -> gazetteer.nearestStreet(point, REVERSE_STREET_WITHIN).map(s -> {
            GeoPoint onStreet = s.lines().stream().map(l -> l.nearestTo(point))
                    .min(Comparator.comparingDouble(p -> p.distanceMeters(point))).orElseThrow();
            return new Geocoded(onStreet, (int) Math.ceil(onStreet.distanceMeters(point)) + 1, PointSource.GAZETTEER,
                    s.name());
        }));
    }
}

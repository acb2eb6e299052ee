package org.civicbot.classifier.geocoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.civicbot.classifier.Text;
import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PlaceNames;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A municipality's own place data, read from the files it publishes (formats in classifier/gazetteer/README.md):
 * {@code municipality.json}, {@code streets.geojson} (centre lines), {@code addresses.csv} (address points),
 * {@code places.geojson} (named places) and {@code assets.csv} (numbered street furniture; id and type together
 * are unique). Immutable.
 */
public final class Gazetteer {

    /** The demo municipality's gazetteer, bundled in the jar. */
    public static final String DEMO = "org/civicbot/classifier/gazetteer";

    public record Municipality(String name, String code, double minLon, double minLat, double maxLon, double maxLat) {

        public boolean contains(GeoPoint p) {
            return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
        }

        /**
         * The town as OpenStreetMap names it, for searches: the name without "kommun"/"stad" and what follows
         * ("Karlstad kommun (demo)" → "Karlstad").
         */
        public String town() {
            return name.replaceAll("(?i)\\s*\\b(kommun|stad)\\b.*$", "").strip();
        }
    }

    public record Street(String name, List<String> aliases, List<Polyline> lines, String district) {

        double lengthMeters() {
            return lines.stream().mapToDouble(Polyline::lengthMeters).sum();
        }

        /** Halfway along the longest part of the street. */
        GeoPoint middle() {
            Polyline longest = lines.stream().max(Comparator.comparingDouble(Polyline::lengthMeters)).orElseThrow();
            return longest.along(longest.lengthMeters() / 2);
        }

        double distanceMeters(GeoPoint p) {
            return lines.stream().mapToDouble(l -> l.distanceMeters(p)).min().orElse(Double.MAX_VALUE);
        }
    }

    /** An address point; {@code number} includes the letter ("12B"). */
    public record Address(String street, String number, GeoPoint point, String postcode) {

        int houseNumber() {
            return Integer.parseInt(number.replaceAll("\\D+$", ""));
        }
    }

    public record Place(String name, List<String> aliases, String type, GeoPoint point, int sizeMeters) {
    }

    public record Asset(String id, String type, GeoPoint point, String street) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final Municipality municipality;
    private final Map<String, Street> streets = new HashMap<>();
    private final Map<String, List<Address>> addressesByStreet = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, List<Asset>> assets = new HashMap<>();
    private final PlaceNames names = PlaceNames.empty();

    private Gazetteer(Municipality municipality, List<Street> streets, List<Address> addresses, List<Place> places,
                      List<Asset> assets) {
        this.municipality = municipality;
        for (Street s : streets) {
            this.streets.put(key(s.name()), s);
            names.add(LocationKind.STREET, s.name(), s.aliases());
        }
        for (Address a : addresses) {
            addressesByStreet.computeIfAbsent(key(a.street()), k -> new ArrayList<>()).add(a);
        }
        for (Place p : places) {
            this.places.put(key(p.name()), p);
            names.add(LocationKind.PLACE, p.name(), p.aliases());
        }
        for (Asset a : assets) {
            this.assets.computeIfAbsent(a.id().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
        }
    }

    /** Reads the five files from a folder on disk. */
    public static Gazetteer load(Path folder) {
        return read(name -> Files.newInputStream(folder.resolve(name)), folder.toString());
    }

    /** Reads the five files from a classpath folder, e.g. {@link #DEMO}. */
    public static Gazetteer loadClasspath(String folder, ClassLoader loader) {
        return read(name -> {
            InputStream in = loader.getResourceAsStream(folder + "/" + name);
            if (in == null) {
                throw new IOException("missing on the classpath: " + folder + "/" + name);
            }
            return in;
        }, "classpath:" + folder);
    }

    public static Gazetteer demo() {
        return loadClasspath(DEMO, Gazetteer.class.getClassLoader());
    }

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static Gazetteer read(Opener files, String where) {
        try {
            Municipality municipality;
            try (InputStream in = files.open("municipality.json")) {
                JsonNode m = JSON.readTree(in);
                JsonNode bbox = m.required("bbox");
                municipality = new Municipality(m.required("name").asString(), m.path("code").asString(""),
                        bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(), bbox.get(3).asDouble());
            }
            List<Street> streets = new ArrayList<>();
            for (JsonNode f : features(files, "streets.geojson")) {
                streets.add(new Street(f.at("/properties/name").asString(), strings(f.at("/properties/aliases")),
                        lines(f.required("geometry")), f.at("/properties/district").asString("")));
            }
            List<Place> places = new ArrayList<>();
            for (JsonNode f : features(files, "places.geojson")) {
                JsonNode p = f.required("properties");
                places.add(new Place(p.required("name").asString(), strings(p.path("aliases")), p.path("type").asString(""),
                        point(f.at("/geometry/coordinates")), p.path("size_m").asInt(200)));
            }
            List<Address> addresses = new ArrayList<>();
            for (Map<String, String> row : csv(files, "addresses.csv")) {
                addresses.add(new Address(row.get("street"),
                        row.get("number") + row.getOrDefault("letter", "").toUpperCase(Locale.ROOT),
                        latLon(row), row.getOrDefault("postcode", "")));
            }
            List<Asset> assets = new ArrayList<>();
            for (Map<String, String> row : csv(files, "assets.csv")) {
                assets.add(new Asset(row.get("id"), row.getOrDefault("type", ""), latLon(row), row.getOrDefault("street", "")));
            }
            return new Gazetteer(municipality, streets, addresses, places, assets);
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer " + where + " cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("gazetteer " + where + " is not in the documented format: "
                    + e.getMessage(), e);
        }
    }

    private static List<JsonNode> features(Opener files, String name) throws IOException {
        try (InputStream in = files.open(name)) {
            List<JsonNode> features = new ArrayList<>();
            JSON.readTree(in).required("features").forEach(features::add);
            return features;
        }
    }

    private static List<Map<String, String>> csv(Opener files, String name) throws IOException {
        try (Reader in = new InputStreamReader(files.open(name), StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<Polyline> lines(JsonNode geometry) {
        JsonNode coordinates = geometry.required("coordinates");
        List<Polyline> lines = new ArrayList<>();
        switch (geometry.required("type").asString()) {
            case "LineString" -> lines.add(line(coordinates));
            case "MultiLineString" -> coordinates.forEach(c -> lines.add(line(c)));
            default -> throw new IllegalArgumentException("a street is a LineString or MultiLineString");
        }
        return lines;
    }

    private static Polyline line(JsonNode coordinates) {
        List<GeoPoint> points = new ArrayList<>();
        coordinates.forEach(c -> points.add(point(c)));
        return new Polyline(points);
    }

    /** GeoJSON order: [lon, lat]. */
    private static GeoPoint point(JsonNode lonLat) {
        return new GeoPoint(lonLat.get(1).asDouble(), lonLat.get(0).asDouble());
    }

    private static GeoPoint latLon(Map<String, String> row) {
        return new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
    }

    static String key(String name) {
        return Text.fold(name.strip()).replaceAll("\\s+", " ");
    }

    public Municipality municipality() {
        return municipality;
    }

    /** Every street and place name, for the location extractor. */
    public PlaceNames names() {
        return names;
    }

    public Optional<Street> street(String name) {
        return Optional.ofNullable(streets.get(key(name)))
                .or(() -> names.lookup(name).filter(n -> n.kind() == LocationKind.STREET)
                        .map(n -> streets.get(key(n.canonical()))));
    }

    public Optional<Place> place(String name) {
        return Optional.ofNullable(places.get(key(name)))
                .or(() -> names.lookup(name).filter(n -> n.kind() == LocationKind.PLACE)
                        .map(n -> places.get(key(n.canonical()))));
    }

    /** The assets with this id: usually one, but a sign and a hydrant may share a number. */
    public List<Asset> assets(String id) {
        return assets.getOrDefault(id.toUpperCase(Locale.ROOT).strip(), List.of());
    }

    public List<Address> addresses(String street) {
        return addressesByStreet.getOrDefault(key(street), List.of());
    }

    public int streetCount() {
        return streets.size();
    }

    public int placeCount() {
        return places.size();
    }

    public int assetCount() {
        return assets.values().stream().mapToInt(List::size).sum();
    }

    public int addressCount() {
        return addressesByStreet.values().stream().mapToInt(List::size).sum();
    }

    /** The address point nearest to p, if any lies within maxMeters. */
    public Optional<Address> nearestAddress(GeoPoint p, double maxMeters) {
        return addressesByStreet.values().stream().flatMap(List::stream)
                .min(Comparator.comparingDouble(a -> a.point().distanceMeters(p)))
                .filter(a -> a.point().distanceMeters(p) <= maxMeters);
    }

    /** The street nearest to p, if any lies within maxMeters. */
    public Optional<Street> nearestStreet(GeoPoint p, double maxMeters) {
        return streets.values().stream().min(Comparator.comparingDouble(s -> s.distanceMeters(p)))
                .filter(s -> s.distanceMeters(p) <= maxMeters);
    }
}

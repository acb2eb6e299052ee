package org.civicbot.classifier.geocoding;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.PointSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client for Nominatim, the OpenStreetMap geocoder a municipality can host itself
 * (API: https://nominatim.org/release-docs/latest/api/Search/ and /Reverse/). Searches Sweden only
 * ({@code countrycodes=se}), prefers the municipality's viewbox, keeps to a polite request rate, and caches
 * answers (also "not found") so the same street is asked for once. A server that is down, slow or answers
 * nonsense gives an empty result, never an exception.
 */
public final class NominatimGeocoder implements Geocoder {

    private static final System.Logger LOG = System.getLogger(NominatimGeocoder.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param baseUrl     e.g. https://nominatim.example.se (no trailing slash needed)
     * @param city        added to every search ("Storgatan 12, Karlstad") so same-named streets elsewhere lose
     * @param viewbox     the municipality's box; results inside it are preferred
     * @param minInterval at least this long between two requests (Nominatim's public policy is 1 s)
     * @param cacheSize   answers kept, least recently used dropped first
     * @param userAgent   identifies the installation, as the usage policy asks
     */
    public record Settings(URI baseUrl, String city, Gazetteer.Municipality viewbox, Duration minInterval,
                           int cacheSize, Duration timeout, String userAgent) {
    }

    /** Waits the given nanoseconds; a test passes one that records instead of sleeping. */
    @FunctionalInterface
    interface Pause {
        void nanos(long nanos) throws InterruptedException;
    }

    private final Settings settings;
    private final LongSupplier clock;
    private final Pause pause;
    private final HttpClient http;
    private final Map<String, Optional<Geocoded>> cache;
    private long nextRequestNanos;

    public NominatimGeocoder(Settings settings) {
        this(settings, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    NominatimGeocoder(Settings settings, LongSupplier nanoClock, Pause pause) {
        this.settings = settings;
        this.clock = nanoClock;
        this.pause = pause;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<Geocoded>> eldest) {
                return size() > settings.cacheSize();
            }
        };
    }

    @Override
    public Optional<Geocoded> geocode(Location mention) {
        String query = switch (mention.kind()) {
            case ADDRESS, STREET, PLACE -> "q=" + encode(mention.normalized() + ", " + settings.city());
            // Nominatim has no intersection search: the first street is the best it can do.
            case INTERSECTION -> "q=" + encode(mention.normalized().split("\\s*/\\s*")[0] + ", " + settings.city());
            case POSTCODE -> "postalcode=" + encode(mention.normalized().replace(" ", ""));
            default -> null;
        };
        if (query == null) {
            return Optional.empty();
        }
        Gazetteer.Municipality box = settings.viewbox();
        String path = "/search?format=jsonv2&limit=5&countrycodes=se&" + query
                + (box == null ? "" : String.format(Locale.ROOT, "&viewbox=%.5f,%.5f,%.5f,%.5f",
                box.minLon(), box.maxLat(), box.maxLon(), box.minLat()));
        return cached(path, json -> best(json, box));
    }

    @Override
    public Optional<Geocoded> reverse(GeoPoint point) {
        String path = String.format(Locale.ROOT, "/reverse?format=jsonv2&zoom=18&lat=%.6f&lon=%.6f",
                point.lat(), point.lon());
        return cached(path, json -> json.has("error") ? Optional.empty() : located(json, readableName(json)));
    }

    private synchronized Optional<Geocoded> cached(String path, java.util.function.Function<JsonNode, Optional<Geocoded>> read) {
        Optional<Geocoded> known = cache.get(path);
        if (known != null) {
            return known;
        }
        Optional<JsonNode> answer = fetch(path);
        if (answer.isEmpty()) {
            return Optional.empty(); // not cached: the server may be back next time
        }
        Optional<Geocoded> result;
        try {
            result = read.apply(answer.get());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Nominatim answer not understood for {0}: {1}", path, e.getMessage());
            result = Optional.empty();
        }
        cache.put(path, result);
        return result;
    }

    private Optional<JsonNode> fetch(String path) {
        pace();
        URI uri = URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept", "application/json")
                .header("Accept-Language", "sv,en").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.log(System.Logger.Level.WARNING, "Nominatim answered {0} for {1}", response.statusCode(), path);
                return Optional.empty();
            }
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException | JacksonException e) {
            LOG.log(System.Logger.Level.WARNING, "Nominatim not reachable or not JSON for {0}: {1}", path, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Waits until the minimum interval since the previous request has passed (callers hold the lock). */
    private void pace() {
        long now = clock.getAsLong();
        long wait = nextRequestNanos - now;
        if (wait > 0) {
            try {
                pause.nanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        nextRequestNanos = Math.max(now, nextRequestNanos) + settings.minInterval().toNanos();
    }

    /** The first result inside the municipality's box, else the first result. */
    private static Optional<Geocoded> best(JsonNode results, Gazetteer.Municipality box) {
        JsonNode chosen = null;
        for (JsonNode r : results) {
            Optional<GeoPoint> p = GeoPoint.of(r.path("lat").asDouble(Double.NaN), r.path("lon").asDouble(Double.NaN));
            if (p.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = r;
            }
            if (box != null && box.contains(p.get())) {
                chosen = r;
                break;
            }
        }
        return chosen == null ? Optional.empty() : located(chosen, chosen.path("display_name").asString(""));
    }

    private static Optional<Geocoded> located(JsonNode r, String name) {
        return GeoPoint.of(r.path("lat").asDouble(Double.NaN), r.path("lon").asDouble(Double.NaN))
                .map(p -> new Geocoded(p, precision(r, p), PointSource.NOMINATIM, name.isBlank() ? p.toString() : name));
    }

    /** Half the diagonal of the result's bounding box [minLat, maxLat, minLon, maxLon], at least 10 m. */
    private static int precision(JsonNode r, GeoPoint p) {
        JsonNode b = r.path("boundingbox");
        if (b.size() != 4) {
            return 50;
        }
        Optional<GeoPoint> low = GeoPoint.of(b.get(0).asDouble(Double.NaN), b.get(2).asDouble(Double.NaN));
        Optional<GeoPoint> high = GeoPoint.of(b.get(1).asDouble(Double.NaN), b.get(3).asDouble(Double.NaN));
        if (low.isEmpty() || high.isEmpty()) {
            return 50;
        }
        return (int) Math.max(10, Math.round(low.get().distanceMeters(high.get()) / 2));
    }

    /** "Storgatan 12" from a reverse answer's address parts; the display name when those are missing. */
    private static String readableName(JsonNode r) {
        JsonNode a = r.path("address");
        String road = a.path("road").asString("");
        if (road.isEmpty()) {
            return r.path("display_name").asString("");
        }
        String number = a.path("house_number").asString("");
        return number.isEmpty() ? road : road + " " + number;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

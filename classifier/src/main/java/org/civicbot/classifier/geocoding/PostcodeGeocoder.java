package org.civicbot.classifier.geocoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;

/**
 * Places a Swedish postcode at its locality's centroid (GeoNames, bundled: see se-postcodes.NOTICE.md).
 * A centroid is a few kilometres from most addresses in the code, and the precision says so.
 */
public final class PostcodeGeocoder implements Geocoder {

    private static final int CENTROID_METERS = 3_000;
    /** GeoNames accuracy 1 means "estimated": trust it less. */
    private static final int ESTIMATED_METERS = 10_000;

    private record Entry(GeoPoint point, String locality, int precisionMeters) {
    }

    private final Map<String, Entry> byPostcode;

    private PostcodeGeocoder(Map<String, Entry> byPostcode) {
        this.byPostcode = byPostcode;
    }

    /** The bundled table of 18,815 postcodes. */
    public static PostcodeGeocoder bundled() {
        try (InputStream in = PostcodeGeocoder.class.getResourceAsStream("se-postcodes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("classifier resource missing: geocoding/se-postcodes.tsv");
            }
            Map<String, Entry> table = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 11) {
                    continue;
                }
                Optional<GeoPoint> point = GeoPoint.of(Double.parseDouble(f[9]), Double.parseDouble(f[10]));
                int precision = f.length > 11 && !f[11].isEmpty() && !f[11].equals("1") ? CENTROID_METERS : ESTIMATED_METERS;
                point.ifPresent(p -> table.putIfAbsent(f[1].replace(" ", ""), new Entry(p, f[2], precision)));
            }
            return new PostcodeGeocoder(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Geocoded> geocode(Location mention) {
        if (mention.kind() != LocationKind.POSTCODE) {
            return Optional.empty();
        }
        String code = mention.normalized().replace(" ", "");
        return Optional.ofNullable(byPostcode.get(code)).map(e -> new Geocoded(e.point(), e.precisionMeters(),
                PointSource.POSTCODES, code.substring(0, 3) + " " + code.substring(3) + " " + e.locality()));
    }

    /** A postcode centroid does not describe a point; reverse geocoding is the gazetteer's or Nominatim's job. */
    @Override
    public Optional<Geocoded> reverse(GeoPoint point) {
        return Optional.empty();
    }

    public int size() {
        return byPostcode.size();
    }
}

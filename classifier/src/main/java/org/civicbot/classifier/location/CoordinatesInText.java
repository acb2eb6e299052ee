package org.civicbot.classifier.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Finds coordinates written in a message: map links (Google, Apple, OpenStreetMap, {@code geo:} URIs),
 * degrees–minutes(–seconds), SWEREF 99 TM ("N 6583000 E 412000") and decimal WGS84 ("59.3793, 13.5036",
 * "59,3793 13,5036"). Every match becomes a COORDINATES location: with a point when the numbers are a place
 * in Sweden, else with the reason it has none.
 */
final class CoordinatesInText {

    private static final String NUMBER = "-?\\d{1,3}(?:\\.\\d+)?";

    /** A link to a map service; short links ("maps.app.goo.gl/…") carry no coordinates. */
    private static final Pattern MAP_LINK = Pattern.compile(
            "(?i)\\bhttps?://(?:[a-z0-9-]+\\.)*(?:google\\.[a-z.]+/maps|maps\\.google\\.[a-z.]+|goo\\.gl/maps"
                    + "|maps\\.app\\.goo\\.gl|maps\\.apple\\.com|(?:www\\.)?openstreetmap\\.org|osm\\.org)[^\\s<>\"]*");
    private static final Pattern GEO_URI = Pattern.compile("(?i)\\bgeo:(" + NUMBER + "),(" + NUMBER + ")[^\\s<>\"]*");

    /** Inside a link: mlat=..&mlon=.., #map=zoom/lat/lon, or the first "lat,lon" pair (q=, ll=, @). */
    private static final Pattern LINK_MLAT = Pattern.compile("mlat=(" + NUMBER + ")&(?:amp;)?mlon=(" + NUMBER + ")");
    private static final Pattern LINK_MAP_FRAGMENT = Pattern.compile("map=\\d+/(" + NUMBER + ")/(" + NUMBER + ")");
    private static final Pattern LINK_PAIR = Pattern.compile("[=@/](" + NUMBER + ")(?:,|%2C)(" + NUMBER + ")");

    /** One angle: optional hemisphere, degrees, optional minutes and seconds, optional hemisphere after. */
    private static final String ANGLE = "(?:([NSEWÖVnsewöv])\\s*)?(\\d{1,3}(?:[.,]\\d+)?)\\s*°\\s*"
            + "(?:(\\d{1,2}(?:[.,]\\d+)?)\\s*['′’]\\s*)?(?:(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:\"|″|”|'')\\s*)?([NSEWÖVnsewöv])?";
    private static final Pattern ANGLES = Pattern.compile(ANGLE + "[\\s,;]*" + ANGLE);

    /** SWEREF 99 TM: northing 61xxxxx–77xxxxx, easting 2xxxxx–9xxxxx metres, labelled or as a bare pair. */
    private static final Pattern SWEREF = Pattern.compile(
            "(?i)(?<![\\p{N}.,])(?:N|X)\\s*[:=]?\\s*(\\d{7})(?:[.,]\\d+)?\\s*[,;]?\\s*(?:E|Y)\\s*[:=]?\\s*(\\d{6})(?:[.,]\\d+)?(?![\\p{N}])"
                    + "|(?<![\\p{N}.,])(6[1-9]\\d{5}|7[0-7]\\d{5})\\s*[,;]\\s*([2-9]\\d{5})(?![\\p{N}.,])");

    /** Decimal degrees: "59.3793, 13.5036", "59.3793 13.5036", or with decimal commas "59,3793 13,5036". */
    private static final Pattern DECIMAL = Pattern.compile(
            "(?<![\\p{N}.,])(-?\\d{1,3}\\.\\d{2,})\\s*[,;]?\\s*(-?\\d{1,3}\\.\\d{2,})(?![\\p{N}])"
                    + "|(?<![\\p{N}.,])(-?\\d{1,3},\\d{3,})\\s*[;\\s]\\s*(-?\\d{1,3},\\d{3,})(?![\\p{N}])");

    /** Whole-number pairs count only right after a word that says they are coordinates ("gps: 999, 999"). */
    private static final Pattern LABELLED_PAIR = Pattern.compile(
            "(?i)(?:koordinater(?:na)?|koord|coordinates|coords|gps|position|pos|lat/?lon)\\s*[:=]?\\s*"
                    + "(-?\\d{1,4}(?:[.,]\\d+)?)\\s*[,;\\s]\\s*(-?\\d{1,4}(?:[.,]\\d+)?)(?![\\p{N}])");

    private static final String SWEREF99TM = "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

    private CoordinatesInText() {
    }

    static List<Location> find(String text) {
        List<Location> found = new ArrayList<>();
        for (Matcher m = MAP_LINK.matcher(text); m.find(); ) {
            found.add(fromLink(trimPunctuation(text, m.start(), m.end()), text));
        }
        for (Matcher m = GEO_URI.matcher(text); m.find(); ) {
            addIfFree(found, text, m.start(), m.end(), decimal(m.group(1)), decimal(m.group(2)), precision(m.group(1)));
        }
        for (Matcher m = ANGLES.matcher(text); m.find(); ) {
            int end = m.start() + text.substring(m.start(), m.end()).stripTrailing().length();
            angles(m).ifPresent(latLon -> addIfFree(found, text, m.start(), end, latLon[0], latLon[1],
                    anglePrecision(m.group(3), m.group(4))));
        }
        for (Matcher m = SWEREF.matcher(text); m.find(); ) {
            boolean labelled = m.group(1) != null;
            double north = Double.parseDouble(labelled ? m.group(1) : m.group(3));
            double east = Double.parseDouble(labelled ? m.group(2) : m.group(4));
            double[] latLon = fromSweref(north, east);
            addIfFree(found, text, m.start(), m.end(), latLon[0], latLon[1], 5);
        }
        for (Matcher m = DECIMAL.matcher(text); m.find(); ) {
            String lat = m.group(1) != null ? m.group(1) : m.group(3);
            String lon = m.group(1) != null ? m.group(2) : m.group(4);
            addIfFree(found, text, m.start(), m.end(), decimal(lat), decimal(lon), precision(lat));
        }
        for (Matcher m = LABELLED_PAIR.matcher(text); m.find(); ) {
            addIfFree(found, text, m.start(1), m.end(2), decimal(m.group(1)), decimal(m.group(2)), precision(m.group(1)));
        }
        return found;
    }

    private static Location fromLink(int[] span, String text) {
        String url = text.substring(span[0], span[1]);
        for (Pattern p : List.of(LINK_MLAT, LINK_MAP_FRAGMENT, LINK_PAIR)) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                return located(text, span[0], span[1], decimal(m.group(1)), decimal(m.group(2)), precision(m.group(1)));
            }
        }
        return Location.mention(LocationKind.COORDINATES, url, span[0], span[1], url)
                .withProblem("map link without coordinates");
    }

    private static void addIfFree(List<Location> found, String text, int start, int end, double lat, double lon,
                                  int precision) {
        if (found.stream().noneMatch(l -> l.overlaps(start, end))) {
            found.add(located(text, start, end, lat, lon, precision));
        }
    }

    private static Location located(String text, int start, int end, double lat, double lon, int precision) {
        String written = text.substring(start, end);
        Optional<GeoPoint> point = GeoPoint.of(lat, lon);
        if (point.isEmpty()) {
            return Location.mention(LocationKind.COORDINATES, written, start, end, "invalid")
                    .withProblem("not valid coordinates");
        }
        Location mention = Location.mention(LocationKind.COORDINATES, written, start, end, point.get().toString());
        return point.get().inSweden() ? mention.at(point.get(), precision, PointSource.TEXT)
                : mention.withProblem("outside Sweden");
    }

    /** Degrees with optional minutes/seconds; the hemisphere letters decide the order and the signs. */
    private static Optional<double[]> angles(Matcher m) {
        double first = angle(m.group(2), m.group(3), m.group(4));
        double second = angle(m.group(7), m.group(8), m.group(9));
        String h1 = hemisphere(m.group(1), m.group(5));
        String h2 = hemisphere(m.group(6), m.group(10));
        if (h1 == null && h2 == null && m.group(3) == null) {
            return Optional.empty(); // "20° 5°" is a temperature, not a place
        }
        boolean swapped = "E".equals(h1) || "W".equals(h1);
        double lat = swapped ? second : first;
        double lon = swapped ? first : second;
        if ("S".equals(swapped ? h2 : h1)) {
            lat = -lat;
        }
        if ("W".equals(swapped ? h1 : h2)) {
            lon = -lon;
        }
        return Optional.of(new double[] {lat, lon});
    }

    private static String hemisphere(String before, String after) {
        String h = before != null ? before : after;
        if (h == null) {
            return null;
        }
        return switch (h.toUpperCase(Locale.ROOT)) {
            case "Ö" -> "E";
            case "V" -> "W";
            default -> h.toUpperCase(Locale.ROOT);
        };
    }

    private static double angle(String degrees, String minutes, String seconds) {
        return decimal(degrees) + (minutes == null ? 0 : decimal(minutes) / 60)
                + (seconds == null ? 0 : decimal(seconds) / 3600);
    }

    /** One second of arc is about 31 m, one minute about 1.9 km; decimals refine both. */
    private static int anglePrecision(String minutes, String seconds) {
        if (seconds != null) {
            return seconds.matches(".*[.,]\\d+") ? 5 : 31;
        }
        if (minutes != null) {
            return minutes.matches(".*[.,]\\d{3,}") ? 5 : minutes.matches(".*[.,]\\d+") ? 185 : 1850;
        }
        return 111_000;
    }

    static double[] fromSweref(double northing, double easting) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem sweref = crs.createFromParameters("SWEREF99TM", SWEREF99TM);
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", WGS84);
        CoordinateTransform transform = new CoordinateTransformFactory().createTransform(sweref, wgs84);
        ProjCoordinate out = new ProjCoordinate();
        transform.transform(new ProjCoordinate(easting, northing), out);
        return new double[] {out.y, out.x};
    }

    private static double decimal(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    /** A written latitude's precision: 4 decimals ≈ 11 m, 3 ≈ 110 m; never better than 5 m. */
    private static int precision(String written) {
        int dot = Math.max(written.indexOf('.'), written.indexOf(','));
        int decimals = dot < 0 ? 0 : written.length() - dot - 1;
        return (int) Math.max(5, Math.round(111_000 / Math.pow(10, decimals)));
    }

    /** A link at the end of a sentence does not include the full stop or closing bracket after it. */
    private static int[] trimPunctuation(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:!?)]'’\" ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new int[] {start, e};
    }
}

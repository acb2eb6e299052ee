package org.civicbot.bot.publicpages;

import java.util.Locale;

import org.civicbot.bot.api.InvalidRequestException;

/** A rectangle in WGS84 degrees, as GeoJSON writes it: west, south, east, north. */
record BoundingBox(double west, double south, double east, double north) {

    /** Reads {@code minLon,minLat,maxLon,maxLat}; a malformed or impossible box is a 400 saying what is wrong. */
    static BoundingBox parse(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidRequestException("bbox must be four numbers minLon,minLat,maxLon,maxLat, not \""
                    + value + "\"");
        }
        double[] numbers = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("bbox part " + (i + 1) + " (\"" + parts[i] + "\") is not a number");
            }
            if (!Double.isFinite(numbers[i])) {
                throw new InvalidRequestException("bbox part " + (i + 1) + " is not a finite number");
            }
        }
        BoundingBox box = new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        if (box.west < -180 || box.east > 180 || box.south < -90 || box.north > 90) {
            throw new InvalidRequestException("bbox must lie within longitudes -180 to 180 and latitudes -90 to 90");
        }
        if (box.west > box.east) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "bbox is minLon,minLat,maxLon,maxLat: minLon %s is east of maxLon %s", box.west, box.east));
        }
        if (box.south > box.north) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "bbox is minLon,minLat,maxLon,maxLat: minLat %s is north of maxLat %s", box.south, box.north));
        }
        return box;
    }
}

package org.civicbot.classifier.location;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;

/**
 * The GPS position in a photo's EXIF (MMS and chat photos), read with metadata-extractor. Any file is
 * accepted: what is not an image, has no GPS tags, or is larger than the limit gives a result with the
 * reason, never an exception.
 */
public final class PhotoPosition {

    /** Photos from phones are 2–15 MB; EXIF sits at the start, so a larger file is refused, not read. */
    public static final long DEFAULT_MAX_BYTES = 40L * 1024 * 1024;
    /** Phones rarely record their GPS error; 15 m is typical for a phone outdoors. */
    private static final int DEFAULT_PRECISION_METERS = 15;

    /** The position, or the reason there is none. */
    public record Result(Optional<Location> position, String problem) {

        static Result none(String why) {
            return new Result(Optional.empty(), why);
        }
    }

    private PhotoPosition() {
    }

    public static Result read(InputStream photo) {
        return read(photo, DEFAULT_MAX_BYTES);
    }

    public static Result read(InputStream photo, long maxBytes) {
        try (InputStream limited = new Limited(photo, maxBytes)) {
            Metadata metadata = ImageMetadataReader.readMetadata(limited);
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            if (gps == null) {
                return Result.none("no GPS tags in the photo");
            }
            GeoLocation location = gps.getGeoLocation();
            if (location == null || location.isZero()) {
                return Result.none("the photo's GPS tags are incomplete");
            }
            Optional<GeoPoint> point = GeoPoint.of(location.getLatitude(), location.getLongitude());
            if (point.isEmpty()) {
                return Result.none("the photo's GPS tags are not valid coordinates");
            }
            if (!point.get().inSweden()) {
                return Result.none("the photo was taken outside Sweden (" + point.get() + ")");
            }
            Double error = gps.getDoubleObject(GpsDirectory.TAG_H_POSITIONING_ERROR);
            int precision = error != null && error > 0 && error < 10_000 ? (int) Math.ceil(error) : DEFAULT_PRECISION_METERS;
            return new Result(Optional.of(Location.position(point.get(), precision, PointSource.PHOTO_EXIF)), null);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    return Result.none("the photo is larger than the limit of " + (maxBytes >= 1 << 20
                            ? maxBytes / (1 << 20) + " MB" : maxBytes / 1024 + " kB"));
                }
            }
            return Result.none("not a readable image: " + e.getMessage());
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Stops reading past the limit, so a huge or endless upload cannot exhaust memory or time. */
    private static final class Limited extends FilterInputStream {

        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new TooLarge();
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new TooLarge();
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }
    }
}

package org.civicbot.bot.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.civicbot.classifier.location.GeoPoint;

/** Photos as phones send them: a small JPEG, and one with GPS tags (written by Apache Commons Imaging). */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A JPEG without any metadata. */
    public static byte[] jpeg() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG whose EXIF GPS tags say it was taken at this point. */
    public static byte[] jpegTakenAt(GeoPoint point) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(point.lon(), point.lat());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.civicbot.classifier.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

/** Photos are made here: a JPEG from ImageIO, GPS tags written with Apache Commons Imaging. */
class PhotoPositionTest {

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static byte[] jpegTakenAt(double lat, double lon) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(lon, lat);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg(), out, exif);
        return out.toByteArray();
    }

    @Test
    void readsTheGpsPositionOfAPhoto() throws Exception {
        PhotoPosition.Result result = PhotoPosition.read(new ByteArrayInputStream(jpegTakenAt(59.3793, 13.5036)));

        Location position = result.position().orElseThrow();
        assertThat(position.lat()).isCloseTo(59.3793, within(1e-5));
        assertThat(position.lon()).isCloseTo(13.5036, within(1e-5));
        assertThat(position.source()).isEqualTo(PointSource.PHOTO_EXIF);
        assertThat(position.kind()).isEqualTo(LocationKind.COORDINATES);
        assertThat(position.inText()).isFalse();
        assertThat(result.problem()).isNull();
    }

    @Test
    void aPhotoWithoutGpsSaysSo() throws Exception {
        PhotoPosition.Result result = PhotoPosition.read(new ByteArrayInputStream(jpeg()));
        assertThat(result.position()).isEmpty();
        assertThat(result.problem()).isEqualTo("no GPS tags in the photo");
    }

    @Test
    void aPhotoTakenAbroadIsNotAPlaceInTheMunicipality() throws Exception {
        PhotoPosition.Result result = PhotoPosition.read(new ByteArrayInputStream(jpegTakenAt(59.9139, 10.7522)));
        assertThat(result.position()).isEmpty();
        assertThat(result.problem()).startsWith("the photo was taken outside Sweden");
    }

    @Test
    void garbageIsNotAnImage() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        PhotoPosition.Result result = PhotoPosition.read(new ByteArrayInputStream(garbage));
        assertThat(result.position()).isEmpty();
        assertThat(result.problem()).startsWith("not a readable image");
        assertThat(PhotoPosition.read(new ByteArrayInputStream(new byte[0])).problem()).startsWith("not a readable image");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        byte[] photo = jpegTakenAt(59.3793, 13.5036);
        // Three full-size APP2 segments (ICC profile chunks, as phones write them) before the EXIF: 192 kB to read.
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        padded.write(photo, 0, 2); // SOI
        for (int i = 0; i < 3; i++) {
            padded.write(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) 0xFF, (byte) 0xFF});
            padded.write(new byte[0xFFFF - 2]);
        }
        padded.write(photo, 2, photo.length - 2);
        byte[] big = padded.toByteArray();
        assertThat(PhotoPosition.read(new ByteArrayInputStream(big)).position()).isPresent();

        PhotoPosition.Result limited = PhotoPosition.read(new ByteArrayInputStream(big), 64 * 1024);
        assertThat(limited.position()).isEmpty();
        assertThat(limited.problem()).isEqualTo("the photo is larger than the limit of 64 kB");
    }
}

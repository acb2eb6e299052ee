package org.civicbot.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void aReferenceAloneHasNoContent() {
        Attachment attachment = new Attachment("image/jpeg", "mms-1", 2048);

        assertThat(attachment.hasContent()).isFalse();
        assertThat(attachment.content()).isNull();
        assertThat(attachment.isImage()).isTrue();
    }

    @Test
    void downloadedContentCannotBeChangedFromOutside() {
        byte[] photo = {1, 2, 3};
        Attachment attachment = new Attachment("image/jpeg", "tg-file-9", photo.length, photo);

        photo[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
    }
}

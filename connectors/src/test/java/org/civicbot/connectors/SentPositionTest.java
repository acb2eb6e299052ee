package org.civicbot.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentPositionTest {

    @Test
    void acceptsTheWholeRangeWithOrWithoutAccuracy() {
        assertThat(new SentPosition(-90, 180, null).accuracyMeters()).isNull();
        assertThat(new SentPosition(59.38185, 13.50566, 12).accuracyMeters()).isEqualTo(12);
    }

    @Test
    void refusesCoordinatesOutsideTheirRangeOrNotANumber() {
        assertThatThrownBy(() -> new SentPosition(90.5, 13.5, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("latitude must be between -90 and 90, was 90.5");
        assertThatThrownBy(() -> new SentPosition(59.4, -181, null))
                .hasMessage("longitude must be between -180 and 180, was -181.0");
        assertThatThrownBy(() -> new SentPosition(Double.NaN, 13.5, null))
                .hasMessage("latitude must be between -90 and 90, was NaN");
        assertThatThrownBy(() -> new SentPosition(59.4, 13.5, 0))
                .hasMessage("accuracyMeters must be positive, was 0");
    }
}

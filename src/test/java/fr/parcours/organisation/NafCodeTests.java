package fr.parcours.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NafCodeTests {

    @Test
    void readsACodeAsTyped() {
        assertThat(NafCode.parse(" 8899b ").code()).isEqualTo("88.99B");
        assertThat(NafCode.parse("94.99Z").code()).isEqualTo("94.99Z");
    }

    @Test
    void refusesWhatIsNotACode() {
        assertThat(NafCode.isValid("88.9B")).isFalse();
        assertThat(NafCode.isValid("00.00A")).isFalse();
        assertThat(NafCode.isValid("AB.CDE")).isFalse();
        assertThatThrownBy(() -> NafCode.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheSectionOfItsDivision() {
        assertThat(NafCode.parse("01.11Z").section()).isEqualTo('A');
        assertThat(NafCode.parse("04.99Z").section()).isEqualTo('A');
        assertThat(NafCode.parse("05.10Z").section()).isEqualTo('B');
        assertThat(NafCode.parse("47.11B").section()).isEqualTo('G');
        assertThat(NafCode.parse("85.59A").section()).isEqualTo('P');
        assertThat(NafCode.parse("88.99B").section()).isEqualTo('Q');
        assertThat(NafCode.parse("94.99Z").section()).isEqualTo('S');
        assertThat(NafCode.parse("96.09Z").section()).isEqualTo('S');
        assertThat(NafCode.parse("97.00Z").section()).isEqualTo('T');
        assertThat(NafCode.parse("99.00Z").section()).isEqualTo('U');
    }
}

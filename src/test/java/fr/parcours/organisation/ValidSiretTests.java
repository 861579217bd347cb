package fr.parcours.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidSiretTests {

    record Holder(@ValidSiret String siret) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "41234567800012, true",
            "41234567800013, false",
            "4123456780001,  false",
            "4123456780001A, false",
            "null,           true",
            // La Poste (SIREN 356000000): its establishments' 14 digits add up to a multiple of 5 instead of Luhn.
            "35600000049837, true",
            "35600000000048, true",
            "35600000000016, false",
            // The sum-of-digits rule is La Poste's alone: 45 is a multiple of 5, the Luhn key is wrong.
            "41234567800014, false",
    })
    void acceptsOnlyFourteenDigitsWithAValidChecksum(String siret, boolean valid) {
        assertThat(validator.validate(new Holder(siret)).isEmpty()).isEqualTo(valid);
    }
}

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
    })
    void acceptsOnlyFourteenDigitsWithAValidChecksum(String siret, boolean valid) {
        assertThat(validator.validate(new Holder(siret)).isEmpty()).isEqualTo(valid);
    }
}

package fr.parcours.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET of 14 digits with a valid checksum ({@link Siret#isValid}); null is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = ValidSiret.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSiret {

    String message() default "{fr.parcours.organisation.ValidSiret.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements jakarta.validation.ConstraintValidator<ValidSiret, String> {

        @Override
        public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || Siret.isValid(value);
        }
    }
}

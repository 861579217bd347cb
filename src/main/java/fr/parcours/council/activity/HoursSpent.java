package fr.parcours.council.activity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/** Hours spent on one activity: between 0 and 24, in quarter hours (1.25 is fine, 1.1 is not). Empty is valid. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HoursSpent.Validator.class)
public @interface HoursSpent {

    String message() default "{HoursSpent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    BigDecimal MAX = BigDecimal.valueOf(24);
    BigDecimal QUARTERS = BigDecimal.valueOf(4);

    class Validator implements ConstraintValidator<HoursSpent, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal hours, ConstraintValidatorContext context) {
            return hours == null || hours.signum() >= 0 && hours.compareTo(MAX) <= 0
                    && hours.multiply(QUARTERS).stripTrailingZeros().scale() <= 0;
        }
    }
}

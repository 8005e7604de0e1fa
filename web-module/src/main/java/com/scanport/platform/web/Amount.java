package com.scanport.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money: a number from {@code min} to {@code max} with at most two decimal places.
 * Field-only, as {@link Between}.
 */
@DecimalMin("0")
@DecimalMax("0")
@Digits(integer = 15, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Amount {

    @OverridesAttribute(constraint = DecimalMin.class, name = "value")
    String min();

    @OverridesAttribute(constraint = DecimalMax.class, name = "value")
    String max();

    String message() default "must be an amount from {min} to {max} with at most 2 decimal places";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

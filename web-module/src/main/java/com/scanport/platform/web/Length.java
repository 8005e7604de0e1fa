package com.scanport.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of {@code min} to {@code max} characters: {@code @Size}, for request records.
 *
 * <p>Request records use these composed constraints ({@link Required}, {@link Length},
 * {@link Matches}, {@link Between}, {@link MaxBytes}) rather than the standard ones directly
 * because a record hands a component's annotations to its constructor's parameters too,
 * wherever their target allows, and Payara 6.2025.10's OpenAPI scanner fails on any standard
 * constraint on a parameter that is not a {@code @PathParam} (payara/Payara#7649). These
 * apply to fields only; Bean Validation checks them as the standard ones they are made of.
 */
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Length {

    @OverridesAttribute(constraint = Size.class, name = "min")
    int min() default 0;

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default Integer.MAX_VALUE;

    String message() default "must be {min} to {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

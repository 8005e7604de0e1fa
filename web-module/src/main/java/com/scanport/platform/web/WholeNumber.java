package com.scanport.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter (an {@code Integer}) that must be a whole number from {@code min} to
 * {@code max}; anything else is the surface's 422 naming the parameter ({@link WholeNumbers}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface WholeNumber {

    int min();

    int max();
}

package com.scanport.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON request record whose surface refuses fields it does not know (a typo is an error, not
 * a silently missing value): each unknown field is a field error, "is not a known field".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoOtherFields {
}

package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.InvalidInputException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    @SuppressWarnings("unused")
    private static void resource(@QueryParam("limit") @DefaultValue("10") @WholeNumber(min = 1, max = 1000) Integer limit,
                                 @QueryParam("plain") Integer plain) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return WholeNumbersTest.class.getDeclaredMethod("resource", Integer.class, Integer.class)
                .getParameterAnnotations()[parameter];
    }

    @Test
    void convertsWithinTheBoundsAndNamesTheParameterOtherwise() throws Exception {
        ParamConverter<Integer> limit = new WholeNumbers().getConverter(Integer.class, Integer.class, annotationsOf(0));
        assertEquals(1, limit.fromString("1"));
        assertEquals(1000, limit.fromString(" 1000 "));
        assertNull(limit.fromString(null), "not sent: the resource says whether it must be");
        for (String bad : new String[] {"0", "1001", "many", "", "1.5", "99999999999", "\u0661"}) {
            InvalidInputException cause = assertThrows(InvalidInputException.class, () -> limit.fromString(bad), bad);
            assertEquals("limit must be a whole number from 1 to 1000", cause.getMessage());
            assertEquals(Map.of("limit", "must be a whole number from 1 to 1000"), cause.fieldErrors());
        }
    }

    @Test
    void leavesOtherParametersToTheRuntime() throws Exception {
        assertNull(new WholeNumbers().getConverter(Integer.class, Integer.class, annotationsOf(1)));
        assertNull(new WholeNumbers().getConverter(String.class, String.class, annotationsOf(0)));
    }
}

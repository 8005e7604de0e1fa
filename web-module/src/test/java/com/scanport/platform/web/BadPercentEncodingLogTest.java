package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class BadPercentEncodingLogTest {

    @Test
    void onlyTheDecodersRefusalOfAnEscapeIsLeftOut() {
        assertTrue(BadPercentEncodingLog.isBadPercentEscape(failure(new IllegalArgumentException(
                "URLDecoder: Illegal hex characters in escape (%) pattern - %zz"), "org.glassfish.grizzly.http.util.URLDecoder")));

        assertFalse(BadPercentEncodingLog.isBadPercentEscape(failure(new IllegalArgumentException("elsewhere"),
                "org.apache.catalina.connector.CoyoteAdapter")));
        assertFalse(BadPercentEncodingLog.isBadPercentEscape(failure(new IllegalStateException("decoder state"),
                "org.glassfish.grizzly.http.util.URLDecoder")));
        assertFalse(BadPercentEncodingLog.isBadPercentEscape(new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037")));
    }

    private static LogRecord failure(RuntimeException thrown, String thrownIn) {
        thrown.setStackTrace(new StackTraceElement[] {new StackTraceElement(thrownIn, "decode", "Any.java", 1)});
        LogRecord record = new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037");
        record.setThrown(thrown);
        return record;
    }
}

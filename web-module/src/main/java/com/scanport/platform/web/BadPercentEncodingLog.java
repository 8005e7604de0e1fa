package com.scanport.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps a URL with a malformed percent escape ({@code GET /%zz}) out of the log. Payara's servlet
 * container decodes the path before any filter of ours sees the request, lets the decoder's
 * {@code IllegalArgumentException} escape to its catch-all, and logs it at SEVERE with a 30-line
 * stack trace (the client gets an empty answer): a 20-byte request made 30 lines, which any client
 * could repeat to flood the disk. Other records of that logger pass as before.
 */
@WebListener
public class BadPercentEncodingLog implements ServletContextListener {

    /** Payara's web container logger, where its adapter reports failures outside any application. */
    static final String WEB_CORE = "jakarta.enterprise.web.core";

    private static final String DECODER = "org.glassfish.grizzly.http.util.URLDecoder";

    /** Held here: the log manager keeps loggers only weakly, and with them their filters. */
    private Logger webCore;
    private Filter before;
    private Filter installed;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        webCore = Logger.getLogger(WEB_CORE);
        before = webCore.getFilter();
        Filter previous = before;
        installed = record -> !isBadPercentEscape(record) && (previous == null || previous.isLoggable(record));
        webCore.setFilter(installed);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        // The filter's class belongs to this application: a redeployed one must not find it there.
        // Not started (a failed deployment), or replaced since: nothing of ours to take back.
        if (webCore != null && webCore.getFilter() == installed) {
            webCore.setFilter(before);
        }
    }

    static boolean isBadPercentEscape(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (!(thrown instanceof IllegalArgumentException) || thrown.getStackTrace().length == 0) {
            return false;
        }
        return DECODER.equals(thrown.getStackTrace()[0].getClassName());
    }
}

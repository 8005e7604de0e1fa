package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import com.scanport.platform.RateLimitedException;
import com.scanport.platform.ScanportException;
import com.scanport.platform.TooLargeException;
import com.scanport.platform.TooSlowException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every request body must be before anything reads it: no larger than
 * {@code scanport.max-body-bytes}, or a surface's own limit for its uploads (413, in the surface's shape; a declared length is refused
 * unread, a chunked body as soon as it grows past the limit), of a named media type and in a
 * charset this server knows (415), so that no parser meets a body it would fail on with a 500;
 * and no answer is asked for in a charset no writer has (406) or with a quality no runtime
 * can read (400). A body must also arrive at a useful rate (408, or 429 for an address with too
 * many bodies on the way): each request reads its body on a server thread, so clients that
 * trickle theirs would otherwise hold every thread and freeze the server for everyone.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;
    static final long DEFAULT_MIN_BYTES_PER_SECOND = 1024;
    static final int DEFAULT_MAX_WAITING_BODIES_PER_ADDRESS = 8;
    /** How long a body may take before its rate counts: a slow link's first packets come late. */
    static final Duration BODY_GRACE = Duration.ofSeconds(5);
    /**
     * Set, to the failure, on a request whose body was refused before it was read in full: its
     * answer closes the connection.
     */
    static final String BODY_REFUSED = "com.scanport.platform.web.body-refused";
    private static final String NOT_IN_FULL = "Request body did not arrive in full, or too slowly";
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\\s;,\"]*)");
    private static final Pattern QUALITY_PARAMETER = Pattern.compile("(?i);\\s*q\\s*=\\s*([^\\s;,]*)");
    /** A quality value as RFC 9110 writes it. */
    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    @Inject
    private transient Surfaces surfaces;

    private long maxBodyBytes;
    private long minBytesPerSecond;
    private transient WaitingReads waiting;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        maxBodyBytes = config.getOptionalValue("scanport.max-body-bytes", Long.class).orElse(DEFAULT_MAX_BODY_BYTES);
        minBytesPerSecond = config.getOptionalValue("scanport.body-min-bytes-per-second", Long.class)
                .orElse(DEFAULT_MIN_BYTES_PER_SECOND);
        int maxWaiting = config.getOptionalValue("scanport.max-waiting-bodies-per-address", Integer.class)
                .orElse(DEFAULT_MAX_WAITING_BODIES_PER_ADDRESS);
        // Zero would refuse every body that is not in the first packet; a negative rate would check none.
        if (minBytesPerSecond <= 0 || maxWaiting <= 0) {
            throw new IllegalStateException("scanport.body-min-bytes-per-second and "
                    + "scanport.max-waiting-bodies-per-address must be positive");
        }
        waiting = new WaitingReads(maxWaiting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse answer = new AnswerAfterHangUp(response);
        long limit = surfaces.maxBodyBytes(request.getRequestURI().substring(request.getContextPath().length()),
                maxBodyBytes);
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, answer, 413, tooLarge(limit));
            return;
        }
        boolean unknownLength = length < 0 && request.getHeader("Transfer-Encoding") != null;
        // HTTP/1.1 only (HTTP/2 is off on every server): a body has a length or a transfer coding.
        boolean hasBody = unknownLength || length > 0;
        String type = request.getContentType();
        if (hasBody && (type == null || type.contains("*"))) {
            refuse(request, answer, 415, "A request body needs a Content-Type that names its media type");
            return;
        }
        // A runtime reads an empty form's fields from the query string instead, and logs the
        // URL, passwords and all: form fields come in the body or not at all.
        if (isForm(type) && request.getQueryString() != null && !request.getQueryString().isEmpty()) {
            refuse(request, answer, 400, "Form fields belong in the request body, not in the URL");
            return;
        }
        // From the headers as sent: a container may hide a charset it does not know, or
        // put its default (web.xml) in its place.
        for (String header : new String[] {"Content-Type", "Accept"}) {
            String value = request.getHeader(header);
            Matcher charset = CHARSET_PARAMETER.matcher(value == null ? "" : value);
            while (charset.find()) {
                if (!known(charset.group(1))) {
                    boolean accept = header.equals("Accept");
                    refuse(request, answer, accept ? 406 : 415,
                            accept ? "Unsupported charset in Accept" : "Unsupported charset");
                    return;
                }
            }
        }
        // RESTEasy fails on a quality it cannot parse with a 500; Jersey answers 400 in its own way.
        Matcher quality = QUALITY_PARAMETER.matcher(String.valueOf(request.getHeader("Accept")));
        while (quality.find()) {
            if (!QUALITY.matcher(quality.group(1)).matches()) {
                refuse(request, answer, 400, "Malformed Accept header");
                return;
            }
        }
        if (!hasBody) {
            chain.doFilter(request, answer);
            return;
        }
        try {
            chain.doFilter(new Metered(request, length, limit), answer);
        } catch (IOException | ServletException | RuntimeException e) {
            // Refused where the runtime reads the body before any mapper of ours can answer
            // (Jersey looks for a form in it before it has a request to map failures for).
            if (!(request.getAttribute(BODY_REFUSED) instanceof ScanportException refusal) || response.isCommitted()) {
                throw e;
            }
            answer.resetBuffer();
            Surface surface = surfaces.ofRawPath(request.getRequestURI().substring(request.getContextPath().length()));
            if (refusal instanceof RateLimitedException limited) {
                answer.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            refuse(request, answer, surface.status(refusal.failure()), refusal.getMessage());
        }
    }

    private static String tooLarge(long limit) {
        return "Request body is larger than " + limit + " bytes";
    }

    private static boolean isForm(String type) {
        return isUrlEncodedForm(type) || media(type).startsWith("multipart/form-data");
    }

    private static boolean isUrlEncodedForm(String type) {
        return media(type).startsWith("application/x-www-form-urlencoded");
    }

    /** A Content-Type's media type and parameters, trimmed and lower-cased, or "" when there is none. */
    static String media(String type) {
        return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** Answers without reading the body, and closes the connection rather than drain what is left of it. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        Surface surface = surfaces.ofRawPath(request.getRequestURI().substring(request.getContextPath().length()));
        response.setStatus(status);
        response.setHeader("Connection", "close");
        byte[] body = surface.errorBody(status, message, Map.of()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Now: the container may wait for the rest of the body before it finishes the exchange.
        response.flushBuffer();
    }

    /**
     * A request whose body is metered as it arrives: it fails as soon as more than the limit has
     * been read, when it ends before its declared length, when the connection fails under it, and
     * when it arrives slower than {@code scanport.body-min-bytes-per-second} once the first
     * {@link #BODY_GRACE} have passed. A read that may have to wait for the network counts
     * against the client's address while it waits ({@link WaitingReads}); beyond
     * {@code scanport.max-waiting-bodies-per-address} reads waiting for over a second, the
     * request is refused (429), so that slow clients at one address can hold only a few of the
     * server's threads.
     */
    private final class Metered extends HttpServletRequestWrapper {

        private final long declared;
        private final long limit;
        /** Whom the body's waiting reads count against ({@link WaitingReads#client}). */
        private final String client;
        /** Checks a multipart body's parts as they arrive; null for other bodies. */
        private final MultipartParts parts;
        private ServletInputStream stream;
        private Map<String, String[]> formFields;

        Metered(HttpServletRequest request, long declared, long limit) {
            super(request);
            this.declared = declared;
            this.limit = limit;
            this.client = WaitingReads.client(request.getRemoteAddr());
            this.parts = MultipartParts.of(request.getContentType());
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Arriving(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    charset == null ? StandardCharsets.ISO_8859_1 : Charset.forName(charset)));
        }

        /**
         * Form fields, read from the metered body: a container would read them from the
         * connection itself (Undertow does, for RESTEasy), where no meter sees the body arrive.
         * Other bodies have none: form fields in the URL are refused.
         */
        @Override
        public Map<String, String[]> getParameterMap() {
            if (formFields == null) {
                formFields = isUrlEncodedForm(getContentType()) ? formFields() : super.getParameterMap();
            }
            return formFields;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private Map<String, String[]> formFields() {
            byte[] body;
            try {
                body = getInputStream().readAllBytes();
            } catch (IOException e) {
                throw refused(new TooSlowException(NOT_IN_FULL));
            }
            String charset = getCharacterEncoding();
            return UrlEncodedForm.fields(body, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        }

        /** Remembers why the body was refused, for whoever answers: the filter, or a mapper that must close the connection. */
        private ScanportException refused(ScanportException why) {
            setAttribute(BODY_REFUSED, why);
            return why;
        }

        private final class Arriving extends ServletInputStream {

            private final ServletInputStream body;
            private final byte[] one = new byte[1];
            /** When the application first asked for the body: time spent before that is the server's, not the client's. */
            private long started;
            private boolean begun;
            private long read;
            private boolean arrived;

            Arriving(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (ended()) {
                    // The body ends at its declared length, whatever the connection holds next:
                    // Grizzly, for a request that asks to upgrade the connection, would wait for
                    // more until its read timeout, and the request failed after 30 s with a 500.
                    return -1;
                }
                if (arrived || length == 0) {
                    return body.read(buffer, offset, length);
                }
                if (!begun) {
                    begun = true;
                    started = System.nanoTime();
                }
                int n;
                WaitingReads.Wait wait = null;
                try {
                    if (body.available() == 0) {
                        wait = waiting.enter(client, System.nanoTime());
                        if (wait == null) {
                            throw refused(new RateLimitedException(waiting.crowded()
                                    ? "Too many requests are still sending their bodies"
                                    : "Too many requests from this address are still sending their bodies", 1));
                        }
                    }
                    n = body.read(buffer, offset, length);
                } catch (IOException | UncheckedIOException e) {
                    // The client went away, or the container's own read timeout ran out.
                    throw refused(new TooSlowException(NOT_IN_FULL));
                } finally {
                    if (wait != null) {
                        waiting.leave(client, wait);
                    }
                }
                if (n < 0) {
                    if (declared > 0 && read < declared) {
                        throw refused(new TooSlowException(NOT_IN_FULL));
                    }
                    arrived = true;
                    return n;
                }
                if (declared > 0 && read + n > declared) {
                    // Grizzly hands on what follows the body, too, for a request that asks to
                    // upgrade the connection: the body is only its declared length.
                    n = (int) (declared - read);
                }
                read += n;
                if (read > limit) {
                    throw refused(new TooLargeException(tooLarge(limit)));
                }
                String wrong = parts == null ? null : parts.accept(buffer, offset, n);
                if (wrong != null) {
                    throw refused(new InvalidInputException(ErrorResponses.UNREADABLE_BODY, Map.of("body", wrong)));
                }
                arrived = read == declared;
                long elapsed = System.nanoTime() - started;
                if (!arrived && elapsed > BODY_GRACE.toNanos()
                        && read < elapsed / 1_000_000 * minBytesPerSecond / 1000) {
                    throw refused(new TooSlowException(NOT_IN_FULL));
                }
                return n;
            }

            @Override
            public int available() throws IOException {
                return ended() ? 0 : body.available();
            }

            @Override
            public boolean isFinished() {
                return ended() || body.isFinished();
            }

            /** Whether the body has reached its declared length: what the connection holds next is not the body's. */
            private boolean ended() {
                return arrived && declared > 0;
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}

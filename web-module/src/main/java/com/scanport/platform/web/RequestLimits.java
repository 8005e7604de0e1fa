package com.scanport.platform.web;

import com.scanport.platform.TooLargeException;
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
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every request body must be before anything reads it: no larger than
 * {@code scanport.max-body-bytes}, or a surface's own limit for its uploads (413, in the surface's shape; a declared length is refused
 * unread, a chunked body as soon as it grows past the limit), of a named media type and in a
 * charset this server knows (415), so that no parser meets a body it would fail on with a 500;
 * and no answer is asked for in a charset no writer has (406) or with a quality no runtime
 * can read (400).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\\s;,\"]*)");
    private static final Pattern QUALITY_PARAMETER = Pattern.compile("(?i);\\s*q\\s*=\\s*([^\\s;,]*)");
    /** A quality value as RFC 9110 writes it. */
    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    @Inject
    private transient Surfaces surfaces;

    private long maxBodyBytes;

    @Override
    public void init() {
        maxBodyBytes = ConfigProvider.getConfig().getOptionalValue("scanport.max-body-bytes", Long.class)
                .orElse(DEFAULT_MAX_BODY_BYTES);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = surfaces.maxBodyBytes(request.getRequestURI().substring(request.getContextPath().length()),
                maxBodyBytes);
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, 413, tooLarge(limit));
            return;
        }
        boolean unknownLength = length < 0 && request.getHeader("Transfer-Encoding") != null;
        String type = request.getContentType();
        if ((unknownLength || length > 0) && (type == null || type.contains("*"))) {
            refuse(request, response, 415, "A request body needs a Content-Type that names its media type");
            return;
        }
        // A runtime reads an empty form's fields from the query string instead, and logs the
        // URL, passwords and all: form fields come in the body or not at all.
        if (isForm(type) && request.getQueryString() != null && !request.getQueryString().isEmpty()) {
            refuse(request, response, 400, "Form fields belong in the request body, not in the URL");
            return;
        }
        // From the headers as sent: a container may hide a charset it does not know, or
        // put its default (web.xml) in its place.
        for (String header : new String[] {"Content-Type", "Accept"}) {
            String value = request.getHeader(header);
            Matcher charset = CHARSET_PARAMETER.matcher(value == null ? "" : value);
            while (charset.find()) {
                if (!known(charset.group(1))) {
                    boolean answer = header.equals("Accept");
                    refuse(request, response, answer ? 406 : 415,
                            answer ? "Unsupported charset in Accept" : "Unsupported charset");
                    return;
                }
            }
        }
        // RESTEasy fails on a quality it cannot parse with a 500; Jersey answers 400 in its own way.
        Matcher quality = QUALITY_PARAMETER.matcher(String.valueOf(request.getHeader("Accept")));
        while (quality.find()) {
            if (!QUALITY.matcher(quality.group(1)).matches()) {
                refuse(request, response, 400, "Malformed Accept header");
                return;
            }
        }
        chain.doFilter(unknownLength ? new Limited(request, limit, tooLarge(limit)) : request, response);
    }

    private static String tooLarge(long limit) {
        return "Request body is larger than " + limit + " bytes";
    }

    private static boolean isForm(String type) {
        String media = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return media.startsWith("application/x-www-form-urlencoded") || media.startsWith("multipart/form-data");
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

    /** A request whose body fails as soon as more than the limit has been read from it. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private final String message;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit, String message) {
            super(request);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream(), limit, message);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    charset == null ? StandardCharsets.ISO_8859_1 : Charset.forName(charset)));
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private final String message;
        private long read;

        Counted(ServletInputStream body, long limit, String message) {
            this.body = body;
            this.limit = limit;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLargeException(message);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
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

package com.scanport.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The container's error page (web.xml). Answers that never reach JAX-RS, such as
 * the MP-JWT mechanism rejecting a bad token, still get their surface's error body.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient Surfaces surfaces;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = statusAttribute instanceof Integer code ? code : 404;
        if (status == 501) {
            // The container's answer to a method a servlet does not take (PATCH on /health):
            // the path does not allow it, nothing failed.
            status = 405;
        }
        String path = uri == null ? PATH : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        Surface surface = surfaces.ofRawPath(path);

        String message;
        // A 505 is about the client's HTTP version: nothing failed here, nothing to log.
        if (status >= 500 && status != 505) {
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String correlationId = ErrorResponses.logUnexpected(request.getMethod(), path, failure);
            response.setHeader(ErrorResponses.CORRELATION_HEADER, correlationId);
            message = ErrorResponses.internalErrorMessage(correlationId);
        } else {
            message = surface.message(status);
        }
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(surface.errorBody(status, message, Map.of()));
    }
}

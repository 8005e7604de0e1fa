package com.scanport.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server's own {@code /openapi}: only the document itself. Payara serves it from a Jersey
 * application of its own, whose WADL the application cannot switch off: OPTIONS and
 * {@code /openapi/application.wadl} would describe it in XML. (GET /openapi is a simple
 * cross-origin request, so a CORS preflight never needs to reach it.)
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"}, asyncSupported = true)
public class OpenApiEndpoint extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/openapi";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}

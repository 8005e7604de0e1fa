package com.scanport.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets the browser frontends listed in {@code scanport.cors.origins} call every surface.
 * Origins are echoed one by one, never {@code *}, because requests may carry credentials.
 * Runs on error dispatches too, so that a 401 still reaches the page that asked.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class CorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** What every surface may expose or be sent, before each surface's own headers. */
    private static final List<String> PLATFORM_EXPOSED = List.of("WWW-Authenticate", "Retry-After",
            ErrorResponses.CORRELATION_HEADER);
    private static final List<String> PLATFORM_ALLOWED = List.of("Authorization", "Content-Type", "Accept");

    @Inject
    private transient Surfaces surfaces;

    private String exposedHeaders;
    private String allowedHeaders;
    private transient Set<String> allowedOrigins;

    @Override
    public void init() {
        allowedOrigins = ConfigProvider.getConfig()
                .getOptionalValue("scanport.cors.origins", String.class)
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(origin -> !origin.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        exposedHeaders = String.join(", ", surfaces.headers(PLATFORM_EXPOSED, Surface::exposedHeaders));
        allowedHeaders = String.join(", ", surfaces.headers(PLATFORM_ALLOWED, Surface::requestHeaders));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && allowedOrigins.contains(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            response.setHeader("Access-Control-Expose-Headers", exposedHeaders);
            response.addHeader("Vary", "Origin");
            if ("OPTIONS".equals(request.getMethod())
                    && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", allowedHeaders);
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

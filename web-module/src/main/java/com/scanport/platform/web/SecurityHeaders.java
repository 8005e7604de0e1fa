package com.scanport.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Headers on every answer: no content sniffing, and nothing stored by caches unless the answer
 * says otherwise (the OpenAPI UI's files do): answers carry tokens and per-user data.
 * A servlet filter for what the container answers itself (error pages, health), a JAX-RS
 * filter so that a resource's own Cache-Control is kept rather than doubled.
 */
@Provider
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeaders extends HttpFilter implements ContainerResponseFilter {

    private static final long serialVersionUID = 1L;
    static final String NO_STORE = "no-store";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
        if (!response.isCommitted() && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}

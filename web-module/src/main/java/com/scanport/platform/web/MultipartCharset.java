package com.scanport.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Text parts of a multipart form without a charset of their own are UTF-8, as browsers send
 * them ({@code new FormData()}). RESTEasy (WildFly) would read them as US-ASCII, MIME's
 * default, and turn every other character into U+FFFD; Jersey already reads UTF-8.
 */
@Provider
@PreMatching
public class MultipartCharset implements ContainerRequestFilter {

    /** RESTEasy's {@code InputPart.DEFAULT_CHARSET_PROPERTY}, named here: the class is RESTEasy's own. */
    static final String RESTEASY_DEFAULT_CHARSET = "resteasy.provider.multipart.inputpart.defaultCharset";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(RESTEASY_DEFAULT_CHARSET, "UTF-8");
    }
}

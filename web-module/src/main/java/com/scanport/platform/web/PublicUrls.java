package com.scanport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The base of the absolute URLs the server hands out (owner pages in QR codes, result links):
 * {@code scanport.public-url} when set, checked at deployment; else the scheme, host and port
 * the request came to.
 */
@ApplicationScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "scanport.public-url")
    Optional<String> configured;

    private String base;

    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        base = configured.filter(url -> !url.isBlank()).map(PublicUrls::checked).orElse(null);
    }

    /** The base, without a trailing slash: {@code https://desk.example}. */
    public String base(UriInfo request) {
        return base != null ? base : withoutTrailingSlash(request.getBaseUri().toString());
    }

    static String checked(String url) {
        try {
            URI uri = new URI(url.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && url.strip().length() <= 200) {
                return withoutTrailingSlash(uri.toString());
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalStateException("scanport.public-url (SCANPORT_PUBLIC_URL) must be an http or https URL "
                + "of at most 200 characters without query or fragment, such as https://desk.example.com");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The base of the absolute URLs the server hands out (owner pages in QR codes, result links):
 * {@code scanport.public-url} when set, checked at deployment; else the scheme, host and port
 * the request came to.
 */
@ApplicationScoped
public class PublicUrls {

    /** Long enough for any real host; short enough that an owner's URL fits the QR codes printed here. */
    static final int MAX_LENGTH = 200;

    @Inject
    @ConfigProperty(name = "scanport.public-url")
    Optional<String> configured;

    private String base;

    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        base = configured.filter(url -> !url.isBlank()).map(PublicUrls::checked).orElse(null);
    }

    /**
     * The base, without a trailing slash: {@code https://desk.example}. One taken from the
     * request obeys the configured one's rules, or the request is refused (422 naming
     * {@code Host}): it ends up printed in QR codes and stored.
     */
    public String base(UriInfo request) {
        if (base != null) {
            return base;
        }
        String fromRequest = usable(request.getBaseUri().toASCIIString());
        if (fromRequest == null) {
            throw new InvalidInputException("The request's host cannot be printed in links; set SCANPORT_PUBLIC_URL",
                    Map.of("Host", "must make an http or https URL of at most " + MAX_LENGTH + " characters"));
        }
        return fromRequest;
    }

    static String checked(String url) {
        String usable = usable(url);
        if (usable == null) {
            throw new IllegalStateException("scanport.public-url (SCANPORT_PUBLIC_URL) must be an http or https URL "
                    + "of at most " + MAX_LENGTH + " characters without query or fragment, such as https://desk.example.com");
        }
        return usable;
    }

    /**
     * {@code url} without its trailing slash, in ASCII, if it is an http or https URL with a host,
     * a real port and nothing after the path; else null.
     */
    private static String usable(String url) {
        try {
            URI uri = new URI(url.strip());
            String ascii = withoutTrailingSlash(uri.toASCIIString());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getPort() <= 65535
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && ascii.length() <= MAX_LENGTH) {
                return ascii;
            }
        } catch (URISyntaxException e) {
            // not usable
        }
        return null;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

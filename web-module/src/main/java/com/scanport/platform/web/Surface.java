package com.scanport.platform.web;

import com.scanport.platform.Failure;
import java.util.Map;
import java.util.Set;

/**
 * One of the HTTP APIs that share this server. They share no error body: each answers in the
 * shape its clients were written against (see SURFACES.md). A feature declares its surface as
 * a CDI bean in its own web package; {@link Surfaces} finds every declaration, so adding a
 * surface touches no platform file.
 */
public interface Surface {

    /**
     * The paths this surface answers, as prefixes of whole segments below the context root
     * ({@code "auth/qr-code-auth"} claims {@code /auth/qr-code-auth/x}, not {@code /auth/qr-code-authx}).
     * The longest prefix that matches a path decides.
     */
    Set<String> roots();

    /** The JSON error body for {@code status}, with the fields at fault (none for most errors). */
    String errorBody(int status, String message, Map<String, String> fieldErrors);

    /** The status a domain failure answers with on this surface. */
    default int status(Failure failure) {
        return switch (failure) {
            case INVALID_INPUT -> 422;
            case NOT_FOUND -> 404;
            case DUPLICATE -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case RATE_LIMITED -> 429;
            case TOO_LARGE -> 413;
            case TOO_SLOW -> 408;
            case KEY_REUSED -> 422;
            case CONFLICT -> 409;
        };
    }

    /**
     * What an error that carries no message of its own says: the container's and the JAX-RS
     * runtime's answers (bad token, missing role, unknown path, wrong method) alike.
     */
    default String message(int status) {
        return switch (status) {
            case 401 -> unauthenticatedMessage();
            case 403 -> forbiddenMessage();
            default -> HttpStatuses.reasonPhrase(status);
        };
    }

    /** What a caller without a usable token is told. */
    String unauthenticatedMessage();

    /**
     * The status for a valid token without the role a path needs: 403 ("known, but not
     * allowed"), or 401 on a surface whose clients know one kind of token only, to whom any
     * other kind is no credential at all.
     */
    default int missingRoleStatus() {
        return 403;
    }

    /** What a caller with a valid token but without the role is told. */
    default String forbiddenMessage() {
        return "Not enough permissions";
    }

    /** Response headers a browser page on another origin may read (CORS), beyond the platform's own. */
    default Set<String> exposedHeaders() {
        return Set.of();
    }

    /** Request headers a browser page on another origin may send (CORS), beyond the platform's own. */
    default Set<String> requestHeaders() {
        return Set.of();
    }

    /**
     * Paths of this surface (below the context root, as in {@link #roots()}, matched whole)
     * whose request bodies may be larger than the platform's limit, and how large: uploads.
     */
    default Map<String, Long> largeBodies() {
        return Map.of();
    }

    /** Whether this surface also answers every path no surface claims (exactly one does). */
    default boolean fallback() {
        return false;
    }
}

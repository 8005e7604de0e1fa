package com.scanport.platform.web;

import com.scanport.platform.AuthenticationFailedException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.RateLimitedException;
import com.scanport.platform.ScanportException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * Turns every failure inside JAX-RS into the error body and status of the surface the request
 * belongs to. A role check failing for a caller without a token is a 401 on every server
 * (WildFly would say 403); unexpected failures are logged, never shown.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest servletRequest;

    @Inject
    private Surfaces surfaces;

    @Override
    public Response toResponse(Throwable thrown) {
        Response answer = answer(thrown);
        if (servletRequest.getAttribute(RequestLimits.BODY_REFUSED) != null) {
            // The rest of the body is still on its way: the container would wait to drain it.
            return Response.fromResponse(answer).header("Connection", "close").build();
        }
        return answer;
    }

    private Response answer(Throwable thrown) {
        Surface surface = surfaces.of(uriInfo.getPath());
        // The domain failure itself, or inside the runtime's own exception (a parameter converter's
        // failure reaches here wrapped in the runtime's 404 or 400).
        ScanportException failure = cause(thrown, ScanportException.class);
        if (failure != null) {
            Map<String, String> fieldErrors = failure instanceof InvalidInputException invalid
                    ? invalid.fieldErrors() : Map.of();
            Response.ResponseBuilder response = error(surface, surface.status(failure.failure()),
                    failure.getMessage(), fieldErrors);
            if (failure instanceof RateLimitedException limited) {
                response.header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds());
            }
            if (failure instanceof AuthenticationFailedException) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            return response.build();
        }
        boolean missingRole = thrown instanceof ForbiddenException || thrown instanceof EJBAccessException;
        if (thrown instanceof NotAuthorizedException
                || (missingRole && (security.getUserPrincipal() == null || surface.missingRoleStatus() == 401))) {
            return error(surface, 401, surface.message(401), Map.of())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        if (missingRole) {
            return error(surface, 403, surface.message(403), Map.of()).build();
        }
        if (cause(thrown, IllegalCharsetNameException.class) != null
                || cause(thrown, UnsupportedCharsetException.class) != null) {
            // Named where no filter looks: in a multipart part's own Content-Type, for one.
            return error(surface, 415, "Unsupported charset", Map.of()).build();
        }
        if (formFieldsWithoutAForm(thrown)) {
            return error(surface, 415, surface.message(415), Map.of()).build();
        }
        if (thrown instanceof RuntimeException && fromBodyParser(thrown)) {
            return error(surface, 422, ErrorResponses.UNREADABLE_BODY, Map.of("body", "could not be read")).build();
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            Response.ResponseBuilder response = error(surface, original.getStatus(),
                    surface.message(original.getStatus()), Map.of());
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
            return response.build();
        }
        String correlationId = ErrorResponses.logUnexpected(request.getMethod(), uriInfo.getPath(), thrown);
        return error(surface, 500, ErrorResponses.internalErrorMessage(correlationId), Map.of())
                .header(ErrorResponses.CORRELATION_HEADER, correlationId)
                .build();
    }

    /**
     * Whether a failure was thrown by the runtime's multipart parser, which reads a form body
     * before any of our code runs (RESTEasy in a request filter, Jersey in its reader) and
     * fails on a malformed part (no Content-Disposition, an unparsable Content-Type) with a bare
     * runtime exception. That is the client's malformed body, not a server fault.
     */
    private static boolean fromBodyParser(Throwable thrown) {
        return thrownBy(thrown, "org.jboss.resteasy.plugins.providers.multipart.", "org.glassfish.jersey.media.multipart.");
    }

    /**
     * Whether Jersey failed to read form fields from a body that is no form: for a request
     * without a Content-Type, it may pick a route's form method over its JSON twin, and then
     * refuses to read the fields with a bare {@code IllegalStateException}.
     */
    private static boolean formFieldsWithoutAForm(Throwable thrown) {
        return thrown instanceof IllegalStateException
                && thrownBy(thrown, "org.glassfish.jersey.server.internal.inject.FormParamValueParamProvider");
    }

    private static boolean thrownBy(Throwable thrown, String... classPrefixes) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            for (String prefix : classPrefixes) {
                if (frame.getClassName().startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code thrown} or the first of its causes that is a {@code kind}; null when none is. */
    private static <T extends Throwable> T cause(Throwable thrown, Class<T> kind) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
        }
        return null;
    }

    private static Response.ResponseBuilder error(Surface surface, int status, String message,
                                                  Map<String, String> fieldErrors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(surface.errorBody(status, message, fieldErrors));
    }
}

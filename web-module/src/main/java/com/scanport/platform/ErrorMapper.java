package com.scanport.platform;

import jakarta.ejb.EJBAccessException;
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
import java.util.Map;

/**
 * Turns every failure inside JAX-RS into the error body of the surface the request
 * belongs to. A role check failing for a caller without a token is a 401 on every
 * server (WildFly would say 403); unexpected failures are logged, never shown.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Surface surface = Surface.of(uriInfo.getPath());
        if (thrown instanceof ScanportException e) {
            Map<String, String> fieldErrors = e instanceof InvalidInputException invalid
                    ? invalid.fieldErrors() : Map.of();
            Response.ResponseBuilder response = error(surface, ErrorResponses.statusOf(e.failure()),
                    e.getMessage(), fieldErrors);
            if (e instanceof RateLimitedException limited) {
                response.header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds());
            }
            if (e instanceof AuthenticationFailedException) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            return response.build();
        }
        if (thrown instanceof NotAuthorizedException
                || ((thrown instanceof ForbiddenException || thrown instanceof EJBAccessException)
                    && security.getUserPrincipal() == null)) {
            return error(surface, 401, surface.unauthenticatedMessage(), Map.of())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        if (thrown instanceof ForbiddenException || thrown instanceof EJBAccessException) {
            return error(surface, 403, surface.forbiddenMessage(), Map.of()).build();
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            Response.ResponseBuilder response = error(surface, original.getStatus(),
                    Surface.reasonPhrase(original.getStatus()), Map.of());
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

    private static Response.ResponseBuilder error(Surface surface, int status, String message,
                                                  Map<String, String> fieldErrors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(surface.body(status, message, fieldErrors));
    }
}

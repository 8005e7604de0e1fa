package com.scanport.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;

/**
 * The five HTTP APIs share one server but not one error body: each surface answers
 * in the shape its clients were written against (see SURFACES.md).
 */
public enum Surface {

    /** Seeds 002 and 000: the FastAPI shape, with {@code detail} repeating {@code message}. */
    ACCOUNTS {
        @Override
        String body(int status, String message, Map<String, String> fieldErrors) {
            JsonObjectBuilder details = Json.createObjectBuilder();
            if (!fieldErrors.isEmpty()) {
                var errors = Json.createArrayBuilder();
                fieldErrors.forEach((field, error) -> errors.add(
                        Json.createObjectBuilder().add("field", field).add("message", error)));
                details.add("errors", errors);
            }
            return Json.createObjectBuilder()
                    .add("status_code", status)
                    .add("message", message)
                    .add("details", details)
                    .add("detail", message)
                    .build().toString();
        }

        @Override
        String unauthenticatedMessage() {
            return "Not authenticated";
        }

        @Override
        String forbiddenMessage() {
            return "This operation requires admin privileges";
        }
    },

    /** Seed 003: {@code {"message"}}, and the longer form for 400 and 401. */
    DEVICE_LOGIN {
        @Override
        String body(int status, String message, Map<String, String> fieldErrors) {
            JsonObjectBuilder body = Json.createObjectBuilder();
            if (status == 400 || status == 401) {
                body.add("statusCode", status).add("error", reasonPhrase(status));
            }
            return body.add("message", message).build().toString();
        }

        @Override
        String unauthenticatedMessage() {
            return "Unauthenticated User.";
        }
    },

    /** Seed 001: {@code {"detail": "..."}}; field errors as a list of {@code loc/msg/type}. */
    IMAGE_DESK {
        @Override
        String body(int status, String message, Map<String, String> fieldErrors) {
            if (fieldErrors.isEmpty()) {
                return Json.createObjectBuilder().add("detail", message).build().toString();
            }
            var detail = Json.createArrayBuilder();
            fieldErrors.forEach((field, error) -> detail.add(Json.createObjectBuilder()
                    .add("loc", Json.createArrayBuilder().add(field))
                    .add("msg", error)
                    .add("type", "value_error")));
            return Json.createObjectBuilder().add("detail", detail).build().toString();
        }

        @Override
        String unauthenticatedMessage() {
            return "Not authenticated";
        }
    },

    /** Seed 004: {@code {"error": "..."}}. */
    STORE {
        @Override
        String body(int status, String message, Map<String, String> fieldErrors) {
            return Json.createObjectBuilder().add("error", message).build().toString();
        }

        @Override
        String unauthenticatedMessage() {
            return "Invalid session";
        }
    };

    private static final Set<String> IMAGE_DESK_ROOTS = Set.of(
            "token", "qr", "upload", "job", "results", "confirm", "animal_types", "carousel", "owners");
    private static final Set<String> STORE_ROOTS = Set.of(
            "login", "validate-session", "update-password", "get-balance", "buy", "expire-session",
            "update-session", "transactions", "items", "transfer");

    abstract String body(int status, String message, Map<String, String> fieldErrors);

    abstract String unauthenticatedMessage();

    /** What a caller with a valid token but without the role is told. */
    String forbiddenMessage() {
        return "Not enough permissions";
    }

    /** The surface a request belongs to, from its path below the context root. */
    public static Surface of(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.startsWith("auth/qr-code-auth")) {
            return DEVICE_LOGIN;
        }
        int slash = trimmed.indexOf('/');
        String root = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (IMAGE_DESK_ROOTS.contains(root)) {
            return IMAGE_DESK;
        }
        if (STORE_ROOTS.contains(root)) {
            return STORE;
        }
        return ACCOUNTS;
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}

package com.scanport.imaging.web;

import com.scanport.imaging.ImageDeskSettings;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Surface;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Seed 001, the image desk: QR batches, image jobs, results, owner pages and the carousel.
 * FastAPI's shape: {@code {"detail": "..."}}, field errors as a list of {@code loc/msg/type}
 * (a missing field is FastAPI's {@code "Field required"}, type {@code missing}).
 */
@ApplicationScoped
public class ImageDeskSurface implements Surface {

    /** This body's schema in META-INF/openapi.yaml, named by every operation of the surface. */
    public static final String ERROR_SCHEMA = "DeskError";
    private static final long FORM_ROOM = 64 * 1024;

    private Map<String, Long> largeBodies = Map.of();

    @Override
    public Set<String> roots() {
        return Set.of("token", "qr", "upload", "job", "results", "confirm", "animal_types", "carousel", "owners");
    }

    @Override
    public String errorBody(int status, String message, Map<String, String> fieldErrors) {
        if (fieldErrors.isEmpty()) {
            return Json.createObjectBuilder().add("detail", message).build().toString();
        }
        JsonArrayBuilder detail = Json.createArrayBuilder();
        fieldErrors.forEach((field, error) -> {
            boolean missing = Required.MESSAGE.equals(error);
            detail.add(Json.createObjectBuilder()
                    .add("loc", Json.createArrayBuilder().add(field))
                    .add("msg", missing ? "Field required" : error)
                    .add("type", missing ? "missing" : "value_error"));
        });
        return Json.createObjectBuilder().add("detail", detail).build().toString();
    }

    @Override
    public String unauthenticatedMessage() {
        return "Not authenticated";
    }

    /** The desk's clients hold staff tokens only; to them a user's token is no credential (FastAPI's 401). */
    @Override
    public int missingRoleStatus() {
        return 401;
    }

    /** The batch PDF's file name, and the job fields workers read from headers. */
    @Override
    public Set<String> exposedHeaders() {
        return Set.of("Content-Disposition", "img_id", "first_name", "last_name", "animal_name", "animal_type",
                "broken_bone", "lease_id", "lease_expires_at", JobResource.ENCODED);
    }

    /** Photos and results: the upload limit, and room for the form's other fields. */
    @Override
    public Map<String, Long> largeBodies() {
        return largeBodies;
    }

    @PostConstruct
    void readUploadLimit() {
        long files = ConfigProvider.getConfig().getOptionalValue("scanport.imaging.max-upload-bytes", Long.class)
                .orElse(Long.parseLong(ImageDeskSettings.DEFAULT_MAX_UPLOAD_BYTES));
        largeBodies = Map.of("upload", files + FORM_ROOM, "job", files + FORM_ROOM);
    }
}

package com.scanport.platform;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Describes the bodies of form endpoints. Payara's OpenAPI documents a method that takes only
 * {@code @FormParam}s as a request body of any type holding a string, whatever its
 * {@code @RequestBody} annotation says; this puts the form's schema (META-INF/openapi.yaml)
 * in its place, for urlencoded and multipart alike, on every server.
 */
public class OpenApiForms implements OASFilter {

    /** Path of a form endpoint, and the component schema of its form. */
    private static final Map<String, String> FORMS = Map.of("/auth/login", "LoginForm");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        FORMS.forEach((path, schema) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation post = item == null ? null : item.getPOST();
            if (post != null) {
                Content content = OASFactory.createContent();
                for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data"}) {
                    content.addMediaType(type, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(schema)));
                }
                post.setRequestBody(OASFactory.createRequestBody().required(true).content(content));
            }
        });
    }
}

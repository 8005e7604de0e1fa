package com.scanport.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents request bodies from the records that read them, so that a limit is written once,
 * as a constraint ({@link Required}, {@link Length}, {@link Matches}, {@link Between},
 * {@link Amount}, {@link MaxBytes}), and the OpenAPI document shows the same one. An operation
 * names its body record with an extension ({@code @Extension(name = OpenApiBodies.JSON, value =
 * "<record class>")}, or {@link #FORM} for form fields); this filter puts the record's schema
 * (snake_case, as the wire has it) into the components and the operation's request body, for
 * JSON or for both form encodings, and drops the extension. Servers' own scanners know neither
 * JSON-B's naming nor, for form methods, the body at all.
 */
public class OpenApiBodies implements OASFilter {

    /** Extension naming the record an operation reads as its JSON body. */
    public static final String JSON = "x-scanport-json-body";
    /** Extension naming the record an operation reads from form fields (urlencoded or multipart). */
    public static final String FORM = "x-scanport-form-body";
    /** Extension naming the record an operation reads from a multipart form only: one with files ({@code byte[]}). */
    public static final String MULTIPART = "x-scanport-multipart-body";

    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "multipart/form-data");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                cleanBinaryAnswers(operation);
                Map<String, Object> extensions = operation.getExtensions();
                if (extensions == null
                        || !(extensions.containsKey(JSON) || extensions.containsKey(FORM) || extensions.containsKey(MULTIPART))) {
                    continue;
                }
                // The server's own idea of the body is dropped; an operation may take its record
                // as JSON and as form fields, and each adds its media types.
                Content content = OASFactory.createContent();
                if (extensions.containsKey(JSON)) {
                    document(openAPI, content, operation, (String) extensions.get(JSON), List.of("application/json"));
                }
                if (extensions.containsKey(FORM)) {
                    document(openAPI, content, operation, (String) extensions.get(FORM), FORM_TYPES);
                }
                if (extensions.containsKey(MULTIPART)) {
                    document(openAPI, content, operation, (String) extensions.get(MULTIPART), List.of("multipart/form-data"));
                }
                operation.setRequestBody(OASFactory.createRequestBody().required(true).content(content));
                unmark(operation);
                // Servers copy an operation's extensions elsewhere too: Payara onto each response,
                // WildFly onto the responses object.
                if (operation.getResponses() != null) {
                    unmark(operation.getResponses());
                    operation.getResponses().getAPIResponses().values().forEach(OpenApiBodies::unmark);
                }
            }
        }
    }

    /**
     * Sets the schema's type on either version of the model: MicroProfile OpenAPI 3.1 (Payara 6)
     * has one type and a nullable flag, 4.x (WildFly 39, OpenAPI 3.1 documents) a list of types
     * with {@code null} among them for a nullable value. No method is common to both.
     */
    private static Schema typed(Schema schema, Schema.SchemaType type, boolean nullable) {
        try {
            try {
                Method addType = Schema.class.getMethod("addType", Schema.SchemaType.class);
                addType.invoke(schema, type);
                if (nullable) {
                    addType.invoke(schema, Schema.SchemaType.valueOf("NULL"));
                }
            } catch (NoSuchMethodException oneType) {
                Schema.class.getMethod("setType", Schema.SchemaType.class).invoke(schema, type);
                if (nullable) {
                    Schema.class.getMethod("setNullable", Boolean.class).invoke(schema, Boolean.TRUE);
                }
            }
            return schema;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This server's OpenAPI model takes no schema type", e);
        }
    }

    /**
     * Payara 6.2025.10 fills an answer's {@code @Schema(type = STRING, format = "binary")} with
     * the properties of some request record it scanned: a file is a file, and nothing else.
     */
    private static void cleanBinaryAnswers(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        for (var response : operation.getResponses().getAPIResponses().values()) {
            if (response.getContent() == null) {
                continue;
            }
            for (var media : response.getContent().getMediaTypes().values()) {
                if (media.getSchema() != null && "binary".equals(media.getSchema().getFormat())) {
                    media.setSchema(typed(OASFactory.createSchema(), Schema.SchemaType.STRING, false).format("binary"));
                }
            }
        }
    }

    private static void unmark(Extensible<?> element) {
        if (element.getExtensions() != null) {
            element.removeExtension(JSON);
            element.removeExtension(FORM);
            element.removeExtension(MULTIPART);
        }
    }

    private static void document(OpenAPI openAPI, Content content, Operation operation, String recordClass,
                                 List<String> mediaTypes) {
        Class<?> record;
        try {
            record = Class.forName(recordClass, false, OpenApiBodies.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(operation.getOperationId() + " names a body record that does not exist: "
                    + recordClass, e);
        }
        String name = schemaName(record);
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(name, schemaOf(record));
        for (String type : mediaTypes) {
            content.addMediaType(type, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(name)));
        }
    }

    /** The component name: the record's {@code @Schema(name)}, or its simple name. */
    static String schemaName(Class<?> record) {
        var annotation = record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : record.getSimpleName();
    }

    static Schema schemaOf(Class<?> record) {
        Schema schema = typed(OASFactory.createSchema(), Schema.SchemaType.OBJECT, false);
        var described = record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (described != null && !described.description().isEmpty()) {
            schema.description(described.description());
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = RequestBodies.jsonName(component.getName());
            Field field = RequestBodies.field(record, component.getName());
            schema.addProperty(name, property(component.getType(), field));
            if (field.isAnnotationPresent(Required.class)) {
                schema.addRequired(name);
            }
        }
        return schema;
    }

    private static Schema property(Class<?> type, Field field) {
        boolean nullable = !field.isAnnotationPresent(Required.class) && !type.isPrimitive();
        Schema property;
        if (type == String.class) {
            property = typed(OASFactory.createSchema(), Schema.SchemaType.STRING, nullable);
        } else if (type == Integer.class || type == int.class) {
            property = typed(OASFactory.createSchema(), Schema.SchemaType.INTEGER, nullable).format("int32");
        } else if (type == Long.class || type == long.class) {
            property = typed(OASFactory.createSchema(), Schema.SchemaType.INTEGER, nullable).format("int64");
        } else if (type == BigDecimal.class) {
            property = typed(OASFactory.createSchema(), Schema.SchemaType.NUMBER, nullable);
        } else if (type == Boolean.class || type == boolean.class) {
            property = typed(OASFactory.createSchema(), Schema.SchemaType.BOOLEAN, nullable);
        } else if (type == List.class) {
            // The one kind of list request records hold (RequestBodies): ids.
            property = typed(OASFactory.createSchema(), Schema.SchemaType.ARRAY, nullable)
                    .items(typed(OASFactory.createSchema(), Schema.SchemaType.INTEGER, false).format("int64"));
            Items items = field.getAnnotation(Items.class);
            if (items != null) {
                property.minItems(items.min()).maxItems(items.max());
            }
        } else if (type == byte[].class) {
            property = typed(OASFactory.createSchema(), Schema.SchemaType.STRING, false).format("binary");
        } else {
            throw new IllegalStateException("No schema for " + type + " of " + field);
        }
        Length length = field.getAnnotation(Length.class);
        if (length != null) {
            if (length.min() > 0) {
                property.minLength(length.min());
            }
            if (length.max() < Integer.MAX_VALUE) {
                property.maxLength(length.max());
            }
        }
        Matches matches = field.getAnnotation(Matches.class);
        if (matches != null) {
            property.pattern("^" + matches.regexp() + "$");
        }
        Between between = field.getAnnotation(Between.class);
        if (between != null) {
            property.minimum(BigDecimal.valueOf(between.min())).maximum(BigDecimal.valueOf(between.max()));
        }
        Amount amount = field.getAnnotation(Amount.class);
        if (amount != null) {
            property.minimum(new BigDecimal(amount.min())).maximum(new BigDecimal(amount.max())).multipleOf(new BigDecimal("0.01"));
        }
        MaxBytes bytes = field.getAnnotation(MaxBytes.class);
        var described = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        String description = described == null ? "" : described.description();
        if (bytes != null) {
            description = (description + " At most " + bytes.value() + " bytes (UTF-8).").strip();
        }
        if (!description.isEmpty()) {
            property.description(description);
        }
        if (described != null) {
            if (!described.example().isEmpty()) {
                property.example(described.example());
            }
            if (!described.format().isEmpty()) {
                property.format(described.format());
            }
        }
        return property;
    }
}

package com.scanport.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** One HTTP answer as a test sees it. */
public record HttpResult(int status, String body, HttpResponse<String> response) {

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public JsonObject json() {
        return (JsonObject) jsonStructure();
    }

    public JsonStructure jsonStructure() {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    @Override
    public String toString() {
        return status + " " + response.headers().map() + " " + body;
    }
}

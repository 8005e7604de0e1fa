package com.scanport.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** The probe's wire format: small JSON naming the probe, never a serialized Java object. */
final class BrokerProbeMessage {

    private BrokerProbeMessage() {
    }

    static String toJson(long probeId) {
        return Json.createObjectBuilder().add("probe_id", probeId).build().toString();
    }

    static long probeIdOf(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.getJsonNumber("probe_id").longValueExact();
        }
    }
}

package com.scanport.store.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request that names nothing but its session. */
@Schema(name = "StoreSession")
public record SessionRequest(
        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Schema(description = "The session's token, as given to /login", example = "f3b1c9a0-5d2e-4c1b-9a7e-2b6d8e4f1a3c")
        String token) {

    @Override
    public String toString() {
        return "SessionRequest[***]";
    }
}

package com.scanport.store.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code /update-session}: a live session moves to a new token of the client's choosing. */
@Schema(name = "StoreSessionUpdate")
public record SessionRenameRequest(
        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        String oldToken,

        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Matches(regexp = StoreRules.TOKEN, message = StoreRules.TOKEN_RULE)
        String newToken) {

    @Override
    public String toString() {
        return "SessionRenameRequest[***]";
    }
}

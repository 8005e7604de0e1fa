package com.scanport.store.web;

import com.scanport.identity.PasswordHasher;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.MaxBytes;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code /login}: the account's username and password, and the token the client chose for the session. */
@Schema(name = "StoreLogin")
public record StoreLoginRequest(
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Schema(example = "john_doe")
        String username,

        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @MaxBytes(PasswordHasher.MAX_PASSWORD_BYTES)
        @Schema(format = "password", example = "securePassword123")
        String password,

        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Matches(regexp = StoreRules.TOKEN, message = StoreRules.TOKEN_RULE)
        @Schema(description = "A token of the client's choosing; it names the session from now on.",
                example = "f3b1c9a0-5d2e-4c1b-9a7e-2b6d8e4f1a3c")
        String token) {

    @Override
    public String toString() {
        return "StoreLoginRequest[" + username + "]";
    }
}

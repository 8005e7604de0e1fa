package com.scanport.store.web;

import com.scanport.identity.PasswordHasher;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.MaxBytes;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code /update-password}: the account's password, old and new, and the session asking. */
@Schema(name = "StorePasswordChange")
public record StorePasswordRequest(
        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @MaxBytes(PasswordHasher.MAX_PASSWORD_BYTES)
        @Schema(format = "password")
        String oldPassword,

        @Verbatim
        @Required
        @Length(min = PasswordHasher.MIN_PASSWORD_LENGTH, message = "must be at least {min} characters")
        @MaxBytes(PasswordHasher.MAX_PASSWORD_BYTES)
        @Schema(format = "password")
        String newPassword,

        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        String token) {

    @Override
    public String toString() {
        return "StorePasswordRequest[***]";
    }
}

package com.scanport.identity.web;

import com.scanport.identity.PasswordHasher;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.MaxBytes;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changing one's own password: the current one, and the new one. */
@Schema(name = "PasswordChange")
public record PasswordChangeRequest(
        @Verbatim
        @Required
        @Length(min = 1, message = AccountRules.MIN_LENGTH)
        @MaxBytes(PasswordHasher.MAX_PASSWORD_BYTES)
        @Schema(format = "password")
        String oldPassword,

        @Verbatim
        @Required
        @Length(min = AccountRules.MIN_PASSWORD_LENGTH, message = AccountRules.MIN_LENGTH)
        @MaxBytes(PasswordHasher.MAX_PASSWORD_BYTES)
        @Schema(format = "password")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}

package com.scanport.devicelogin.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.NoOtherFields;
import com.scanport.platform.web.NumberAsText;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /auth/qr-code-auth}: a new device asks to sign in as a user. Other fields are refused. */
@NoOtherFields
@Schema(name = "DeviceLoginRequest", description = "Fields other than these are refused (400).")
public record DeviceLoginRequest(
        @Required
        @NumberAsText
        @Matches(regexp = "[0-9]{1,18}", message = "must be a user id (digits)")
        @Schema(description = "The id of the user to sign in as, as a string (a JSON number is accepted too)",
                example = "12")
        String userId,

        @Required
        @Length(min = 1, max = 500)
        @Matches(regexp = "[^\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]*", message = "must not contain control or format characters")
        @Schema(description = "What the device says it is; shown to the user before they approve", example = "Pixel 8, Android 15")
        String deviceInfo,

        @Verbatim
        @Required
        @Matches(regexp = DeviceIds.PATTERN, message = DeviceIds.RULE)
        @Schema(description = "The device's own id: random, and its secret until it has collected its token",
                example = "sdkdjASdjdsfns3kdj")
        String deviceId,

        @Verbatim
        @Matches(regexp = "[A-Za-z0-9_-]{20,100}", message = "is not a QR code's nonce")
        @Schema(description = "The nonce of the QR code on the user's signed-in screen (GET /auth/qr-code-auth/qr); "
                + "required when the server is configured so")
        String qrNonce) {

    @Override
    public String toString() {
        return "DeviceLoginRequest[userId=" + userId + ", deviceInfo=" + deviceInfo + "]";
    }
}

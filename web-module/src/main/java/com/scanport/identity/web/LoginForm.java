package com.scanport.identity.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The login form of seed 002 (OAuth2 password form fields); the username comes trimmed. */
@Schema(name = "LoginForm")
public record LoginForm(
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Schema(example = "john_doe")
        String username,

        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Schema(format = "password", example = "securePassword123")
        String password) {

    public LoginForm {
        username = username == null ? null : username.strip();
    }

    @Override
    public String toString() {
        return "LoginForm[" + username + "]";
    }
}

package com.scanport.imaging.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The desk's login form (seed 001): its shared password. */
@Schema(name = "StaffLoginForm")
public record StaffLoginForm(
        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        @Schema(format = "password", description = "The desk's password")
        String password) {

    @Override
    public String toString() {
        return "StaffLoginForm[***]";
    }
}

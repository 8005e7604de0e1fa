package com.scanport.identity.web;

import com.scanport.identity.ProfileChange;
import com.scanport.platform.web.Between;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to one's own profile: any of these fields; an empty address clears it. */
@Schema(name = "ProfileChange", description = "Any of these; an empty address clears it.")
public record ProfileChangeRequest(
        @Length(min = 3, max = 254)
        @Matches(regexp = AccountRules.EMAIL, message = AccountRules.EMAIL_RULE)
        @Schema(format = "email")
        String email,

        @Length(min = 4, max = 32)
        @Matches(regexp = AccountRules.MOBILE_NUMBER, message = AccountRules.MOBILE_NUMBER_RULE)
        String mobileNumber,

        @Between(min = 0, max = 150)
        Integer age,

        @Length(min = 1, max = 200)
        String fullName,

        @Length(max = 500)
        String address) {

    ProfileChange change() {
        return new ProfileChange(email, mobileNumber, age, fullName, address);
    }
}

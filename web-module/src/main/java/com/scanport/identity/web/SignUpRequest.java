package com.scanport.identity.web;

import com.scanport.identity.NewUser;
import com.scanport.identity.PasswordHasher;
import com.scanport.identity.UserAccount;
import com.scanport.platform.web.Between;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.MaxBytes;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sign-up body of seed 002; {@code is_admin: true} asks for an admin and needs the admin secret. */
@Schema(name = "UserCreate")
public record SignUpRequest(
        @Required
        @Length(min = 3, max = UserAccount.MAX_USERNAME_LENGTH)
        @Matches(regexp = AccountRules.USERNAME, message = AccountRules.USERNAME_RULE)
        @Schema(example = "john_doe")
        String username,

        @Required
        @Length(min = 3, max = 254)
        @Matches(regexp = AccountRules.EMAIL, message = AccountRules.EMAIL_RULE)
        @Schema(format = "email", example = "john@example.com")
        String email,

        @Verbatim
        @Required
        @Length(min = AccountRules.MIN_PASSWORD_LENGTH, message = AccountRules.MIN_LENGTH)
        @MaxBytes(PasswordHasher.MAX_PASSWORD_BYTES)
        @Schema(format = "password", example = "securePassword123")
        String password,

        @Required
        @Length(min = 4, max = 32)
        @Matches(regexp = AccountRules.MOBILE_NUMBER, message = AccountRules.MOBILE_NUMBER_RULE)
        @Schema(example = "+1234567890")
        String mobileNumber,

        @Required
        @Between(min = 0, max = 150)
        @Schema(example = "30")
        Integer age,

        @Required
        @Length(min = 1, max = 200)
        @Schema(example = "John Doe")
        String fullName,

        @Length(max = 500)
        @Schema(example = "123 Main St, City")
        String address,

        @Schema(description = "true needs the admin_secret header.")
        boolean isAdmin) {

    NewUser user() {
        return new NewUser(username, email, password, mobileNumber, age, fullName, address);
    }

    @Override
    public String toString() {
        return "SignUpRequest[" + username + "]";
    }
}

package com.scanport.identity;

import com.scanport.platform.JsonFields;
import java.util.regex.Pattern;

/** The accounts surface's request bodies, validated into the identity feature's records. */
final class UserForms {

    static final int MIN_PASSWORD_LENGTH = 8;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.@+-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE_NUMBER = Pattern.compile("\\+?[0-9][0-9 ()-]{3,30}");

    private UserForms() {
    }

    /** A sign-up body, and whether it asks for an admin. */
    record SignUp(NewUser user, boolean admin) {
    }

    static SignUp signUp(String body) {
        JsonFields fields = JsonFields.parse(body);
        String username = fields.text("username", true, 3, 150, USERNAME,
                "may hold only letters, digits and _ . @ + -");
        String email = email(fields, true);
        String password = fields.secret("password", MIN_PASSWORD_LENGTH, PasswordHasher.MAX_PASSWORD_BYTES);
        String mobileNumber = mobileNumber(fields, true);
        Integer age = fields.integer("age", true, 0, 150);
        String fullName = fields.text("full_name", true, 1, 200, null, null);
        String address = fields.text("address", false, 0, 500, null, null);
        boolean admin = fields.flag("is_admin");
        fields.validate();
        return new SignUp(new NewUser(username, email, password, mobileNumber, age, fullName, address), admin);
    }

    static ProfileChange profileChange(String body) {
        JsonFields fields = JsonFields.parse(body);
        String email = email(fields, false);
        String mobileNumber = mobileNumber(fields, false);
        Integer age = fields.integer("age", false, 0, 150);
        String fullName = fields.text("full_name", false, 1, 200, null, null);
        String address = fields.text("address", false, 0, 500, null, null);
        fields.validate();
        return new ProfileChange(email, mobileNumber, age, fullName, address);
    }

    record PasswordChange(String current, String next) {

        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    static PasswordChange passwordChange(String body) {
        JsonFields fields = JsonFields.parse(body);
        String current = fields.secret("old_password", 1, PasswordHasher.MAX_PASSWORD_BYTES);
        String next = fields.secret("new_password", MIN_PASSWORD_LENGTH, PasswordHasher.MAX_PASSWORD_BYTES);
        fields.validate();
        return new PasswordChange(current, next);
    }

    private static String email(JsonFields fields, boolean required) {
        return fields.text("email", required, 3, 254, EMAIL, "must be an e-mail address");
    }

    private static String mobileNumber(JsonFields fields, boolean required) {
        return fields.text("mobile_number", required, 4, 32, MOBILE_NUMBER, "must be a phone number");
    }
}

package com.scanport.identity;

/** A user as the API shows it: never the password hash. */
public record UserView(long id, String username, String email, String mobileNumber, int age,
                       String fullName, String address, boolean isAdmin) {
}

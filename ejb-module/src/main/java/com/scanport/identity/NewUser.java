package com.scanport.identity;

/** What signing up asks for; already validated by the caller. {@code address} may be null. */
public record NewUser(String username, String email, String password, String mobileNumber, int age,
                      String fullName, String address) {

    @Override
    public String toString() {
        return "NewUser[" + username + "]";
    }
}

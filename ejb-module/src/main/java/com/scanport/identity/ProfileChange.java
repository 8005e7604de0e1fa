package com.scanport.identity;

/** A change to one's own profile; null fields stay as they are, an empty address clears it. */
public record ProfileChange(String email, String mobileNumber, Integer age, String fullName, String address) {
}

package com.scanport.store;

/** Who makes a store request: the session token they name and the address they call from. */
public record StoreCaller(String token, String address) {

    @Override
    public String toString() {
        return "StoreCaller[address=" + address + "]";
    }
}

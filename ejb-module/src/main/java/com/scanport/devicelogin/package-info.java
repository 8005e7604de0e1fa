/**
 * Device login (seed 003): a new device asks to sign in as a user, the user approves or rejects
 * it, and the device collects a user token of its own, once. Held to the OAuth device grant's
 * standard (RFC 8628): sign-ins expire, devices poll no faster than allowed, the token is
 * handed out exactly once and never stored, a QR nonce can prove the device saw the user's
 * screen, and the user can revoke a device's token. Users and tokens come from the identity
 * feature's boundary ({@code Accounts}).
 */
package com.scanport.devicelogin;

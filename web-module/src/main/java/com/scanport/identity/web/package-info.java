/**
 * The accounts surface (seed 002): sign-up, login, one's own profile and password, and
 * the admin's user list; plus the check that a token's user still exists and still has
 * the password the token was issued under.
 */
package com.scanport.identity.web;

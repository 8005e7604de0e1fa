/**
 * Users, passwords, JWT keys and roles: the one identity every surface shares.
 */
package com.scanport.identity;

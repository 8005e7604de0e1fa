/**
 * The device login HTTP surface (seed 003): the device's request and polls, the user's
 * decision, pending devices, the QR code for a new device to scan, the user's signed-in
 * devices; and the check that a device's token is still signed in, on every surface.
 */
package com.scanport.devicelogin.web;

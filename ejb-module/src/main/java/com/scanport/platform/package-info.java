/**
 * Cross-cutting parts every feature stands on: the domain exception hierarchy,
 * schema migration, broker probes (the JMS round trip that readiness relies on)
 * and background housekeeping.
 */
package com.scanport.platform;

/**
 * The HTTP side of the platform: the JAX-RS application, JSON conventions, the
 * per-surface error bodies, CORS, readiness checks, OpenAPI UI and the admin's
 * broker probe endpoint.
 */
package com.scanport.platform;

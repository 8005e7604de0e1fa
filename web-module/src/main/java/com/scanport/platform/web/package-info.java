/**
 * The HTTP side of the platform, which knows no feature: the JAX-RS application, JSON
 * conventions, request bodies as validated records, query numbers, the surfaces registry and
 * the error mapper and error page that answer in each surface's shape, CORS, the OpenAPI
 * UI and body schemas, the version endpoint and the admin's broker probe endpoint.
 */
package com.scanport.platform.web;

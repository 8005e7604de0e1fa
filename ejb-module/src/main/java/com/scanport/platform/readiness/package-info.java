/**
 * The readiness checks as MicroProfile Health sees them. Shipped as a jar of their own
 * ({@code scanport-ejb-readiness.jar}, in the EAR's lib/): WildFly discovers health
 * checks only in an EAR's library jars, never in its EJB or web modules, and a library
 * cannot see the EJB jar's classes. So the checks themselves live with the modules that can
 * run them, which register them here: the EJBs ({@link com.scanport.platform.PlatformReadiness})
 * the database and the broker, the web module the HTTP routes. A check nobody registered yet
 * is DOWN, so readiness stays DOWN until every module has started.
 */
package com.scanport.platform.readiness;

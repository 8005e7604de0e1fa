/**
 * The readiness checks as MicroProfile Health sees them. Shipped as a jar of their own
 * ({@code scanport-ejb-readiness.jar}, in the EAR's lib/): WildFly discovers health
 * checks only in an EAR's library jars, never in its EJB or web modules, and a library
 * cannot see the EJB jar's classes. So the checks themselves live with the EJBs
 * ({@link com.scanport.platform.PlatformReadiness}), which register them here.
 */
package com.scanport.platform.readiness;

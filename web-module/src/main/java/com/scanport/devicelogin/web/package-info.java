/** The device login HTTP surface (seed 003). So far it declares its error shape and paths. */
package com.scanport.devicelogin.web;

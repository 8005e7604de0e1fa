/** The store's HTTP surface (seed 004). So far it declares its error shape and paths. */
package com.scanport.store.web;

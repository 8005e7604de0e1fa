/**
 * The store's HTTP surface (seed 004): its ten POST routes, each taking JSON or form fields,
 * with {@code {"error"}} bodies; and the admin side of the catalogue and the ledger audit,
 * which answer in the accounts surface's shape.
 */
package com.scanport.store.web;

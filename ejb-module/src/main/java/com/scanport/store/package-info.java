/**
 * The store (seed 004) and the catalogue it shares with the carts: products, a double-entry
 * ledger of every user's money, the store's client-chosen session tokens, and product
 * suggestions made from what users bought.
 *
 * <p>Lock order, so that no two use cases wait on each other in a cycle: the caller's store
 * session first (a request writes its last use, at most once a minute, in its transaction),
 * then product rows (ascending id), then ledger accounts (ascending id; the issuer and revenue
 * accounts have the lowest ids), then the buyer's rows of what they bought. Every balance
 * change is a conditional update, and the schema's checks refuse a negative user balance or
 * stock as a last line.
 */
package com.scanport.store;

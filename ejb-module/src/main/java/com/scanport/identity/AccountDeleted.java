package com.scanport.identity;

/**
 * A user was deleted, in the transaction still open: fired synchronously, so that the features
 * that hold something for the user (a cart in use) let go of it in the same transaction.
 */
public record AccountDeleted(long userId) {
}

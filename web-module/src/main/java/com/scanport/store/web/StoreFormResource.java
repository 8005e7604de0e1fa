package com.scanport.store.web;

import com.scanport.platform.web.RequestBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The store's routes for form fields (urlencoded or multipart): each reads the record its JSON
 * twin in {@link StoreResource} takes, and hands it there. Left out of the OpenAPI scan
 * ({@code mp.openapi.scan.exclude.classes}): the JSON twins document both encodings, and
 * Payara's scanner fails on a hidden operation that has parameters.
 */
@Path("")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
public class StoreFormResource {

    @Inject
    private StoreResource store;

    @Inject
    private Validator validator;

    @POST
    @Path("login")
    public StoreAnswers.Success loginForm(@FormParam("username") String username, @FormParam("password") String password,
                                         @FormParam("token") String token) {
        return store.startSession(form(StoreLoginRequest.class, "username", username, "password", password, "token", token));
    }

    @POST
    @Path("validate-session")
    public StoreAnswers.Success validateSessionForm(@FormParam("token") String token) {
        return store.validateSession(form(SessionRequest.class, "token", token));
    }

    @POST
    @Path("update-password")
    public StoreAnswers.Success updatePasswordForm(@FormParam("old_password") String oldPassword,
                                                  @FormParam("new_password") String newPassword,
                                                  @FormParam("token") String token) {
        return store.updatePassword(form(StorePasswordRequest.class, "old_password", oldPassword, "new_password", newPassword,
                "token", token));
    }

    @POST
    @Path("get-balance")
    public StoreAnswers.Balance balanceForm(@FormParam("token") String token) {
        return store.balance(form(SessionRequest.class, "token", token));
    }

    @POST
    @Path("buy")
    public StoreAnswers.Transaction buyForm(@FormParam("token") String token, @FormParam("item_id") String itemId,
                                            @HeaderParam("Idempotency-Key") String retryKey) {
        return store.buy(form(BuyRequest.class, "token", token, "item_id", itemId), retryKey);
    }

    @POST
    @Path("expire-session")
    public StoreAnswers.Success expireSessionForm(@FormParam("token") String token) {
        return store.expireSession(form(SessionRequest.class, "token", token));
    }

    @POST
    @Path("update-session")
    public StoreAnswers.Success updateSessionForm(@FormParam("old_token") String oldToken,
                                                 @FormParam("new_token") String newToken) {
        return store.updateSession(form(SessionRenameRequest.class, "old_token", oldToken, "new_token", newToken));
    }

    @POST
    @Path("transactions")
    public StoreAnswers.Transactions transactionsForm(@FormParam("token") String token) {
        return store.transactions(form(SessionRequest.class, "token", token));
    }

    @POST
    @Path("items")
    public StoreAnswers.Items itemsForm(@FormParam("token") String token) {
        return store.items(form(SessionRequest.class, "token", token));
    }

    @POST
    @Path("transfer")
    public StoreAnswers.Transaction transferForm(@FormParam("token") String token, @FormParam("recipient") String recipient,
                                                 @FormParam("amount") String amount,
                                                 @HeaderParam("Idempotency-Key") String retryKey) {
        return store.transfer(form(TransferRequest.class, "token", token, "recipient", recipient, "amount", amount), retryKey);
    }

    /** The record that form fields, given as name, value, name, value..., describe. */
    private <R extends Record> R form(Class<R> type, String... namesAndValues) {
        return RequestBodies.fromForm(type, RequestBodies.fields(namesAndValues), validator);
    }
}

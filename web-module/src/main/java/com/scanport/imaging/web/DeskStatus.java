package com.scanport.imaging.web;

/** Seed 001's {@code {"status": "success"}}. */
public record DeskStatus(String status) {

    static final DeskStatus SUCCESS = new DeskStatus("success");
}

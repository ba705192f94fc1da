package org.evidencedesk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API, version 1: every resource class under {@code org.evidencedesk.api} is found by scanning. */
@ApplicationPath(ApiApplication.PATH)
public class ApiApplication extends Application {

    /** Below the context path; a change that breaks clients gets a new version beside this one. */
    public static final String PATH = "api/v1";
}

/**
 * The bundle pages: choosing and downloading a case's evidence bundle, and the public verification page that
 * runs the one bundle verifier over an uploaded bundle or file.
 */
package org.evidencedesk.bundle.web;

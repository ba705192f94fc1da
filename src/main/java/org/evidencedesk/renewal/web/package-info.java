/** The administrator's view of archive time-stamp renewal: the earliest due time and how many are due within the margin. */
package org.evidencedesk.renewal.web;

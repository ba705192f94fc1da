/**
 * Evidence: evidence items and their exhibit numbers, the blob store (port and file-system adapter), streaming
 * intake, and the access policy that decides who may see an item.
 */
package org.evidencedesk.evidence;

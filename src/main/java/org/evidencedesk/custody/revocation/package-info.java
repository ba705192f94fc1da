/**
 * Revoking one of the installation's certificates: the administrator's use case, which records the revocation that
 * the authorities' CRLs and OCSP answers read and writes it into the custody log of every case it touches.
 */
package org.evidencedesk.custody.revocation;

-- Uploads not yet named by evidence: when each blob was last received. Its row is also the lock that the
-- clean-up of unregistered blobs and the registration of evidence both take, so that the one never removes a
-- blob the other is registering.
create table blob_upload (
    sha256       varchar(64)              not null primary key,
    received_at  timestamp with time zone not null
);
create index ix_blob_upload_received on blob_upload (received_at);
create index ix_ruling_pdf_sha256 on ruling (pdf_sha256);

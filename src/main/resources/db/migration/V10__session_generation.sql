-- Each account's session generation: every change of its rights (disabled, roles, court) or of its password
-- moves it on; a session remembers the generation it logged in with and ends once the two differ, on
-- whichever node it next arrives at.
alter table app_user add column session_generation bigint default 0 not null;

-- Puljestyr's roles on the team database (PostgreSQL). Run with psql as the owner of Puljestyr's
-- tables (the role that ran `puljestyr migrate`), after the first and after every later `migrate`
-- (a new version may add tables): it is safe to run again.
-- People are login roles in one of the four groups. Which projects a project leader or an approver
-- may change is the table project_access (one row per person and project; project_id null: every
-- project). What each group may change at all is decided here, by GRANTs.

do $$
begin
  if not exists (select from pg_roles where rolname = 'puljestyr_projektleder') then create role puljestyr_projektleder nologin; end if;
  if not exists (select from pg_roles where rolname = 'puljestyr_godkender') then create role puljestyr_godkender nologin; end if;
  if not exists (select from pg_roles where rolname = 'puljestyr_controller') then create role puljestyr_controller nologin; end if;
  if not exists (select from pg_roles where rolname = 'puljestyr_revisor') then create role puljestyr_revisor nologin; end if;
end $$;

-- Every group reads every table; the controller and the revisor do nothing else.
grant usage on schema public to puljestyr_projektleder, puljestyr_godkender, puljestyr_controller, puljestyr_revisor;
grant select on all tables in schema public to puljestyr_projektleder, puljestyr_godkender, puljestyr_controller, puljestyr_revisor;

-- Project leaders change their projects' rows (row-level security checks project_access) and add
-- to the audit trail, but never change or delete an entry of it, nor who may do what.
grant insert, update, delete on all tables in schema public to puljestyr_projektleder;
revoke insert, update, delete on audit_log, project_access, kysely_migration, kysely_migration_lock from puljestyr_projektleder;
grant insert on audit_log to puljestyr_projektleder;

-- Approvers approve and unlock hours (months and weeks), which posts or reverses the salaries.
grant insert, update on time_month, time_week to puljestyr_godkender;
grant insert on posting, time_week_posting, audit_log to puljestyr_godkender;

grant usage on all sequences in schema public to puljestyr_projektleder, puljestyr_godkender;

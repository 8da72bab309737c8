-- Wakes the outbox relay (LISTEN solimob_outbox) at the commit of any transaction that queued work,
-- from the database itself: one NOTIFY per statement instead of one extra round trip per queued job.
-- Postgres delivers it at commit, drops it on rollback, and folds identical notifications of a
-- transaction into one.
CREATE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('solimob_outbox', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_notify"();

-- The audit log is append-only, and on PostgreSQL the database itself says so (issue 17): an UPDATE, DELETE or
-- TRUNCATE of an audit row is refused whoever asks, the application's own account included. Only on
-- PostgreSQL (db/vendor/postgresql); on the embedded H2 the code alone keeps the log append-only.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % of % refused', tg_op, tg_table_name;
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_refuse_change();
create trigger audit_list_append_only before update or delete on audit_list
    for each row execute function audit_refuse_change();
create trigger audit_list_no_truncate before truncate on audit_list
    for each statement execute function audit_refuse_change();
create trigger audit_list_child_append_only before update or delete on audit_list_child
    for each row execute function audit_refuse_change();
create trigger audit_list_child_no_truncate before truncate on audit_list_child
    for each statement execute function audit_refuse_change();

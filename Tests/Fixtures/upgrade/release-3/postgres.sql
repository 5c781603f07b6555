--
-- PostgreSQL database dump
--

\restrict UGj8y5j4t7k12oIc2VgOP6jaGhL22IScflMUS33wrYTo1JP1DR8PforhkFjnASh

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: guard_audit_log_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.guard_audit_log_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.recorded_at < COALESCE((SELECT MAX(purged_before) FROM audit_purges), 0) THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'the access log is append-only: only lines older than the retention period are purged';
END;
$$;


--
-- Name: refuse_audit_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_audit_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'the access log is append-only'; END;
$$;


--
-- Name: refuse_balance_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_balance_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.balance_satang IS DISTINCT FROM (SELECT COALESCE(SUM(balance_effect_satang), 0) FROM ledger_entries WHERE deposit_id = NEW.id) THEN
        RAISE EXCEPTION 'deposits.balance_satang follows the ledger: record a ledger entry (a correction) instead';
    END IF;
    RETURN NEW;
END;
$$;


--
-- Name: refuse_feedback_log_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_feedback_log_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'the feedback log is append-only: add a new entry instead'; END;
$$;


--
-- Name: refuse_history_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_history_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'history rows are append-only: record a new change instead'; END;
$$;


--
-- Name: refuse_ledger_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_ledger_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'ledger entries are append-only: add a correction instead'; END;
$$;


--
-- Name: refuse_sign_in_event_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_sign_in_event_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'sign-in events are append-only'; END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: _fluent_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_sessions (
    id uuid NOT NULL,
    key text NOT NULL,
    data jsonb NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id uuid NOT NULL,
    recorded_at bigint NOT NULL,
    actor text NOT NULL,
    actor_role text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    details text NOT NULL
);


--
-- Name: audit_purges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_purges (
    id uuid NOT NULL,
    purged_before bigint NOT NULL,
    recorded_at bigint NOT NULL
);


--
-- Name: campaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaigns (
    id uuid NOT NULL,
    key text NOT NULL,
    as_of text NOT NULL,
    claim_by text NOT NULL,
    expired_from text,
    expired_to text,
    channels text NOT NULL,
    status text NOT NULL,
    selected_members bigint NOT NULL,
    selected_satang bigint NOT NULL,
    notified_members bigint NOT NULL,
    notified_satang bigint NOT NULL,
    notices bigint NOT NULL,
    extended_deposits bigint NOT NULL,
    summary text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp with time zone,
    queued_at timestamp with time zone
);


--
-- Name: claim_deadline_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_deadline_changes (
    id uuid NOT NULL,
    deposit_id uuid NOT NULL,
    member_id uuid NOT NULL,
    from_day text NOT NULL,
    to_day text NOT NULL,
    reason text NOT NULL,
    campaign_id uuid,
    changed_by text NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: committee_meeting_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.committee_meeting_days (
    id uuid NOT NULL,
    day text NOT NULL,
    note text NOT NULL,
    recorded_by text NOT NULL,
    created_at timestamp with time zone
);


--
-- Name: complaint_report_submissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.complaint_report_submissions (
    id uuid NOT NULL,
    month text NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    sent_by_id text NOT NULL,
    sent_by_name text NOT NULL
);


--
-- Name: contact_preference_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contact_preference_changes (
    id uuid NOT NULL,
    member_id uuid NOT NULL,
    kind text NOT NULL,
    channel text NOT NULL,
    via text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    note text NOT NULL
);


--
-- Name: deposits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deposits (
    id uuid NOT NULL,
    member_id uuid NOT NULL,
    receipt_number text NOT NULL,
    fiscal_year bigint,
    receipt_sequence bigint,
    amount_satang bigint NOT NULL,
    balance_satang bigint NOT NULL,
    received_on text NOT NULL,
    last_claim_day text NOT NULL,
    source text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    CONSTRAINT deposits_amount_satang_check CHECK ((amount_satang > 0)),
    CONSTRAINT deposits_balance_satang_check CHECK ((balance_satang >= 0))
);


--
-- Name: feedback_attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_attachments (
    id uuid NOT NULL,
    item_id uuid NOT NULL,
    stored_name text NOT NULL,
    file_kind text NOT NULL,
    original_name text NOT NULL,
    byte_count bigint NOT NULL,
    created_at timestamp with time zone
);


--
-- Name: feedback_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_items (
    id uuid NOT NULL,
    reference text NOT NULL,
    reference_year bigint NOT NULL,
    reference_sequence bigint NOT NULL,
    kind text NOT NULL,
    channel text NOT NULL,
    service text NOT NULL,
    segment text,
    language text NOT NULL,
    summary text NOT NULL,
    details text NOT NULL,
    contact_name text NOT NULL,
    contact_email text NOT NULL,
    contact_phone text NOT NULL,
    contact_channel text NOT NULL,
    consent_to_contact boolean NOT NULL,
    anonymous boolean NOT NULL,
    track bigint,
    status text NOT NULL,
    escalation bigint NOT NULL,
    assignee_kind text NOT NULL,
    assignee_id text NOT NULL,
    assignee_name text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    received_day text NOT NULL,
    due_day text NOT NULL,
    action text,
    outcome text,
    decision text,
    decision_at timestamp with time zone,
    lesson text,
    outcome_published boolean NOT NULL,
    published_at timestamp with time zone,
    share_with_staff boolean NOT NULL,
    resolved_at timestamp with time zone,
    closed_at timestamp with time zone,
    revision bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: feedback_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_log (
    id uuid NOT NULL,
    item_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_kind text NOT NULL,
    actor_id text NOT NULL,
    actor_name text NOT NULL,
    actor_role text,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    is_public boolean NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: feedback_sequences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_sequences (
    buddhist_year bigint NOT NULL,
    last_number bigint NOT NULL
);


--
-- Name: feedback_submissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_submissions (
    client_key text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: feedback_surveys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_surveys (
    id uuid NOT NULL,
    item_id uuid NOT NULL,
    token_hash text NOT NULL,
    send_day text NOT NULL,
    answered_at timestamp with time zone,
    score bigint,
    comment text,
    created_at timestamp with time zone
);


--
-- Name: forfeiture_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.forfeiture_batches (
    id uuid NOT NULL,
    as_of text NOT NULL,
    status text NOT NULL,
    proposed_by text NOT NULL,
    approved_by text,
    approved_at timestamp with time zone,
    total_satang bigint NOT NULL,
    deposit_count bigint NOT NULL,
    created_at timestamp with time zone
);


--
-- Name: forfeiture_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.forfeiture_items (
    id uuid NOT NULL,
    batch_id uuid NOT NULL,
    deposit_id uuid NOT NULL,
    amount_satang bigint NOT NULL
);


--
-- Name: holidays; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.holidays (
    id uuid NOT NULL,
    day text NOT NULL,
    name_th text NOT NULL,
    name_en text NOT NULL,
    kind text NOT NULL,
    recorded_by text NOT NULL,
    created_at timestamp with time zone
);


--
-- Name: integrity_check_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.integrity_check_runs (
    id uuid NOT NULL,
    checked_at timestamp with time zone NOT NULL,
    problem_count bigint NOT NULL,
    problems text NOT NULL
);


--
-- Name: ledger_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger_entries (
    id uuid NOT NULL,
    deposit_id uuid NOT NULL,
    member_id uuid NOT NULL,
    kind text NOT NULL,
    amount_satang bigint NOT NULL,
    balance_effect_satang bigint NOT NULL,
    corrects_id uuid,
    reason text NOT NULL,
    recorded_by_id text NOT NULL,
    recorded_by_name text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    counter text NOT NULL,
    payment_method text,
    idempotency_key text,
    documents text NOT NULL,
    proxy_name text NOT NULL,
    proxy_id_number text NOT NULL,
    proxy_letter_date text,
    override_reason text NOT NULL,
    forfeiture_batch_id uuid
);


--
-- Name: member_documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_documents (
    id uuid NOT NULL,
    member_id uuid NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    dated_on text NOT NULL,
    recorded_by text NOT NULL,
    stored_file text,
    created_at timestamp with time zone
);


--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    id uuid NOT NULL,
    card_number text NOT NULL,
    first_name_th text NOT NULL,
    last_name_th text NOT NULL,
    first_name_en text NOT NULL,
    last_name_en text NOT NULL,
    segment text NOT NULL,
    membership_type text NOT NULL,
    enrolled_on text NOT NULL,
    expires_on text NOT NULL,
    status text NOT NULL,
    email text NOT NULL,
    mobile text NOT NULL,
    line_user_id text NOT NULL,
    address_line1 text NOT NULL,
    address_line2 text NOT NULL,
    address_line3 text NOT NULL,
    postcode text NOT NULL,
    preferred_language text NOT NULL,
    consent_postcard boolean NOT NULL,
    consent_email boolean NOT NULL,
    consent_sms boolean NOT NULL,
    consent_line boolean NOT NULL,
    notes text NOT NULL,
    reminders_opt_out boolean DEFAULT false NOT NULL,
    search_text text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    opt_out_postcard boolean DEFAULT false NOT NULL,
    opt_out_email boolean DEFAULT false NOT NULL,
    opt_out_sms boolean DEFAULT false NOT NULL,
    opt_out_line boolean DEFAULT false NOT NULL,
    address_undeliverable_on text
);


--
-- Name: message_templates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.message_templates (
    id uuid NOT NULL,
    kind text NOT NULL,
    channel text NOT NULL,
    language text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: outbox_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_attempts (
    id uuid NOT NULL,
    message_id uuid NOT NULL,
    attempted_at timestamp with time zone NOT NULL,
    channel text NOT NULL,
    address text NOT NULL,
    result text NOT NULL,
    detail text NOT NULL
);


--
-- Name: outbox_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_messages (
    id uuid NOT NULL,
    dedupe_key text NOT NULL,
    purpose text NOT NULL,
    member_id uuid,
    recipient_name text NOT NULL,
    channel text NOT NULL,
    address text NOT NULL,
    fallback_channels text NOT NULL,
    language text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    html_body text NOT NULL,
    status text NOT NULL,
    attempts bigint NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    last_error text NOT NULL,
    provider_message_id text NOT NULL,
    sent_at timestamp with time zone,
    claimed_at timestamp with time zone,
    postcard_batch_id uuid,
    reminder_kind text,
    created_at timestamp with time zone
);


--
-- Name: postcard_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.postcard_batches (
    id uuid NOT NULL,
    created_by text NOT NULL,
    card_count bigint NOT NULL,
    printed_at timestamp with time zone,
    printed_by text,
    created_at timestamp with time zone
);


--
-- Name: rate_limit_hits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rate_limit_hits (
    bucket_key text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: rate_limit_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rate_limit_keys (
    bucket_key text NOT NULL,
    touched_at timestamp with time zone NOT NULL
);


--
-- Name: receipt_sequences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipt_sequences (
    fiscal_year bigint NOT NULL,
    last_number bigint NOT NULL
);


--
-- Name: refund_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refund_requests (
    id uuid NOT NULL,
    deposit_id uuid NOT NULL,
    member_id uuid NOT NULL,
    status text NOT NULL,
    requested_via text NOT NULL,
    note text NOT NULL,
    recorded_by text NOT NULL,
    created_at timestamp with time zone,
    closed_at timestamp with time zone
);


--
-- Name: sign_in_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_events (
    id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    outcome text NOT NULL,
    username text NOT NULL,
    staff_id uuid,
    client_address text NOT NULL,
    actor_id uuid
);


--
-- Name: staff_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff_sessions (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    staff_id uuid NOT NULL,
    csrf_token text NOT NULL,
    notice text,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL
);


--
-- Name: staff_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff_users (
    id uuid NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    password_hash text NOT NULL,
    active boolean NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    locked_at timestamp with time zone,
    must_change_password boolean DEFAULT false NOT NULL
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_migrations (id, name, batch, created_at, updated_at) FROM stdin;
6f070de8-e504-4bd1-8668-8d196a6e4b52	Fluent.SessionRecord.Create	1	2026-12-02 18:42:09.906406+00	2026-12-02 18:42:09.906406+00
598096a2-45de-48e1-9e95-56f5054f1d7f	PatronCare.CreateStaffUser	1	2026-12-02 18:42:09.936248+00	2026-12-02 18:42:09.936248+00
a81aafa9-7cac-4483-973a-1074b89c10f8	PatronCare.CreateMember	1	2026-12-02 18:42:09.98045+00	2026-12-02 18:42:09.98045+00
bace741a-1c9d-47a4-98ba-46fc50d72a5e	PatronCare.CreateMemberDocument	1	2026-12-02 18:42:10.031794+00	2026-12-02 18:42:10.031794+00
d0d9f220-4886-4fe6-b5f8-0792b527e6ab	PatronCare.CreateDeposits	1	2026-12-02 18:42:10.218342+00	2026-12-02 18:42:10.218342+00
ee577296-116c-484e-a339-318b0702bc76	PatronCare.CreateOutboxMessage	1	2026-12-02 18:42:10.291309+00	2026-12-02 18:42:10.291309+00
b114038b-8570-4b9e-b6f2-b03f5e10a595	PatronCare.CreateMessageTemplate	1	2026-12-02 18:42:10.324213+00	2026-12-02 18:42:10.324213+00
a63c5984-4afe-4beb-91d5-90f077594f86	PatronCare.CreateOutboxAttempt	1	2026-12-02 18:42:10.34718+00	2026-12-02 18:42:10.34718+00
cf3d9f51-639f-4815-a5ef-2f97e4851c91	PatronCare.CreatePostcardBatch	1	2026-12-02 18:42:10.356399+00	2026-12-02 18:42:10.356399+00
0c6bccad-ab56-46ad-8325-67f8bfac9e60	PatronCare.CreateFeedback	1	2026-12-02 18:42:10.571984+00	2026-12-02 18:42:10.571984+00
ae1f0d50-81de-44cb-92bd-42fd61206b4e	PatronCare.CreateDepositBalanceGuard	1	2026-12-02 18:42:10.591392+00	2026-12-02 18:42:10.591392+00
a4d9ecaf-77b4-4672-a97a-597593491a76	PatronCare.CreateIntegrityCheckRun	1	2026-12-02 18:42:10.616306+00	2026-12-02 18:42:10.616306+00
665a1f22-5961-4480-92f5-9bad692cbd74	PatronCare.CreateStaffSession	1	2026-12-02 18:42:10.66014+00	2026-12-02 18:42:10.66014+00
44be581d-48f4-47cb-9007-f2b57e3f306d	PatronCare.UpdateStaffUserAddSignInControls	1	2026-12-02 18:42:10.672115+00	2026-12-02 18:42:10.672115+00
be155748-a3c3-43dd-9d31-84663f32f7b2	PatronCare.CreateSignInEvent	1	2026-12-02 18:42:10.72407+00	2026-12-02 18:42:10.72407+00
b347a044-d9fc-4272-816c-8ca188c87f6e	PatronCare.CreateRateLimits	1	2026-12-02 18:42:10.780286+00	2026-12-02 18:42:10.780286+00
1ed1099d-9cfd-4851-a3f9-476bc72f8d8a	PatronCare.CreateAuditLog	1	2026-12-02 18:42:10.859942+00	2026-12-02 18:42:10.859942+00
6462d653-5607-45df-91a0-a968c81dcdb9	PatronCare.UpdateLedgerEntrySealProxyIDNumber	1	2026-12-02 18:42:10.869338+00	2026-12-02 18:42:10.869338+00
1b547256-ab82-4f02-862a-5cc43dbdbab9	PatronCare.UpdateMemberAddContactPreferences	1	2026-12-02 18:42:10.903728+00	2026-12-02 18:42:10.903728+00
a63f2a5a-3e8c-44b8-b4eb-547f3a663869	PatronCare.CreateContactPreferenceChange	1	2026-12-02 18:42:10.938753+00	2026-12-02 18:42:10.938753+00
138ebc6e-ef2d-46d1-aaf5-1620f411380b	PatronCare.CreateCampaign	1	2026-12-02 18:42:11.039691+00	2026-12-02 18:42:11.039691+00
9f7c90c3-5d2d-4632-8547-c09bd2bd787e	PatronCare.CreateHoliday	1	2026-12-02 18:42:11.087305+00	2026-12-02 18:42:11.087305+00
\.


--
-- Data for Name: _fluent_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_sessions (id, key, data) FROM stdin;
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (id, recorded_at, actor, actor_role, action, subject, details) FROM stdin;
a99ff487-32ec-46f5-b43c-70bc64590c72	1796236939	cli:import koha-patrons	operator	member.import	Tests/Fixtures/koha-patrons-th.csv	rows=30 new=30 updated=0 invalid=0
\.


--
-- Data for Name: audit_purges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_purges (id, purged_before, recorded_at) FROM stdin;
\.


--
-- Data for Name: campaigns; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.campaigns (id, key, as_of, claim_by, expired_from, expired_to, channels, status, selected_members, selected_satang, notified_members, notified_satang, notices, extended_deposits, summary, created_by, created_at, queued_at) FROM stdin;
\.


--
-- Data for Name: claim_deadline_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.claim_deadline_changes (id, deposit_id, member_id, from_day, to_day, reason, campaign_id, changed_by, changed_at) FROM stdin;
\.


--
-- Data for Name: committee_meeting_days; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.committee_meeting_days (id, day, note, recorded_by, created_at) FROM stdin;
\.


--
-- Data for Name: complaint_report_submissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.complaint_report_submissions (id, month, sent_at, sent_by_id, sent_by_name) FROM stdin;
\.


--
-- Data for Name: contact_preference_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contact_preference_changes (id, member_id, kind, channel, via, recorded_by, recorded_at, note) FROM stdin;
\.


--
-- Data for Name: deposits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deposits (id, member_id, receipt_number, fiscal_year, receipt_sequence, amount_satang, balance_satang, received_on, last_claim_day, source, created_at, updated_at) FROM stdin;
8c7fe231-2a58-4fc0-8404-e9f1da359910	05b6dda9-a722-424a-bfc2-609f41ff593d	H-DEMO-RENEW7	\N	\N	100000	100000	2025-12-10	2027-12-10	import	2026-12-02 18:42:17.693415+00	2026-12-02 18:42:17.693415+00
ba7eaab5-dd4c-4d6a-98b7-fd6dd9932ccd	68aaefe7-f08a-490a-a355-3452e61f5838	H-DEMO-REFUND	\N	\N	100000	100000	2025-12-02	2027-12-02	import	2026-12-02 18:42:17.711013+00	2026-12-02 18:42:17.711013+00
aaf67912-c736-4b41-94e3-3930bdcedc8d	198c0b0c-68a3-463a-beec-dedee39b7ab7	H-DEMO-OLD1	\N	\N	100000	100000	2024-06-11	2026-06-11	import	2026-12-02 18:42:17.73739+00	2026-12-02 18:42:17.73739+00
dc77aa85-f230-479e-947d-7243ed3f25a9	898112ed-2723-4929-a440-82fdfb0e1c9a	H-DEMO-OLD2	\N	\N	100000	100000	2024-05-02	2026-05-02	import	2026-12-02 18:42:17.786452+00	2026-12-02 18:42:17.786452+00
9cc4e510-2d0d-41a4-b4ec-84bf38805aff	b6ef64be-ed82-4ccb-bda5-a1383864b1c6	H-U500033	\N	\N	100000	100000	2025-01-23	2027-01-23	import	2026-12-02 18:42:17.843802+00	2026-12-02 18:42:17.843802+00
73ae2f55-9c47-4bfa-a11e-cb4eb803fc1d	39654ad0-497b-4c31-b44b-086bc12010e5	H-U500035	\N	\N	100000	0	2025-02-18	2027-02-18	import	2026-12-02 18:42:17.850353+00	2026-12-02 18:42:17.850353+00
ea35fc51-1dd8-43e0-ada9-a0123452e453	69e40227-1c32-4664-8395-793dc697251d	H-U500037	\N	\N	100000	100000	2025-03-16	2027-03-16	import	2026-12-02 18:42:17.883835+00	2026-12-02 18:42:17.883835+00
fde07c6a-ba9a-4684-ba6c-a4239206cc0d	3231ac97-ef30-4905-92cb-573243fc29c5	H-U500039	\N	\N	100000	100000	2025-04-11	2027-04-11	import	2026-12-02 18:42:17.889401+00	2026-12-02 18:42:17.889401+00
b149411e-f768-4efc-87e6-afb387b130a6	c8ac8a39-39c7-4414-8aa2-1e075a5b4333	H-PA100057	\N	\N	100000	100000	2025-12-01	2027-12-01	import	2026-12-02 18:42:17.900447+00	2026-12-02 18:42:17.900447+00
f7625be9-7ec3-4d42-b20e-24a9adb784e1	5792303b-1121-4100-96cb-22acbfcc390d	H-PA100059	\N	\N	100000	100000	2025-12-27	2027-12-27	import	2026-12-02 18:42:17.907607+00	2026-12-02 18:42:17.907607+00
51c152ac-c0d3-4653-86b6-391a842ef4a4	5897f86b-aa53-441f-aa2c-23cad3cd3177	H-PA100061	\N	\N	100000	100000	2026-01-22	2028-01-22	import	2026-12-02 18:42:17.931241+00	2026-12-02 18:42:17.931241+00
2d37272e-ad6f-4cae-b7ad-b1e040b3368e	a668b519-c1e8-4b4b-9b26-cdaac3a61fdb	H-PA100063	\N	\N	100000	100000	2026-02-17	2028-02-17	import	2026-12-02 18:42:17.936559+00	2026-12-02 18:42:17.936559+00
2cb21f37-02d4-4f21-a83f-591c212fbe19	c7e23c9f-bc27-41b5-ad7f-6bb284aec308	H-PA200065	\N	\N	100000	100000	2026-03-15	2028-03-15	import	2026-12-02 18:42:17.943828+00	2026-12-02 18:42:17.943828+00
5430990b-49ad-45be-86ea-e107e7070d78	1a6eb197-4b96-4f8e-be05-9b2ed3011a2d	H-PA200067	\N	\N	100000	100000	2026-04-10	2028-04-10	import	2026-12-02 18:42:17.948488+00	2026-12-02 18:42:17.948488+00
d824a874-3e5a-412a-a64e-f61135195d20	154155ad-eff9-432d-9c58-3821db6b7dbf	H-PA200069	\N	\N	100000	100000	2026-05-06	2028-05-06	import	2026-12-02 18:42:17.953548+00	2026-12-02 18:42:17.953548+00
5d67f5b2-68ec-4777-8fde-8227fb7b6215	72929610-f1c0-4542-9d0e-becea7db04b2	H-PA200071	\N	\N	100000	100000	2026-06-01	2028-06-01	import	2026-12-02 18:42:17.959867+00	2026-12-02 18:42:17.959867+00
ae35ae9c-dff4-44f2-bc72-9d2ba5fff44f	20227700-d60b-4219-bc43-5aa3b22cf097	H-DEMO-B01	\N	\N	100000	100000	2022-10-18	2024-10-18	import	2026-12-02 18:42:18.449547+00	2026-12-02 18:42:18.449547+00
d10e1b80-8034-400c-8914-df226f5d8dc1	74763c95-7e1c-49da-85b2-cce83b908a55	H-DEMO-B02	\N	\N	100000	100000	2022-09-01	2024-09-01	import	2026-12-02 18:42:18.458026+00	2026-12-02 18:42:18.458026+00
d221d405-a498-4705-bbd6-9187e4648770	52f0421a-4442-4291-abc2-b7e3fa47f9ee	H-DEMO-B03	\N	\N	150000	150000	2022-07-16	2024-07-16	import	2026-12-02 18:42:18.48891+00	2026-12-02 18:42:18.48891+00
cf0327ca-baa6-4b24-83c9-6d3116c9b52b	bcb72a57-228a-4cd9-b29c-dccf8c8826d5	H-DEMO-B04	\N	\N	100000	100000	2022-05-30	2024-05-30	import	2026-12-02 18:42:18.495721+00	2026-12-02 18:42:18.495721+00
4e2e72be-d6cc-4ece-937e-699faafa800e	b66ff38d-a4a9-4ba5-b032-ef9addc8181b	H-DEMO-B05	\N	\N	100000	100000	2022-04-13	2024-04-13	import	2026-12-02 18:42:18.513524+00	2026-12-02 18:42:18.513524+00
1c3e8d02-645c-4a49-86b3-454097cace39	290e93ea-29f5-4da3-997d-f06c30e0f5f8	H-DEMO-B06	\N	\N	150000	150000	2022-02-25	2024-02-25	import	2026-12-02 18:42:18.5208+00	2026-12-02 18:42:18.5208+00
3bd6ce7f-6aec-4d81-b563-84210c0cfd0a	ce03200b-91ca-4465-a40d-a8f728b69d17	H-DEMO-B07	\N	\N	100000	100000	2022-01-09	2024-01-09	import	2026-12-02 18:42:18.528884+00	2026-12-02 18:42:18.528884+00
00c261ca-6259-46a7-b7ac-402211759e59	571d55ac-fbe7-4fa7-a14e-11150e9b3927	H-DEMO-B08	\N	\N	100000	100000	2021-11-23	2023-11-23	import	2026-12-02 18:42:18.551703+00	2026-12-02 18:42:18.551703+00
b4f893ff-2cc3-4a29-b150-19ec1c4faf65	40cf9dee-f7d2-4c32-b30b-33482cb1ce23	H-DEMO-B09	\N	\N	150000	150000	2021-10-07	2023-10-07	import	2026-12-02 18:42:18.565852+00	2026-12-02 18:42:18.565852+00
a777f35e-3934-423a-b4b0-647b26c73ea6	661acc69-be76-44fa-8725-14d5a57d92d8	H-DEMO-B10	\N	\N	100000	100000	2021-08-21	2023-08-21	import	2026-12-02 18:42:18.574659+00	2026-12-02 18:42:18.574659+00
89345333-6607-4fe3-94b5-573efb8a2c7f	88db552b-b3a9-4f9f-b932-134c1541ebfe	H-DEMO-B11	\N	\N	100000	100000	2021-07-05	2023-07-05	import	2026-12-02 18:42:18.591399+00	2026-12-02 18:42:18.591399+00
027928f4-0666-4271-a091-cf0bc7c1af75	fb8342bf-69f0-4ad6-ae6e-af34a7bef78c	H-DEMO-B12	\N	\N	150000	150000	2021-05-19	2023-05-19	import	2026-12-02 18:42:18.631844+00	2026-12-02 18:42:18.631844+00
6655f7f1-396a-4e38-befa-930c1ec593f4	5e04159d-3303-49e7-ac62-08a40d790aad	H-DEMO-B13	\N	\N	100000	100000	2021-04-02	2023-04-02	import	2026-12-02 18:42:18.65175+00	2026-12-02 18:42:18.65175+00
69118a4b-a5b5-405a-9c49-af2e4ff4eee0	d770b21f-8c17-45f9-a966-d9cb1990c4fa	H-DEMO-B14	\N	\N	100000	100000	2021-02-14	2023-02-14	import	2026-12-02 18:42:18.669209+00	2026-12-02 18:42:18.669209+00
4e93ed63-a5d7-407a-a197-5399021edca5	c831df97-f935-411b-9859-29bf278d8a01	H-DEMO-B15	\N	\N	150000	150000	2020-12-29	2022-12-29	import	2026-12-02 18:42:18.683802+00	2026-12-02 18:42:18.683802+00
307ac5af-f22d-4fbc-865f-98e99022730f	9c48d055-c70c-47aa-8651-2b9b8151344b	H-DEMO-B16	\N	\N	100000	100000	2020-11-12	2022-11-12	import	2026-12-02 18:42:18.703949+00	2026-12-02 18:42:18.703949+00
fd8531d0-662e-4479-b040-50aefbc65fa6	bc5e340d-5376-4e89-afb1-a777ab1901c7	H-DEMO-B17	\N	\N	100000	100000	2020-09-26	2022-09-26	import	2026-12-02 18:42:18.718659+00	2026-12-02 18:42:18.718659+00
72ee6729-317b-4de1-8a37-01eb1274493d	419c9181-21a5-4567-9f36-d9042574720f	H-DEMO-B18	\N	\N	150000	150000	2020-08-10	2022-08-10	import	2026-12-02 18:42:18.734197+00	2026-12-02 18:42:18.734197+00
77f9b9bb-9b7b-472f-975d-cd6a84b880c6	78956cb6-0223-4f72-8bd1-a3fd6cff6fcc	H-DEMO-B19	\N	\N	100000	100000	2020-06-24	2022-06-24	import	2026-12-02 18:42:18.744166+00	2026-12-02 18:42:18.744166+00
af3a2022-8aa1-4b8b-9c50-f35fb080a8d8	0f7097cb-8a7b-4a19-bf1b-aaaf52475b9b	H-DEMO-B20	\N	\N	100000	100000	2020-05-08	2022-05-08	import	2026-12-02 18:42:18.748891+00	2026-12-02 18:42:18.748891+00
39afea7f-b0ce-4347-bfe0-e6ccb59216d4	e0d4f6bc-af40-4640-9c85-3fad8090a202	H-DEMO-B21	\N	\N	150000	150000	2020-03-22	2022-03-22	import	2026-12-02 18:42:18.771904+00	2026-12-02 18:42:18.771904+00
60913493-c6c4-4930-998d-b05119b5c35c	8c7b2905-049a-4c51-b884-240770576bb5	H-DEMO-B22	\N	\N	100000	100000	2020-02-03	2022-02-03	import	2026-12-02 18:42:18.777985+00	2026-12-02 18:42:18.777985+00
0f2f2054-556b-41fb-b944-5ff1ca6fff31	26d557dd-ca6a-4014-936a-4fe8a84214fc	H-DEMO-B23	\N	\N	100000	100000	2019-12-18	2021-12-18	import	2026-12-02 18:42:18.795664+00	2026-12-02 18:42:18.795664+00
c410a76e-8205-43be-bd33-ee4d9ef1a24a	74a4c67b-db90-401a-8618-f8f572d0dfde	H-DEMO-B24	\N	\N	150000	150000	2019-11-01	2021-11-01	import	2026-12-02 18:42:18.805279+00	2026-12-02 18:42:18.805279+00
fbab81f0-5f5e-4ce2-a48d-af7bc8bed38d	43a7bde5-9d23-44b6-b246-d3529157fa7e	H-DEMO-B25	\N	\N	100000	100000	2019-09-15	2021-09-15	import	2026-12-02 18:42:18.812861+00	2026-12-02 18:42:18.812861+00
9b5511ec-ef45-4bf1-8179-3e9a64a3f643	92701fde-9f41-4ef8-8799-a5208fe658bc	H-DEMO-B26	\N	\N	100000	100000	2019-07-30	2021-07-30	import	2026-12-02 18:42:18.823686+00	2026-12-02 18:42:18.823686+00
45e67835-252d-4998-90fa-500a0320eb34	f46f107d-b6ea-4a1c-8333-34e3fdfe43b2	H-DEMO-B27	\N	\N	150000	150000	2019-06-13	2021-06-13	import	2026-12-02 18:42:18.831628+00	2026-12-02 18:42:18.831628+00
3724e104-c05d-4c77-bb97-de956beb171c	90e05a3a-4157-4c9b-ba56-aac068821122	H-DEMO-B28	\N	\N	100000	100000	2019-04-27	2021-04-27	import	2026-12-02 18:42:18.848505+00	2026-12-02 18:42:18.848505+00
67aff9b4-f1b7-456f-96f5-7c2327ba1082	12ffffec-5627-4560-afcc-a8b8ddac8856	H-DEMO-B29	\N	\N	100000	100000	2019-03-11	2021-03-11	import	2026-12-02 18:42:18.854072+00	2026-12-02 18:42:18.854072+00
5b81269b-cacc-4bf4-9308-2716bbe3e5f9	dc95c2d9-e4dd-46b5-82a9-b88f9df58bac	H-DEMO-B30	\N	\N	150000	150000	2019-01-24	2021-01-24	import	2026-12-02 18:42:18.862441+00	2026-12-02 18:42:18.862441+00
37731f1a-b150-4cb1-8ff4-f80cf76d7fde	f2fc77c1-b386-4411-9c28-36b893d3aa57	H-DEMO-B31	\N	\N	100000	100000	2018-12-08	2020-12-08	import	2026-12-02 18:42:18.874533+00	2026-12-02 18:42:18.874533+00
84984dcc-5e1f-4531-add1-c821da9d575c	a56e4f4a-90c9-4fe7-bc42-fdd1ddb2e169	H-DEMO-B32	\N	\N	100000	100000	2018-10-22	2020-10-22	import	2026-12-02 18:42:18.883576+00	2026-12-02 18:42:18.883576+00
24be8594-facd-43f8-bf47-a1c81a665223	a3792425-a874-49c1-a715-f1b8ca75fbe9	H-DEMO-B33	\N	\N	150000	150000	2018-09-05	2020-09-05	import	2026-12-02 18:42:18.887893+00	2026-12-02 18:42:18.887893+00
082c2342-6be1-4249-a698-7a736afdb2c9	490e0de9-b996-4bd0-aa02-af245df12838	H-DEMO-B34	\N	\N	100000	100000	2018-07-20	2020-07-20	import	2026-12-02 18:42:18.907975+00	2026-12-02 18:42:18.907975+00
c1c62f0a-db67-4278-9c50-e7b82f597dbd	89c3533d-7ba5-454b-ac7b-622094f38357	H-DEMO-B35	\N	\N	100000	100000	2018-06-03	2020-06-03	import	2026-12-02 18:42:18.923839+00	2026-12-02 18:42:18.923839+00
d71b5503-97b6-45d0-b8f0-515e1cf790d5	c5904c94-69fa-4fc6-8b5b-f552f4022aa4	H-DEMO-B36	\N	\N	150000	150000	2018-04-17	2020-04-17	import	2026-12-02 18:42:18.929802+00	2026-12-02 18:42:18.929802+00
fbb83a67-3231-4883-a48c-24ad71ab9d51	46fafb1a-7b06-4048-acbf-eda89c360a36	H-DEMO-B37	\N	\N	100000	100000	2018-03-01	2020-03-01	import	2026-12-02 18:42:18.939636+00	2026-12-02 18:42:18.939636+00
208a05b3-4bff-4e34-817b-557774997e94	ff54ae4c-2fd6-4247-81ba-043e127fadee	H-DEMO-B38	\N	\N	100000	100000	2018-01-13	2020-01-13	import	2026-12-02 18:42:18.952127+00	2026-12-02 18:42:18.952127+00
5279a53e-f22b-4903-86e9-c7f37abe8e5a	23eee917-8d04-4bbc-a98c-562816d4455d	H-DEMO-B39	\N	\N	150000	150000	2017-11-27	2019-11-27	import	2026-12-02 18:42:18.957976+00	2026-12-02 18:42:18.957976+00
f50758e7-3101-44bd-8bc2-e6c174870ee3	1d6190d0-3a61-41fb-8ae2-0a005045e03c	H-DEMO-B40	\N	\N	100000	100000	2017-10-11	2019-10-11	import	2026-12-02 18:42:18.979924+00	2026-12-02 18:42:18.979924+00
\.


--
-- Data for Name: feedback_attachments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_attachments (id, item_id, stored_name, file_kind, original_name, byte_count, created_at) FROM stdin;
\.


--
-- Data for Name: feedback_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_items (id, reference, reference_year, reference_sequence, kind, channel, service, segment, language, summary, details, contact_name, contact_email, contact_phone, contact_channel, consent_to_contact, anonymous, track, status, escalation, assignee_kind, assignee_id, assignee_name, received_at, received_day, due_day, action, outcome, decision, decision_at, lesson, outcome_published, published_at, share_with_staff, resolved_at, closed_at, revision, created_at, updated_at) FROM stdin;
64bd85b3-af20-4dba-b2ee-cec2b7e29a04	FB-2569-000001-3	2569	1	comment	letter	reference	U2	th	ข้อคิดเห็น: เครื่องถ่ายเอกสารชั้น 2 เสีย	เครื่องถ่ายเอกสารชั้น 2 เสีย (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	กิตติ ชัยมงคล	patron0@example.org		email	t	f	\N	closed	0				2026-06-05 01:11:15.310723+00	2026-06-05	2026-06-19	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-06-10 11:01:29.9097+00	2026-06-13 04:16:28.864486+00	3	2026-06-05 01:11:15.310723+00	2026-06-13 04:16:28.864486+00
4ff5fe76-96fe-463f-ba07-02e7a99d1b5a	FB-2569-000002-1	2569	2	suggestion	web-form	reference	\N	th	ข้อเสนอแนะ: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	ธนากร พงษ์ไพบูลย์	patron1@example.org		email	t	f	\N	closed	0				2026-06-05 21:16:35.33893+00	2026-06-06	2026-06-22	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-06-09 17:01:40.511095+00	2026-06-10 22:34:38.488633+00	3	2026-06-05 21:16:35.33893+00	2026-06-10 22:34:38.488633+00
14c4bbd4-7360-4829-aeea-d08e1a98ae86	FB-2569-000003-7	2569	3	complaint	phone	reference	U1	th	ข้อร้องเรียน: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	ธนากร วงศ์ใหญ่	patron2@example.org	0820000002	email	t	f	3	triaged	0				2026-06-07 23:06:06.548974+00	2026-06-08	2026-06-22	\N	\N	\N	\N	\N	f	\N	f	\N	\N	1	2026-06-07 23:06:06.548974+00	2026-06-08 11:03:52.08353+00
872c3d1c-3ac0-4a8c-a35e-64d6fa69ab7f	FB-2569-000004-5	2569	4	compliment	e-mail	study-spaces	\N	en	Compliment: the group study room's air conditioning is weak	the group study room's air conditioning is weak (Study spaces). Please look into it.	Piyanut Srisuk	patron3@example.org	0820000003	email	f	f	\N	closed	0				2026-06-11 07:40:22.311872+00	2026-06-11	2026-06-25	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-06-16 18:19:36.435185+00	2026-06-18 21:09:43.650323+00	3	2026-06-11 07:40:22.311872+00	2026-06-18 21:09:43.650323+00
a567c0eb-08b8-4e6f-ac4a-d774dc3672f3	FB-2569-000005-9	2569	5	compliment	counter	other	U1	en	Compliment: the reading room is noisy	the reading room is noisy (Other). Please look into it.	Thanakorn Meesuk				f	f	\N	closed	0				2026-06-13 07:27:29.773509+00	2026-06-13	2026-06-29	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-06-18 02:38:34.782952+00	2026-06-21 00:46:17.330728+00	3	2026-06-13 07:27:29.773509+00	2026-06-21 00:46:17.330728+00
4eecf927-8a25-43e5-87f0-f6d92c3455e1	FB-2569-000006-8	2569	6	comment	letter	other	U1	th	ข้อคิดเห็น: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	ปิยะนุช แก้วมณี	patron5@example.org	0820000005	email	t	f	\N	triaged	0				2026-06-14 09:38:09.30196+00	2026-06-14	2026-06-29	\N	\N	\N	\N	\N	f	\N	f	\N	\N	1	2026-06-14 09:38:09.30196+00	2026-06-14 14:14:56.798452+00
87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	FB-2569-000007-6	2569	7	complaint	counter	learning-media	Pa3	th	ข้อร้องเรียน: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	สมหญิง พงษ์ไพบูลย์		0820000006	sms	t	f	1	closed	0	group		บริการสื่อการเรียนรู้	2026-06-17 00:09:38.881437+00	2026-06-17	2026-06-17	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-06-18 03:45:01.206271+00	2026-06-19 11:39:26.267639+00	5	2026-06-17 00:09:38.881437+00	2026-06-19 11:39:26.267639+00
49bfd6e0-e30f-4e8b-9753-0f6b954f5157	FB-2569-000008-4	2569	8	complaint	phone	reference	U2	th	ข้อร้องเรียน: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	กิตติ บุญมา	patron7@example.org		email	f	f	1	closed	0				2026-06-17 22:54:52.363656+00	2026-06-18	2026-06-18	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-06-18 20:18:43.609243+00	2026-06-20 23:21:50.509486+00	3	2026-06-17 22:54:52.363656+00	2026-06-20 23:21:50.509486+00
7b409f20-35ac-47ab-8642-ab427bade0f7	FB-2569-000009-2	2569	9	complaint	api	membership	U1	th	ข้อร้องเรียน: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	วิชัย มีสุข	patron8@example.org		email	t	f	3	closed	0	group		สมาชิกและเงินประกัน	2026-06-21 02:47:06.851753+00	2026-06-21	2026-07-06	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-06-30 00:30:08.135576+00	2026-07-03 07:24:15.86034+00	5	2026-06-21 02:47:06.851753+00	2026-07-03 07:24:15.86034+00
50b6bc0b-6812-42b7-b386-8cb66f95cb05	FB-2569-000010-1	2569	10	suggestion	api	circulation	U2	en	Suggestion: the photocopier on floor 2 is broken	the photocopier on floor 2 is broken (Loans and returns). Please look into it.	Supaporn Kaewmanee		0820000009	sms	t	f	\N	closed	0				2026-06-23 00:27:02.434684+00	2026-06-23	2026-07-07	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-06-26 13:29:57.609521+00	2026-06-30 07:12:54.182526+00	3	2026-06-23 00:27:02.434684+00	2026-06-30 07:12:54.182526+00
f78765a6-95a8-4410-a5d1-d5202b6dfc35	FB-2569-000090-4	2569	90	suggestion	api	e-resources	U1	th	ข้อเสนอแนะ: เครื่องถ่ายเอกสารชั้น 2 เสีย	เครื่องถ่ายเอกสารชั้น 2 เสีย (ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์) ขอให้ห้องสมุดพิจารณา	อนุชา รักเรียน	patron89@example.org	0820000089	email	t	f	\N	triaged	0				2026-12-02 03:33:34.660302+00	2026-12-02	2026-12-18	\N	\N	\N	\N	\N	f	\N	f	\N	\N	1	2026-12-02 03:33:34.660302+00	2026-12-02 15:55:59.83317+00
dfb2692d-e419-46a3-8aad-761db2f95299	FB-2569-000011-7	2569	11	compliment	letter	reference	U1	th	คำชมเชย: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	ณัฐวุฒิ แก้วมณี	patron10@example.org		email	f	f	\N	closed	0				2026-06-25 00:48:58.128639+00	2026-06-25	2026-07-09	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-06-28 23:59:51.936356+00	2026-06-30 02:25:19.393199+00	3	2026-06-25 00:48:58.128639+00	2026-06-30 02:25:19.393199+00
84a7724d-7c58-47ff-a27e-cc5987f3a8ab	FB-2569-000012-5	2569	12	complaint	counter	reference	U1	th	ข้อร้องเรียน: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	กนกพร ใจดี	patron11@example.org		email	t	f	3	closed	0	group		บริการสารสนเทศและตอบคำถาม	2026-06-27 05:36:40.476088+00	2026-06-27	2026-07-13	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-07 16:53:36.20963+00	2026-07-10 09:54:17.551076+00	5	2026-06-27 05:36:40.476088+00	2026-07-10 09:54:17.551076+00
28afa3c5-4a96-4621-873f-71de18100fd2	FB-2569-000013-0	2569	13	complaint	letter	study-spaces	U1	th	ข้อร้องเรียน: ยืมหนังสือต่อออนไลน์ไม่ได้	ยืมหนังสือต่อออนไลน์ไม่ได้ (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	สมชาย ชัยมงคล	patron12@example.org	0820000012	email	t	f	3	closed	0	group		ห้องอ่านหนังสือและพื้นที่การเรียนรู้	2026-06-28 08:57:09.470194+00	2026-06-28	2026-07-13	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-09 00:01:07.432461+00	2026-07-10 23:44:19.147851+00	5	2026-06-28 08:57:09.470194+00	2026-07-10 23:44:19.147851+00
407ebf9f-b78b-4e34-b6d0-f87488da9d58	FB-2569-000014-9	2569	14	complaint	api	e-resources	F2	th	ข้อร้องเรียน: เครื่องถ่ายเอกสารชั้น 2 เสีย	เครื่องถ่ายเอกสารชั้น 2 เสีย (ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์) ขอให้ห้องสมุดพิจารณา	วรวุฒิ เพชรรัตน์	patron13@example.org	0820000013	email	t	f	1	closed	1	group		ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์	2026-07-01 15:34:29.953085+00	2026-07-01	2026-07-02	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-07-05 09:42:36.928557+00	2026-07-07 04:28:50.910604+00	6	2026-07-01 15:34:29.953085+00	2026-07-07 04:28:50.910604+00
f129d936-76e4-45c4-afd0-2de6e48cfd02	FB-2569-000015-8	2569	15	complaint	letter	study-spaces	Pa3	th	ข้อร้องเรียน: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	ธนากร แก้วมณี		0820000014	sms	t	f	1	closed	0	group		ห้องอ่านหนังสือและพื้นที่การเรียนรู้	2026-07-02 19:04:18.674736+00	2026-07-03	2026-07-03	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-03 17:45:49.236942+00	2026-07-06 18:45:15.002539+00	5	2026-07-02 19:04:18.674736+00	2026-07-06 18:45:15.002539+00
0bfd7cc0-8d11-443e-a0a5-9795c1bf3532	FB-2569-000016-3	2569	16	comment	web-form	inter-library-loan	U5	th	ข้อคิดเห็น: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	สุภาพร มีสุข	patron15@example.org	0820000015	email	f	f	\N	closed	0				2026-07-04 06:03:28.57846+00	2026-07-04	2026-07-20	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-08 20:02:28.884162+00	2026-07-12 00:57:21.028947+00	3	2026-07-04 06:03:28.57846+00	2026-07-12 00:57:21.028947+00
c6af62e1-ef6e-487d-b6b2-8b77c85388f0	FB-2569-000017-4	2569	17	complaint	counter	membership	U1	th	ข้อร้องเรียน: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	กิตติ ชัยมงคล	patron16@example.org		email	t	f	2	closed	0	group		สมาชิกและเงินประกัน	2026-07-07 13:46:03.855884+00	2026-07-07	2026-07-13	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	ตรวจสอบอุปกรณ์ทุกเช้าก่อนเปิดบริการ	f	\N	t	2026-07-11 10:42:16.984897+00	2026-07-14 12:02:08.95878+00	6	2026-07-07 13:46:03.855884+00	2026-07-14 12:02:08.95878+00
cb977531-7ccf-43d4-ab9a-11f710a02ee5	FB-2569-000018-2	2569	18	suggestion	e-mail	reference	U5	th	ข้อเสนอแนะ: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	ศิริพร วงศ์ใหญ่	patron17@example.org		email	t	f	\N	closed	0				2026-07-08 01:37:29.615497+00	2026-07-08	2026-07-22	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-09 21:52:53.028038+00	2026-07-13 15:33:46.804644+00	3	2026-07-08 01:37:29.615497+00	2026-07-13 15:33:46.804644+00
c4aff555-8ee5-4cce-b56e-1abbe324031f	FB-2569-000091-2	2569	91	complaint	web-form	study-spaces	U1	th	ไฟห้องอ่านหนังสือชั้น 3 กะพริบ	ไฟห้องอ่านหนังสือชั้น 3 กะพริบ					f	t	\N	received	0				2026-12-02 16:18:19.482598+00	2026-12-02	2026-12-03	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-02 18:42:19.495393+00	2026-12-02 18:42:19.495393+00
78f064a8-83d9-45d3-b453-49f3521ae176	FB-2569-000092-0	2569	92	complaint	web-form	study-spaces	U1	th	Wi-Fi ชั้น 2 หลุดบ่อย	Wi-Fi ชั้น 2 หลุดบ่อย					f	t	\N	received	0				2026-12-02 13:54:19.482598+00	2026-12-02	2026-12-03	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-02 18:42:19.521382+00	2026-12-02 18:42:19.521382+00
2bea3670-3885-472c-a387-02141cf5f8ea	FB-2569-000019-6	2569	19	suggestion	letter	reference	\N	th	ข้อเสนอแนะ: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	ศิริพร จันทร์แก้ว				t	f	\N	closed	0				2026-07-10 06:53:43.196822+00	2026-07-10	2026-07-24	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-07-16 09:49:10.884492+00	2026-07-19 03:32:45.739025+00	3	2026-07-10 06:53:43.196822+00	2026-07-19 03:32:45.739025+00
c51b30a2-258d-47fc-a869-85c57ee6fc31	FB-2569-000020-7	2569	20	comment	e-mail	other	F1	th	ข้อคิดเห็น: เครื่องถ่ายเอกสารชั้น 2 เสีย	เครื่องถ่ายเอกสารชั้น 2 เสีย (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	อนุชา เพชรรัตน์				t	f	\N	closed	0				2026-07-12 22:49:56.279257+00	2026-07-13	2026-07-27	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-07-17 19:28:49.924072+00	2026-07-21 17:58:53.216126+00	3	2026-07-12 22:49:56.279257+00	2026-07-21 17:58:53.216126+00
25216946-568e-4aa5-a525-7937331f2668	FB-2569-000021-0	2569	21	suggestion	phone	membership	\N	th	ข้อเสนอแนะ: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	ประเสริฐ วงศ์ใหญ่		0820000020	sms	f	f	\N	closed	0				2026-07-14 02:32:40.738533+00	2026-07-14	2026-07-31	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-07-16 05:52:14.357803+00	2026-07-19 19:37:06.868577+00	3	2026-07-14 02:32:40.738533+00	2026-07-19 19:37:06.868577+00
ebb6bd80-a945-42fb-bf5e-b04321258e8b	FB-2569-000022-9	2569	22	suggestion	e-mail	inter-library-loan	U1	th	ข้อเสนอแนะ: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	ณัฐวุฒิ ประเสริฐวงศ์	patron21@example.org		email	t	f	\N	closed	0				2026-07-17 09:18:11.349507+00	2026-07-17	2026-08-05	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-21 01:49:36.609599+00	2026-07-24 03:19:18.495027+00	3	2026-07-17 09:18:11.349507+00	2026-07-24 03:19:18.495027+00
0d02222e-677b-41a7-a97e-249af050c95d	FB-2569-000023-2	2569	23	complaint	e-mail	e-resources	U1	th	ข้อร้องเรียน: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์) ขอให้ห้องสมุดพิจารณา	สมชาย สายสุวรรณ	patron22@example.org		email	f	f	2	closed	0	group		ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์	2026-07-18 19:55:54.493002+00	2026-07-19	2026-07-23	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-07-26 01:00:39.730646+00	2026-07-28 15:53:05.552628+00	5	2026-07-18 19:55:54.493002+00	2026-07-28 15:53:05.552628+00
daf32b88-b1a2-4889-86ba-f627d2e67064	FB-2569-000024-1	2569	24	comment	letter	membership	U1	th	ข้อคิดเห็น: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	ปิยะนุช สายสุวรรณ				t	f	\N	closed	0				2026-07-21 15:24:00.622027+00	2026-07-21	2026-08-10	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-27 06:04:36.672553+00	2026-07-29 05:52:58.124216+00	3	2026-07-21 15:24:00.622027+00	2026-07-29 05:52:58.124216+00
7cabbe89-1ad4-47f8-8db3-c79e85281e4b	FB-2569-000025-5	2569	25	suggestion	phone	study-spaces	U2	th	ข้อเสนอแนะ: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	พิมพ์ชนก รักเรียน	patron24@example.org		email	t	f	\N	closed	0				2026-07-22 11:41:08.454711+00	2026-07-22	2026-08-11	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-27 22:51:28.547609+00	2026-07-29 12:54:54.20039+00	3	2026-07-22 11:41:08.454711+00	2026-07-29 12:54:54.20039+00
259d408a-9ffc-47d5-a2f5-b6c6cc6e2b5e	FB-2569-000026-4	2569	26	suggestion	phone	study-spaces	\N	th	ข้อเสนอแนะ: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	วิชัย เพชรรัตน์	patron25@example.org	0820000025	email	t	f	\N	closed	0				2026-07-25 03:18:36.931101+00	2026-07-25	2026-08-14	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-31 17:31:29.91914+00	2026-08-03 02:37:34.323189+00	3	2026-07-25 03:18:36.931101+00	2026-08-03 02:37:34.323189+00
683198b4-a075-4be1-8504-b5306e521fed	FB-2569-000027-8	2569	27	complaint	phone	membership	U2	th	ข้อร้องเรียน: ขอเพิ่มปลั๊กไฟที่โต๊ะอ่านหนังสือ	ขอเพิ่มปลั๊กไฟที่โต๊ะอ่านหนังสือ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	ประเสริฐ สุขสวัสดิ์				f	f	3	closed	0	group		สมาชิกและเงินประกัน	2026-07-26 11:04:33.856575+00	2026-07-26	2026-08-14	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-07-31 14:46:25.64097+00	2026-08-04 05:52:52.25526+00	5	2026-07-26 11:04:33.856575+00	2026-08-04 05:52:52.25526+00
f395b1a1-0f04-499c-ad81-60eab8e5f6be	FB-2569-000028-6	2569	28	suggestion	counter	inter-library-loan	U2	th	ข้อเสนอแนะ: ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้	ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้ (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ วงศ์ใหญ่	patron27@example.org	0820000027	email	t	f	\N	closed	0				2026-07-28 14:21:10.522999+00	2026-07-28	2026-08-17	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-07-31 21:39:56.598508+00	2026-08-02 01:07:10.079371+00	3	2026-07-28 14:21:10.522999+00	2026-08-02 01:07:10.079371+00
f16ec7c6-175a-43d0-b854-a77de2fa4cb3	FB-2569-000029-3	2569	29	complaint	counter	membership	\N	en	Complaint: the group study room's air conditioning is weak	the group study room's air conditioning is weak (Membership and deposits). Please look into it.	Janpen Jankaew	patron28@example.org		email	t	f	3	closed	0	group		สมาชิกและเงินประกัน	2026-07-30 18:53:34.281433+00	2026-07-31	2026-08-17	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-08-08 02:39:20.965396+00	2026-08-11 10:31:29.810787+00	5	2026-07-30 18:53:34.281433+00	2026-08-11 10:31:29.810787+00
433db1f6-0d32-4713-a924-0b74d3634b1e	FB-2569-000030-8	2569	30	complaint	counter	other	Pa1	th	ข้อร้องเรียน: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	สุภาพร วงศ์ใหญ่		0820000029	sms	t	f	3	closed	0	group		อื่น ๆ	2026-08-02 15:04:13.322016+00	2026-08-02	2026-08-18	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-08-15 07:12:36.558117+00	2026-08-18 11:02:51.81774+00	5	2026-08-02 15:04:13.322016+00	2026-08-18 11:02:51.81774+00
e0d79f79-8712-42e2-a757-009937aa2a3c	FB-2569-000031-9	2569	31	compliment	e-mail	learning-media	\N	th	คำชมเชย: ขอเพิ่มปลั๊กไฟที่โต๊ะอ่านหนังสือ	ขอเพิ่มปลั๊กไฟที่โต๊ะอ่านหนังสือ (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	สมชาย สุขสวัสดิ์	patron30@example.org		email	t	f	\N	resolved	0				2026-08-03 21:27:20.263764+00	2026-08-04	2026-08-19	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-08-07 02:54:30.380019+00	\N	2	2026-08-03 21:27:20.263764+00	2026-08-07 02:54:30.380019+00
d8ef2249-6437-49cb-b4a1-60f9d7d54c7c	FB-2569-000032-4	2569	32	suggestion	counter	learning-media	U4	th	ข้อเสนอแนะ: ยืมหนังสือต่อออนไลน์ไม่ได้	ยืมหนังสือต่อออนไลน์ไม่ได้ (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	มาลี ศรีสุข	patron31@example.org		email	t	f	\N	closed	0				2026-08-05 13:28:11.942713+00	2026-08-05	2026-08-21	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-08-07 08:31:09.809275+00	2026-08-09 08:40:05.388389+00	3	2026-08-05 13:28:11.942713+00	2026-08-09 08:40:05.388389+00
60eb3509-8e4a-4a76-b47b-5587ff95334d	FB-2569-000033-5	2569	33	comment	e-mail	inter-library-loan	U1	th	ข้อคิดเห็น: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ อินทร์แก้ว	patron32@example.org		email	t	f	\N	closed	0				2026-08-07 16:26:01.841787+00	2026-08-07	2026-08-25	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-08-10 16:13:42.493175+00	2026-08-12 23:26:09.465348+00	3	2026-08-07 16:26:01.841787+00	2026-08-12 23:26:09.465348+00
353a4d63-36b2-43f3-b9d0-9431926311a3	FB-2569-000034-3	2569	34	suggestion	web-form	e-resources	U1	en	Suggestion: e-databases cannot be reached off campus	e-databases cannot be reached off campus (E-resources and website). Please look into it.	Kanokporn Saisuwan	patron33@example.org	0820000033	email	t	f	\N	closed	0				2026-08-09 21:26:55.886359+00	2026-08-10	2026-08-25	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-08-11 11:26:07.314988+00	2026-08-14 13:10:52.04772+00	3	2026-08-09 21:26:55.886359+00	2026-08-14 13:10:52.04772+00
4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	FB-2569-000035-6	2569	35	complaint	api	inter-library-loan	\N	th	ข้อร้องเรียน: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	กนกพร พงษ์ไพบูลย์	patron34@example.org	0820000034	email	t	f	2	closed	0	group		บริการยืมระหว่างห้องสมุด	2026-08-12 03:48:24.171911+00	2026-08-12	2026-08-18	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-08-17 18:49:00.430887+00	2026-08-19 16:54:53.528741+00	5	2026-08-12 03:48:24.171911+00	2026-08-19 16:54:53.528741+00
f507ddaa-3d5a-4f12-b037-f68377548476	FB-2569-000036-2	2569	36	complaint	counter	learning-media	\N	th	ข้อร้องเรียน: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	ประเสริฐ พงษ์ไพบูลย์	patron35@example.org		email	t	f	3	closed	0	group		บริการสื่อการเรียนรู้	2026-08-14 03:26:34.439544+00	2026-08-14	2026-08-28	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-08-19 06:18:19.64113+00	2026-08-20 11:01:11.03191+00	5	2026-08-14 03:26:34.439544+00	2026-08-20 11:01:11.03191+00
c9a495b2-850a-4848-a8af-f9909f5b3865	FB-2569-000037-0	2569	37	complaint	e-mail	membership	U2	th	ข้อร้องเรียน: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	กิตติ ใจดี				t	f	1	closed	0	group		สมาชิกและเงินประกัน	2026-08-15 11:34:06.914998+00	2026-08-15	2026-08-17	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-08-17 03:33:45.972547+00	2026-08-20 22:30:04.489984+00	5	2026-08-15 11:34:06.914998+00	2026-08-20 22:30:04.489984+00
d654d1ba-c3d4-4ef8-8274-ff4e91a46423	FB-2569-000038-1	2569	38	compliment	counter	inter-library-loan	U1	th	คำชมเชย: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ ศรีสุข				t	f	\N	closed	0				2026-08-18 18:41:54.691355+00	2026-08-19	2026-09-02	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-08-23 09:24:11.87332+00	2026-08-24 19:03:54.80327+00	3	2026-08-18 18:41:54.691355+00	2026-08-24 19:03:54.80327+00
3a917f16-8ad9-43c9-950d-6fe2244492be	FB-2569-000039-7	2569	39	complaint	e-mail	circulation	U1	th	ข้อร้องเรียน: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (บริการยืม-คืน) ขอให้ห้องสมุดพิจารณา	ปิยะนุช ทองดี				t	f	2	closed	0	group		บริการยืม-คืน	2026-08-20 01:52:40.129017+00	2026-08-20	2026-08-25	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-08-23 23:49:59.53044+00	2026-08-26 18:22:18.960034+00	5	2026-08-20 01:52:40.129017+00	2026-08-26 18:22:18.960034+00
3c999d81-e968-40fe-a997-30f462a75da2	FB-2569-000040-3	2569	40	suggestion	counter	membership	U4	th	ข้อเสนอแนะ: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	กิตติ บุญมา	patron39@example.org		email	t	f	\N	closed	0				2026-08-22 12:17:04.749733+00	2026-08-22	2026-09-07	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-08-24 20:20:39.410171+00	2026-08-26 13:21:17.871447+00	3	2026-08-22 12:17:04.749733+00	2026-08-26 13:21:17.871447+00
36e317c2-0c3e-4bcb-bb96-cf42fddddfdd	FB-2569-000041-6	2569	41	comment	api	other	\N	en	Comment: please add power sockets at the desks	please add power sockets at the desks (Other). Please look into it.	Supaporn Boonma		0820000040	sms	t	f	\N	closed	0				2026-08-23 19:56:43.669642+00	2026-08-24	2026-09-07	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-08-27 08:36:33.335489+00	2026-08-28 17:41:50.313769+00	3	2026-08-23 19:56:43.669642+00	2026-08-28 17:41:50.313769+00
58a6b790-c02a-423c-9a24-fb6f57b5dc66	FB-2569-000042-7	2569	42	comment	web-form	inter-library-loan	U1	th	ข้อคิดเห็น: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	มาลี ชัยมงคล	patron41@example.org	0820000041	email	t	f	\N	closed	0				2026-08-26 14:35:48.53493+00	2026-08-26	2026-09-10	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-08-29 15:35:53.873293+00	2026-08-31 01:52:19.200698+00	3	2026-08-26 14:35:48.53493+00	2026-08-31 01:52:19.200698+00
1f643502-1c91-473d-9976-4531c8ab1651	FB-2569-000043-4	2569	43	comment	letter	other	U2	en	Comment: the reading room is noisy	the reading room is noisy (Other). Please look into it.	Thanakorn Jaidee	patron42@example.org	0820000042	email	t	f	\N	closed	0				2026-08-27 20:49:49.307821+00	2026-08-28	2026-09-11	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-09-03 04:20:24.768689+00	2026-09-06 03:54:28.100861+00	3	2026-08-27 20:49:49.307821+00	2026-09-06 03:54:28.100861+00
a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	FB-2569-000044-2	2569	44	complaint	letter	inter-library-loan	\N	th	ข้อร้องเรียน: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ วงศ์ใหญ่	patron43@example.org	0820000043	email	t	f	2	closed	0	group		บริการยืมระหว่างห้องสมุด	2026-08-31 04:11:47.881537+00	2026-08-31	2026-09-03	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-09-04 01:56:29.021348+00	2026-09-06 20:41:03.717254+00	5	2026-08-31 04:11:47.881537+00	2026-09-06 20:41:03.717254+00
0b2057ff-bdcd-473d-8e31-942d126a86b4	FB-2569-000045-0	2569	45	complaint	phone	reference	U2	th	ข้อร้องเรียน: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ จันทร์แก้ว	patron44@example.org	0820000044	email	t	f	1	closed	0	group		บริการสารสนเทศและตอบคำถาม	2026-09-02 10:27:08.795769+00	2026-09-02	2026-09-03	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-09-03 17:43:27.802561+00	2026-09-06 02:10:22.404456+00	5	2026-09-02 10:27:08.795769+00	2026-09-06 02:10:22.404456+00
56539fe4-4281-4787-89c3-ada05843704d	FB-2569-000046-9	2569	46	complaint	web-form	learning-media	U1	th	ข้อร้องเรียน: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา					f	t	2	closed	0	group		บริการสื่อการเรียนรู้	2026-09-04 08:49:58.541963+00	2026-09-04	2026-09-09	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	ติดป้ายบอกทางให้ชัดเจน	f	\N	t	2026-09-10 12:39:47.258181+00	2026-09-11 15:26:04.78404+00	6	2026-09-04 08:49:58.541963+00	2026-09-11 15:26:04.78404+00
9a2df904-bc7f-44df-957c-b347a55b2bd9	FB-2569-000047-5	2569	47	suggestion	counter	membership	\N	th	ข้อเสนอแนะ: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	ณัฐวุฒิ วงศ์ใหญ่	patron46@example.org	0820000046	email	f	f	\N	closed	0				2026-09-06 00:42:24.552399+00	2026-09-06	2026-09-21	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-09-11 00:24:51.078976+00	2026-09-12 15:24:34.082449+00	3	2026-09-06 00:42:24.552399+00	2026-09-12 15:24:34.082449+00
e7f5a734-17aa-4fee-9831-08d865bc02b6	FB-2569-000048-8	2569	48	compliment	phone	circulation	U1	en	Compliment: e-databases cannot be reached off campus	e-databases cannot be reached off campus (Loans and returns). Please look into it.	Anucha Pongpaiboon	patron47@example.org	0820000047	email	t	f	\N	closed	0				2026-09-08 01:22:29.318571+00	2026-09-08	2026-09-22	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-09-12 21:58:06.420279+00	2026-09-16 19:50:23.616515+00	3	2026-09-08 01:22:29.318571+00	2026-09-16 19:50:23.616515+00
f806e093-786c-4e7b-bcee-050bfe89fa97	FB-2569-000049-1	2569	49	complaint	api	circulation	U1	th	ข้อร้องเรียน: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการยืม-คืน) ขอให้ห้องสมุดพิจารณา	วิชัย ศรีสุข	patron48@example.org		email	t	f	3	closed	0	group		บริการยืม-คืน	2026-09-08 23:15:45.842855+00	2026-09-09	2026-09-23	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-09-12 06:10:07.388013+00	2026-09-15 11:24:42.561742+00	5	2026-09-08 23:15:45.842855+00	2026-09-15 11:24:42.561742+00
9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	FB-2569-000050-2	2569	50	complaint	e-mail	circulation	F1	th	ข้อร้องเรียน: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการยืม-คืน) ขอให้ห้องสมุดพิจารณา	พิมพ์ชนก มีสุข				t	f	3	closed	0	group		บริการยืม-คืน	2026-09-12 00:29:13.65673+00	2026-09-12	2026-09-28	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-09-30 05:43:37.770858+00	2026-10-02 21:00:49.323036+00	5	2026-09-12 00:29:13.65673+00	2026-10-02 21:00:49.323036+00
7cc515c2-c76f-455c-b1cd-4020a6b43e5c	FB-2569-000051-5	2569	51	comment	api	learning-media	U4	th	ข้อคิดเห็น: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	อนุชา มีสุข				t	f	\N	resolved	0				2026-09-13 16:29:08.241865+00	2026-09-13	2026-09-28	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-09-16 15:22:52.502758+00	\N	2	2026-09-13 16:29:08.241865+00	2026-09-16 15:22:52.502758+00
83e42681-024a-454f-b78a-fb1be0c3afcc	FB-2569-000052-8	2569	52	compliment	letter	reference	\N	th	คำชมเชย: ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้	ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้ (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	สุภาพร สุขสวัสดิ์	patron51@example.org	0820000051	email	t	f	\N	closed	0				2026-09-15 10:47:35.570249+00	2026-09-15	2026-09-30	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-09-17 16:10:04.194948+00	2026-09-21 07:45:17.632739+00	3	2026-09-15 10:47:35.570249+00	2026-09-21 07:45:17.632739+00
bb01239b-a542-4a60-8749-bc09e35b9425	FB-2569-000053-1	2569	53	comment	api	reference	U1	en	Comment: not enough parking	not enough parking (Information and reference). Please look into it.	Kitti Jaidee				t	f	\N	closed	0				2026-09-17 02:59:19.621158+00	2026-09-17	2026-10-01	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-09-18 16:54:38.768862+00	2026-09-21 06:01:17.071877+00	3	2026-09-17 02:59:19.621158+00	2026-09-21 06:01:17.071877+00
94b0f225-498b-4dc7-9b93-eaef9a8c4409	FB-2569-000054-4	2569	54	compliment	web-form	membership	\N	th	คำชมเชย: ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้	ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	มาลี วงศ์ใหญ่	patron53@example.org	0820000053	email	f	f	\N	closed	0				2026-09-20 17:42:38.416208+00	2026-09-21	2026-10-05	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-09-22 13:39:33.536465+00	2026-09-26 08:35:18.549314+00	3	2026-09-20 17:42:38.416208+00	2026-09-26 08:35:18.549314+00
7bd83b88-9099-4e29-a0e0-0e60d355ebe8	FB-2569-000055-3	2569	55	complaint	api	learning-media	U1	th	ข้อร้องเรียน: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	ณัฐวุฒิ ใจดี	patron54@example.org	0820000054	email	t	f	3	closed	1	group		บริการสื่อการเรียนรู้	2026-09-22 02:44:22.384465+00	2026-09-22	2026-10-06	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	ติดป้ายบอกทางให้ชัดเจน	f	\N	t	2026-10-13 04:36:46.127569+00	2026-10-14 13:11:46.090048+00	7	2026-09-22 02:44:22.384465+00	2026-10-14 13:11:46.090048+00
f359d3dd-084e-4d38-8828-0362fd6056f2	FB-2569-000056-6	2569	56	suggestion	letter	e-resources	U1	th	ข้อเสนอแนะ: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์) ขอให้ห้องสมุดพิจารณา	วิชัย จันทร์แก้ว	patron55@example.org	0820000055	email	t	f	\N	closed	0				2026-09-24 03:00:27.252856+00	2026-09-24	2026-10-08	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-09-29 08:21:15.10344+00	2026-09-30 09:52:21.622364+00	3	2026-09-24 03:00:27.252856+00	2026-09-30 09:52:21.622364+00
2b0e485d-4217-45f9-913f-c0b92a290e3d	FB-2569-000057-7	2569	57	suggestion	letter	e-resources	\N	th	ข้อเสนอแนะ: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์) ขอให้ห้องสมุดพิจารณา	อนุชา ใจดี		0820000056	sms	f	f	\N	closed	0				2026-09-25 05:50:27.68036+00	2026-09-25	2026-10-09	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-09-28 17:57:47.140324+00	2026-10-02 15:58:23.475255+00	3	2026-09-25 05:50:27.68036+00	2026-10-02 15:58:23.475255+00
85b4bc6c-b660-4877-843a-bbf802da375c	FB-2569-000058-9	2569	58	suggestion	web-form	membership	U5	th	ข้อเสนอแนะ: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา					f	t	\N	closed	0				2026-09-28 15:21:06.923543+00	2026-09-28	2026-10-14	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-10-02 02:16:40.679691+00	2026-10-03 05:34:29.016759+00	3	2026-09-28 15:21:06.923543+00	2026-10-03 05:34:29.016759+00
a2416329-053d-4091-9e86-21e897e8f787	FB-2569-000059-0	2569	59	suggestion	e-mail	inter-library-loan	F1	th	ข้อเสนอแนะ: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ พงษ์ไพบูลย์	patron58@example.org	0820000058	email	t	f	\N	closed	0				2026-09-29 09:33:49.841527+00	2026-09-29	2026-10-15	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-10-02 03:54:13.103325+00	2026-10-03 23:50:42.452389+00	3	2026-09-29 09:33:49.841527+00	2026-10-03 23:50:42.452389+00
8f18f820-4038-47b5-9523-868c6de28f2e	FB-2569-000060-9	2569	60	comment	letter	other	\N	th	ข้อคิดเห็น: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	กิตติ พงษ์ไพบูลย์	patron59@example.org		email	t	f	\N	closed	0				2026-10-01 00:38:55.315563+00	2026-10-01	2026-10-16	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-10-02 18:40:43.663853+00	2026-10-06 12:28:05.766874+00	3	2026-10-01 00:38:55.315563+00	2026-10-06 12:28:05.766874+00
ed8e90f8-a9b0-42dd-92f2-6c4ac294365f	FB-2569-000061-4	2569	61	comment	phone	learning-media	U1	th	ข้อคิดเห็น: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	วรวุฒิ มีสุข	patron60@example.org		email	f	f	\N	closed	0				2026-10-03 00:01:40.006593+00	2026-10-03	2026-10-20	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-10-07 04:15:22.412139+00	2026-10-09 22:27:59.293646+00	3	2026-10-03 00:01:40.006593+00	2026-10-09 22:27:59.293646+00
5995e529-eec8-4de6-b39f-e19ae9644936	FB-2569-000062-3	2569	62	compliment	api	other	\N	th	คำชมเชย: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	พิมพ์ชนก สายสุวรรณ		0820000061	sms	t	f	\N	closed	0				2026-10-05 20:37:37.685393+00	2026-10-06	2026-10-21	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-10-10 00:52:14.963322+00	2026-10-12 03:23:55.493719+00	3	2026-10-05 20:37:37.685393+00	2026-10-12 03:23:55.493719+00
fdb1568e-0487-46be-9b46-8e8a72fc397c	FB-2569-000063-8	2569	63	complaint	e-mail	other	U1	th	ข้อร้องเรียน: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	กนกพร บุญมา	patron62@example.org	0820000062	email	f	f	1	closed	0				2026-10-08 21:10:49.713945+00	2026-10-09	2026-10-09	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-10-09 05:07:48.260441+00	2026-10-11 00:34:20.631337+00	3	2026-10-08 21:10:49.713945+00	2026-10-11 00:34:20.631337+00
f3ac9fa9-b779-4c9a-b151-898815a45a4c	FB-2569-000064-6	2569	64	suggestion	letter	circulation	U1	th	ข้อเสนอแนะ: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการยืม-คืน) ขอให้ห้องสมุดพิจารณา	กนกพร แก้วมณี				t	f	\N	closed	0				2026-10-10 15:46:34.341596+00	2026-10-10	2026-10-28	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-10-17 02:34:49.37125+00	2026-10-19 00:24:31.130083+00	3	2026-10-10 15:46:34.341596+00	2026-10-19 00:24:31.130083+00
fd50271a-f301-47fd-8e6c-f654472a2f93	FB-2569-000065-1	2569	65	complaint	web-form	study-spaces	U4	th	ข้อร้องเรียน: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	วรวุฒิ สุขสวัสดิ์	patron64@example.org		email	t	f	2	closed	0	group		ห้องอ่านหนังสือและพื้นที่การเรียนรู้	2026-10-12 15:47:08.646965+00	2026-10-12	2026-10-19	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-10-14 20:47:31.55108+00	2026-10-16 05:36:45.461964+00	5	2026-10-12 15:47:08.646965+00	2026-10-16 05:36:45.461964+00
fe494bda-a807-42f2-b6bc-74ee6c45667d	FB-2569-000066-7	2569	66	complaint	phone	reference	U5	en	Complaint: please add power sockets at the desks	please add power sockets at the desks (Information and reference). Please look into it.	Anucha Jankaew	patron65@example.org	0820000065	email	t	f	3	closed	0	group		บริการสารสนเทศและตอบคำถาม	2026-10-13 11:20:52.007665+00	2026-10-13	2026-10-29	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-10-21 18:33:41.632695+00	2026-10-23 07:27:34.975916+00	5	2026-10-13 11:20:52.007665+00	2026-10-23 07:27:34.975916+00
35796342-1510-437e-a6c9-ef89929c4334	FB-2569-000067-2	2569	67	suggestion	counter	circulation	U1	en	Suggestion: please open until 22:00 during exams	please open until 22:00 during exams (Loans and returns). Please look into it.	Malee Thongdee	patron66@example.org	0820000066	email	t	f	\N	closed	0				2026-10-16 10:47:17.411551+00	2026-10-16	2026-11-03	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-10-18 12:19:37.697431+00	2026-10-20 04:00:08.714892+00	3	2026-10-16 10:47:17.411551+00	2026-10-20 04:00:08.714892+00
38991b8f-9818-45e5-8a18-791debf5946e	FB-2569-000068-0	2569	68	complaint	e-mail	membership	Pa1	th	ข้อร้องเรียน: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	กนกพร วงศ์ใหญ่	patron67@example.org	0820000067	email	t	f	3	closed	0	group		สมาชิกและเงินประกัน	2026-10-17 09:29:32.850084+00	2026-10-17	2026-11-03	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-11-05 22:00:57.298024+00	2026-11-08 02:20:46.03392+00	5	2026-10-17 09:29:32.850084+00	2026-11-08 02:20:46.03392+00
0a4cddec-1694-4286-80b7-f0f457ffd41e	FB-2569-000069-5	2569	69	compliment	counter	reference	U2	th	คำชมเชย: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	ประเสริฐ วงศ์ใหญ่	patron68@example.org	0820000068	email	f	f	\N	closed	0				2026-10-20 18:06:07.080374+00	2026-10-21	2026-11-05	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-10-25 03:37:28.225733+00	2026-10-27 16:12:42.06216+00	3	2026-10-20 18:06:07.080374+00	2026-10-27 16:12:42.06216+00
171d868a-1ac8-43a0-a499-6138718462e8	FB-2569-000070-5	2569	70	compliment	e-mail	learning-media	U5	th	คำชมเชย: ที่จอดรถไม่พอ	ที่จอดรถไม่พอ (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	วิชัย พงษ์ไพบูลย์	patron69@example.org		email	f	f	\N	closed	0				2026-10-21 06:13:41.796751+00	2026-10-21	2026-11-05	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-10-23 22:21:26.284476+00	2026-10-27 14:35:07.070661+00	3	2026-10-21 06:13:41.796751+00	2026-10-27 14:35:07.070661+00
9d6023ec-fa68-47e3-a46b-3be814440804	FB-2569-000071-8	2569	71	comment	phone	inter-library-loan	U3	th	ข้อคิดเห็น: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	มาลี จันทร์แก้ว				t	f	\N	closed	0				2026-10-24 06:13:07.430141+00	2026-10-24	2026-11-09	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-10-28 20:33:20.670565+00	2026-10-31 07:16:25.622827+00	3	2026-10-24 06:13:07.430141+00	2026-10-31 07:16:25.622827+00
2a0abf83-d688-4750-b018-f33cb1f4dfc4	FB-2569-000072-6	2569	72	compliment	letter	study-spaces	\N	th	คำชมเชย: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	กนกพร ชัยมงคล				t	f	\N	closed	0				2026-10-26 15:26:45.481091+00	2026-10-26	2026-11-10	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-01 04:13:17.022073+00	2026-11-03 04:11:53.214852+00	3	2026-10-26 15:26:45.481091+00	2026-11-03 04:11:53.214852+00
da053d5b-5758-4091-96c0-217a9e3f7854	FB-2569-000073-9	2569	73	complaint	web-form	inter-library-loan	U1	en	Complaint: online renewal does not work	online renewal does not work (Inter-library loan). Please look into it.	Anucha Jaidee				t	f	1	closed	1	group		บริการยืมระหว่างห้องสมุด	2026-10-28 14:46:52.597014+00	2026-10-28	2026-10-29	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-05 07:51:25.590491+00	2026-11-09 04:23:49.155798+00	6	2026-10-28 14:46:52.597014+00	2026-11-09 04:23:49.155798+00
18e7bc03-ff54-42b6-9942-e041bcd144cb	FB-2569-000074-7	2569	74	complaint	e-mail	study-spaces	U2	th	ข้อร้องเรียน: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	มาลี ชัยมงคล	patron73@example.org	0820000073	email	f	f	3	closed	0	group		ห้องอ่านหนังสือและพื้นที่การเรียนรู้	2026-10-29 12:59:46.926334+00	2026-10-29	2026-11-13	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-11-17 22:05:47.802295+00	2026-11-21 01:54:26.140597+00	5	2026-10-29 12:59:46.926334+00	2026-11-21 01:54:26.140597+00
599638a7-5e1c-4d74-8936-16fd536bd37f	FB-2569-000075-2	2569	75	suggestion	phone	inter-library-loan	U3	en	Suggestion: the counter staff were very helpful	the counter staff were very helpful (Inter-library loan). Please look into it.	Prasert Suksawat				t	f	\N	closed	0				2026-10-31 13:07:45.534137+00	2026-10-31	2026-11-16	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-11-02 16:49:31.326772+00	2026-11-06 08:41:26.46298+00	3	2026-10-31 13:07:45.534137+00	2026-11-06 08:41:26.46298+00
a985e9b3-005b-4732-9569-e3757bbd17f3	FB-2569-000076-0	2569	76	complaint	e-mail	membership	U5	th	ข้อร้องเรียน: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	ณัฐวุฒิ ทองดี	patron75@example.org		email	t	f	3	closed	0	group		สมาชิกและเงินประกัน	2026-11-04 07:35:51.393531+00	2026-11-04	2026-11-18	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-21 02:21:19.475847+00	2026-11-23 15:40:57.302984+00	5	2026-11-04 07:35:51.393531+00	2026-11-23 15:40:57.302984+00
d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	FB-2569-000077-1	2569	77	complaint	letter	learning-media	F2	th	ข้อร้องเรียน: เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก	เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	ประเสริฐ ใจดี	patron76@example.org		email	f	f	3	closed	0	group		บริการสื่อการเรียนรู้	2026-11-05 01:51:09.325016+00	2026-11-05	2026-11-19	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	ตรวจสอบอุปกรณ์ทุกเช้าก่อนเปิดบริการ	f	\N	t	2026-11-11 17:34:20.051693+00	2026-11-13 02:45:17.477713+00	6	2026-11-05 01:51:09.325016+00	2026-11-13 02:45:17.477713+00
d5c3b50e-312a-463d-aa2c-5ec1ab58554c	FB-2569-000078-3	2569	78	suggestion	counter	other	\N	th	ข้อเสนอแนะ: เครื่องถ่ายเอกสารชั้น 2 เสีย	เครื่องถ่ายเอกสารชั้น 2 เสีย (อื่น ๆ) ขอให้ห้องสมุดพิจารณา	มาลี ใจดี				t	f	\N	closed	0				2026-11-08 07:20:45.774429+00	2026-11-08	2026-11-23	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-11-11 21:35:58.964157+00	2026-11-14 04:57:20.259552+00	3	2026-11-08 07:20:45.774429+00	2026-11-14 04:57:20.259552+00
62be922f-b3f4-44de-8281-b67d32af8680	FB-2569-000079-4	2569	79	comment	e-mail	circulation	U1	th	ข้อคิดเห็น: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการยืม-คืน) ขอให้ห้องสมุดพิจารณา	กิตติ มีสุข	patron78@example.org		email	t	f	\N	closed	0				2026-11-09 01:51:20.324014+00	2026-11-09	2026-11-23	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-11-14 06:49:00.619542+00	2026-11-17 17:56:32.667203+00	3	2026-11-09 01:51:20.324014+00	2026-11-17 17:56:32.667203+00
0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	FB-2569-000080-6	2569	80	complaint	counter	learning-media	U3	th	ข้อร้องเรียน: ขอคืนเงินประกันล่าช้า	ขอคืนเงินประกันล่าช้า (บริการสื่อการเรียนรู้) ขอให้ห้องสมุดพิจารณา	ประเสริฐ บุญมา	patron79@example.org	0820000079	email	f	f	3	closed	0	group		บริการสื่อการเรียนรู้	2026-11-11 12:32:45.080509+00	2026-11-11	2026-11-26	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-21 23:08:42.43595+00	2026-11-23 02:35:12.457303+00	5	2026-11-11 12:32:45.080509+00	2026-11-23 02:35:12.457303+00
ff71578b-a043-4bcc-9c75-de7ddafa71f3	FB-2569-000081-1	2569	81	comment	letter	membership	Pa3	th	ข้อคิดเห็น: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	ปิยะนุช ประเสริฐวงศ์	patron80@example.org	0820000080	email	f	f	\N	closed	0				2026-11-14 04:09:00.908404+00	2026-11-14	2026-11-30	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-17 21:03:57.276266+00	2026-11-21 17:35:46.866231+00	3	2026-11-14 04:09:00.908404+00	2026-11-21 17:35:46.866231+00
bff5f7e5-441c-4f9b-9b7a-48f57e3dc013	FB-2569-000082-2	2569	82	comment	web-form	circulation	Pa2	th	ข้อคิดเห็น: ห้องอ่านหนังสือเสียงดัง	ห้องอ่านหนังสือเสียงดัง (บริการยืม-คืน) ขอให้ห้องสมุดพิจารณา	สุภาพร ชัยมงคล		0820000081	sms	t	f	\N	closed	0				2026-11-14 13:32:44.159009+00	2026-11-14	2026-11-30	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-11-18 17:29:44.463772+00	2026-11-19 18:12:07.71118+00	3	2026-11-14 13:32:44.159009+00	2026-11-19 18:12:07.71118+00
41066628-08dc-442e-927f-8b5750a814e9	FB-2569-000083-3	2569	83	comment	phone	inter-library-loan	U1	th	ข้อคิดเห็น: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการยืมระหว่างห้องสมุด) ขอให้ห้องสมุดพิจารณา	ธนากร วงศ์ใหญ่		0820000082	sms	t	f	\N	closed	0				2026-11-17 11:23:44.796424+00	2026-11-17	2026-12-02	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-11-22 22:14:52.808779+00	2026-11-24 08:53:33.437371+00	3	2026-11-17 11:23:44.796424+00	2026-11-24 08:53:33.437371+00
3dfced2f-e2e7-4b99-b3bb-ba059989bd21	FB-2569-000084-0	2569	84	complaint	api	membership	U2	th	ข้อร้องเรียน: ยืมหนังสือต่อออนไลน์ไม่ได้	ยืมหนังสือต่อออนไลน์ไม่ได้ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	วิชัย ทองดี	patron83@example.org	0820000083	email	t	f	1	closed	0	group		สมาชิกและเงินประกัน	2026-11-20 05:10:50.858231+00	2026-11-20	2026-11-20	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-21 03:04:53.177931+00	2026-11-23 21:34:57.832192+00	5	2026-11-20 05:10:50.858231+00	2026-11-23 21:34:57.832192+00
63c3ab63-0ab2-4ef6-9953-2b5636d60dd7	FB-2569-000085-4	2569	85	suggestion	api	reference	U1	th	ข้อเสนอแนะ: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ รักเรียน	patron84@example.org	0820000084	email	f	f	\N	closed	0				2026-11-21 05:39:10.009287+00	2026-11-21	2026-12-08	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-26 17:20:48.552581+00	2026-11-30 00:03:00.247187+00	3	2026-11-21 05:39:10.009287+00	2026-11-30 00:03:00.247187+00
db702d8d-7b5c-4241-bca0-87962439b2a3	FB-2569-000086-5	2569	86	suggestion	api	reference	U1	th	ข้อเสนอแนะ: ยืมหนังสือต่อออนไลน์ไม่ได้	ยืมหนังสือต่อออนไลน์ไม่ได้ (บริการสารสนเทศและตอบคำถาม) ขอให้ห้องสมุดพิจารณา	กนกพร มีสุข	patron85@example.org	0820000085	email	f	f	\N	closed	0				2026-11-22 15:59:56.736015+00	2026-11-22	2026-12-08	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	\N	\N	\N	f	\N	f	2026-11-25 07:29:26.536006+00	2026-11-28 05:02:06.810306+00	3	2026-11-22 15:59:56.736015+00	2026-11-28 05:02:06.810306+00
5f33d100-f75b-490b-b73f-3891229c348d	FB-2569-000087-9	2569	87	suggestion	e-mail	membership	U3	th	ข้อเสนอแนะ: อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ	อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	อนุชา สุขสวัสดิ์	patron86@example.org	0820000086	email	t	f	\N	closed	0				2026-11-26 09:48:06.544832+00	2026-11-26	2026-12-15	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	\N	\N	\N	f	\N	f	2026-11-28 17:17:29.308692+00	2026-11-30 10:20:13.988113+00	3	2026-11-26 09:48:06.544832+00	2026-11-30 10:20:13.988113+00
b62e1625-1826-43d9-9426-179b6cd3d567	FB-2569-000088-7	2569	88	suggestion	counter	study-spaces	U4	th	ข้อเสนอแนะ: ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้	ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้ (ห้องอ่านหนังสือและพื้นที่การเรียนรู้) ขอให้ห้องสมุดพิจารณา	มาลี มีสุข	patron87@example.org		email	f	f	\N	resolved	0				2026-11-27 09:20:04.369221+00	2026-11-27	2026-12-15	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	\N	\N	\N	f	\N	f	2026-11-30 08:04:01.735929+00	\N	2	2026-11-27 09:20:04.369221+00	2026-11-30 08:04:01.735929+00
ea17c9d6-ee69-48b7-a708-208e3f6fb5cb	FB-2569-000089-8	2569	89	complaint	counter	membership	U2	th	ข้อร้องเรียน: แอร์ห้องค้นคว้ากลุ่มไม่เย็น	แอร์ห้องค้นคว้ากลุ่มไม่เย็น (สมาชิกและเงินประกัน) ขอให้ห้องสมุดพิจารณา	จันทร์เพ็ญ ทองดี	patron88@example.org		email	f	f	3	in-progress	0	group		สมาชิกและเงินประกัน	2026-11-29 16:12:07.250702+00	2026-11-29	2026-12-16	\N	\N	\N	\N	\N	f	\N	f	\N	\N	3	2026-11-29 16:12:07.250702+00	2026-12-01 00:17:15.944558+00
787d9ae1-54f8-4d47-afc7-36ea8fe525ff	FB-2569-000093-6	2569	93	complaint	web-form	study-spaces	U1	th	ขอเพิ่มเก้าอี้ในห้องค้นคว้ากลุ่ม	ขอเพิ่มเก้าอี้ในห้องค้นคว้ากลุ่ม					f	t	4	triaged	0				2026-11-29 18:42:19.482598+00	2026-11-30	2026-12-30	\N	\N	\N	\N	\N	f	\N	f	\N	\N	1	2026-12-02 18:42:19.556429+00	2026-12-02 18:42:19.580532+00
5e4273d0-d74d-4830-a555-b754ef4c20c5	FB-2569-000094-8	2569	94	complaint	web-form	study-spaces	U1	th	เครื่องถ่ายเอกสารชั้น 1 เสียทั้งสัปดาห์	เครื่องถ่ายเอกสารชั้น 1 เสียทั้งสัปดาห์					f	t	2	escalated	2				2026-11-18 18:42:19.482598+00	2026-11-19	2026-11-24	\N	\N	\N	\N	\N	f	\N	f	\N	\N	2	2026-12-02 18:42:19.598208+00	2026-12-02 18:42:19.69574+00
517dca21-2701-47a0-8e59-4ecaf70b2869	FB-2569-000095-7	2569	95	complaint	web-form	study-spaces	U1	th	แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น	ทดสอบการย้ายฐานข้อมูล	มาลี	malee@example.org		email	t	f	\N	received	0				2026-12-02 18:42:21.475768+00	2026-12-03	2026-12-03	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-02 18:42:21.480342+00	2026-12-02 18:42:21.480342+00
2bfcbf6e-778b-46b6-ab85-773832f2064c	FB-2569-000096-1	2569	96	compliment	web-form	study-spaces	U1	th	ขอบคุณเจ้าหน้าที่เคาน์เตอร์	ทดสอบการย้ายฐานข้อมูล					f	t	\N	received	0				2026-12-02 18:42:21.55186+00	2026-12-03	2026-12-21	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-02 18:42:21.554212+00	2026-12-02 18:42:21.554212+00
\.


--
-- Data for Name: feedback_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_log (id, item_id, at, actor_kind, actor_id, actor_name, actor_role, action, from_status, to_status, note, is_public, seq) FROM stdin;
a49282a0-7428-4d25-a51c-838212627b2f	64bd85b3-af20-4dba-b2ee-cec2b7e29a04	2026-06-05 01:11:15.310723+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
e3113a92-14d5-449f-9e83-09095b23d579	64bd85b3-af20-4dba-b2ee-cec2b7e29a04	2026-06-05 15:04:42.334644+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
9b2cdff7-a523-4af3-b31a-f078abe512c4	64bd85b3-af20-4dba-b2ee-cec2b7e29a04	2026-06-10 11:01:29.9097+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
843f509d-799d-4ed3-9b80-c0ac503c7ea3	64bd85b3-af20-4dba-b2ee-cec2b7e29a04	2026-06-13 04:16:28.864486+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
ccccd049-6979-4065-92eb-5e99b880a3e8	4ff5fe76-96fe-463f-ba07-02e7a99d1b5a	2026-06-05 21:16:35.33893+00	submitter			\N	receive	\N	received	Web form	t	0
cb046d65-aa06-40bb-aac8-21e1f87bd60f	4ff5fe76-96fe-463f-ba07-02e7a99d1b5a	2026-06-06 04:00:46.610505+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
ba9689e9-38c1-4266-8b93-11c9dd56eb24	4ff5fe76-96fe-463f-ba07-02e7a99d1b5a	2026-06-09 17:01:40.511095+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
b351d7ce-6d7c-42b8-9fab-5ed443ccefe6	4ff5fe76-96fe-463f-ba07-02e7a99d1b5a	2026-06-10 22:34:38.488633+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
11ac4163-67b6-4e6f-87a4-a957586d54e1	14c4bbd4-7360-4829-aeea-d08e1a98ae86	2026-06-07 23:06:06.548974+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
e57b6acf-96fe-4510-95cd-f10b4e0aa5b7	14c4bbd4-7360-4829-aeea-d08e1a98ae86	2026-06-08 11:03:52.08353+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
1b72bed0-eec1-4f1a-ba64-9e142aaa11fd	872c3d1c-3ac0-4a8c-a35e-64d6fa69ab7f	2026-06-11 07:40:22.311872+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
1f982ede-5389-4eff-bd5f-d9bdac4262ee	872c3d1c-3ac0-4a8c-a35e-64d6fa69ab7f	2026-06-11 13:14:15.575585+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
963f3847-e67a-4713-8744-500680949da3	872c3d1c-3ac0-4a8c-a35e-64d6fa69ab7f	2026-06-16 18:19:36.435185+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
5236d007-4210-4dc5-8a51-3f8b690c7322	872c3d1c-3ac0-4a8c-a35e-64d6fa69ab7f	2026-06-18 21:09:43.650323+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
a7b435d4-c102-4c65-8ca1-a5a373ce74a0	a567c0eb-08b8-4e6f-ac4a-d774dc3672f3	2026-06-13 07:27:29.773509+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
52916144-9553-48e2-a8d4-276921ef5753	a567c0eb-08b8-4e6f-ac4a-d774dc3672f3	2026-06-13 11:34:26.324759+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
0ea41d7c-a0b9-4428-9ddb-6e60bf8cce1b	a567c0eb-08b8-4e6f-ac4a-d774dc3672f3	2026-06-18 02:38:34.782952+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
9d0c1765-040a-4985-b9d4-b34047ed82f7	a567c0eb-08b8-4e6f-ac4a-d774dc3672f3	2026-06-21 00:46:17.330728+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
8d73f321-b0a0-4b26-8342-602b054281cd	4eecf927-8a25-43e5-87f0-f6d92c3455e1	2026-06-14 09:38:09.30196+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
cadab7c4-308a-493b-bc8d-329fac047a12	4eecf927-8a25-43e5-87f0-f6d92c3455e1	2026-06-14 14:14:56.798452+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
9ab4ef27-90d9-4764-8d09-5b99c1af80e7	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	2026-06-17 00:09:38.881437+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
976861b5-9b02-4415-88ef-52c10b240b27	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	2026-06-17 17:10:31.99892+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
6b3fd4fb-8b48-4b24-a670-74a40e4adf45	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	2026-06-17 20:21:53.542938+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสื่อการเรียนรู้	f	2
b4aaac68-5749-44e0-a13a-08a52e941d91	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	2026-06-17 23:20:37.320942+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
e3e383bd-2928-4810-9f8f-2648c5c7a13a	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	2026-06-18 03:45:01.206271+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
b5de3224-db10-484d-9811-06dc5e25d791	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	2026-06-19 11:39:26.267639+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
522e44cb-2043-4407-a490-2d08ff282c84	49bfd6e0-e30f-4e8b-9753-0f6b954f5157	2026-06-17 22:54:52.363656+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
5d52179b-0b6d-438b-8724-4f7f8bf289c3	49bfd6e0-e30f-4e8b-9753-0f6b954f5157	2026-06-18 17:21:58.540001+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
6ce68f18-9178-41c4-985d-1d6714941272	49bfd6e0-e30f-4e8b-9753-0f6b954f5157	2026-06-18 20:18:43.609243+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
4dad06e4-4214-4a33-afb6-99a68b06a8dc	49bfd6e0-e30f-4e8b-9753-0f6b954f5157	2026-06-20 23:21:50.509486+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
f0a651d1-cf57-4827-abae-23d3f0455abb	7b409f20-35ac-47ab-8642-ab427bade0f7	2026-06-21 02:47:06.851753+00	submitter			\N	receive	\N	received	API	t	0
57af57e6-0913-45a7-aaa6-b84306a6065b	7b409f20-35ac-47ab-8642-ab427bade0f7	2026-06-21 17:43:09.728898+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e61427f2-2e9a-4296-9f84-b0ad058d4fdf	7b409f20-35ac-47ab-8642-ab427bade0f7	2026-06-21 20:46:51.853925+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
29a1ad31-bc23-43cf-aa49-60a30391baa1	7b409f20-35ac-47ab-8642-ab427bade0f7	2026-06-22 11:18:07.952+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
e4edeaa9-9db1-48fc-b485-edd1e70879bd	7b409f20-35ac-47ab-8642-ab427bade0f7	2026-06-30 00:30:08.135576+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
85683773-211c-4469-89f6-dace8b7e0e28	7b409f20-35ac-47ab-8642-ab427bade0f7	2026-07-03 07:24:15.86034+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
ba07a893-c029-4bc8-b190-4fab284dd527	50b6bc0b-6812-42b7-b386-8cb66f95cb05	2026-06-23 00:27:02.434684+00	submitter			\N	receive	\N	received	API	t	0
aa86db8e-018f-4d2e-8e7f-472823e5dc26	50b6bc0b-6812-42b7-b386-8cb66f95cb05	2026-06-23 10:18:57.329577+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b5e2380b-0863-4bc8-8981-d77278b007e5	50b6bc0b-6812-42b7-b386-8cb66f95cb05	2026-06-26 13:29:57.609521+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
ebcd5ae3-03ee-401e-bc8f-772f0b82d427	50b6bc0b-6812-42b7-b386-8cb66f95cb05	2026-06-30 07:12:54.182526+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
40ac022b-af34-4efd-bde4-c5791a32d08c	dfb2692d-e419-46a3-8aad-761db2f95299	2026-06-25 00:48:58.128639+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
8f5092d1-1673-4d51-a012-9ef8732e5e8b	dfb2692d-e419-46a3-8aad-761db2f95299	2026-06-25 20:12:16.391419+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e4048cf9-b1dc-4c98-b0d6-de9058c52f2e	dfb2692d-e419-46a3-8aad-761db2f95299	2026-06-28 23:59:51.936356+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
f1bc2b9e-3184-4ae9-a7db-ad0bd277db27	dfb2692d-e419-46a3-8aad-761db2f95299	2026-06-30 02:25:19.393199+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
96824c7c-8b45-4b36-959e-2bb085f31603	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	2026-06-27 05:36:40.476088+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
17b97baf-ad98-475b-961d-008fa7f709fe	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	2026-06-27 16:02:09.490635+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
993ca8d4-5b58-4193-81b5-c468c6be9217	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	2026-06-27 17:06:20.671123+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสารสนเทศและตอบคำถาม	f	2
a9cfbbe1-b46f-4b15-8e89-0e5406f94f67	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	2026-06-28 08:46:37.257245+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
1bfa9b35-e6ac-4e49-ae2f-6b88a74da67e	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	2026-07-07 16:53:36.20963+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
b8b920af-23e7-4d44-ae8a-e3a89cfe8be1	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	2026-07-10 09:54:17.551076+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
7eae7b9f-8abe-4868-a8d0-59e9969032a8	28afa3c5-4a96-4621-873f-71de18100fd2	2026-06-28 08:57:09.470194+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
a107a7e6-aa79-47b3-9e4d-989cd866f882	28afa3c5-4a96-4621-873f-71de18100fd2	2026-06-28 14:49:00.540806+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
5f837a23-06cc-42bb-9fa7-a39bbfa35ac9	28afa3c5-4a96-4621-873f-71de18100fd2	2026-06-28 15:59:29.555483+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	ห้องอ่านหนังสือและพื้นที่การเรียนรู้	f	2
c6aad2a2-83ed-4429-8336-982dcc5f8fe6	28afa3c5-4a96-4621-873f-71de18100fd2	2026-06-29 17:40:51.736543+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
7f48df46-fbff-4b84-bccd-0607d4e34b5a	28afa3c5-4a96-4621-873f-71de18100fd2	2026-07-09 00:01:07.432461+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
06b53653-75cc-48cf-a6b2-569a0616ca35	28afa3c5-4a96-4621-873f-71de18100fd2	2026-07-10 23:44:19.147851+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
3d7c8950-1e9a-4ab5-a5d4-e1d84a991508	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-01 15:34:29.953085+00	submitter			\N	receive	\N	received	API	t	0
d55d82b5-c7ba-4c7a-a187-aba38591f970	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-02 05:59:47.897851+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e09d5d68-a661-4432-9420-f596d8cb943e	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-02 10:46:10.421721+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์	f	2
63509ce9-25d4-4ab8-89c2-b9f9b59cfa3f	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-02 22:03:54.517859+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
83699193-2f87-4a26-bc01-2e50d5321dc5	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-05 08:12:14.535912+00	system			\N	escalate	in-progress	escalated	Work-group head	t	4
b6eac37b-99cc-446d-9278-3cddf7937df3	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-05 09:42:36.928557+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	escalated	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
c406e3b8-fe5c-4b02-af72-3fae72e94c72	407ebf9f-b78b-4e34-b6d0-f87488da9d58	2026-07-07 04:28:50.910604+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	6
5ec719e5-44fc-4545-888a-1830111acc81	f129d936-76e4-45c4-afd0-2de6e48cfd02	2026-07-02 19:04:18.674736+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
7948909b-117c-45c2-a18a-94819c37dd6b	f129d936-76e4-45c4-afd0-2de6e48cfd02	2026-07-03 04:38:00.828944+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a1341c60-89d2-442e-991f-3b399375a6e0	f129d936-76e4-45c4-afd0-2de6e48cfd02	2026-07-03 05:41:27.587588+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	ห้องอ่านหนังสือและพื้นที่การเรียนรู้	f	2
32eae668-e3e5-4ea0-8dcc-a3e4b814e04e	f129d936-76e4-45c4-afd0-2de6e48cfd02	2026-07-03 16:28:02.254161+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
5c943d59-b7f5-4886-b533-01b98b64f937	f129d936-76e4-45c4-afd0-2de6e48cfd02	2026-07-03 17:45:49.236942+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
9ef09741-39ba-4d9a-a89d-792ca9b3e1c6	f129d936-76e4-45c4-afd0-2de6e48cfd02	2026-07-06 18:45:15.002539+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
f53a15b2-6e47-4003-a04a-bfa9968aec3b	0bfd7cc0-8d11-443e-a0a5-9795c1bf3532	2026-07-04 06:03:28.57846+00	submitter			\N	receive	\N	received	Web form	t	0
8b063caa-1d4d-4c4b-a2da-996569b384ad	0bfd7cc0-8d11-443e-a0a5-9795c1bf3532	2026-07-05 01:33:55.892129+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
3249039f-2eec-4c83-ad43-6fe4ae052708	0bfd7cc0-8d11-443e-a0a5-9795c1bf3532	2026-07-08 20:02:28.884162+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
f2cc411d-bdfc-4c2e-b5cc-6dd0aa0f10e3	0bfd7cc0-8d11-443e-a0a5-9795c1bf3532	2026-07-12 00:57:21.028947+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
07277c9e-acc0-4aa1-8626-28c16b2767b9	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-07 13:46:03.855884+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
4616ddd7-7dc5-433f-ac88-f5044f0db115	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-07 17:59:26.764061+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
dc1da972-e1b7-4fd3-9b70-ade90dbca8e7	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-07 20:43:49.772703+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
7dcb98f2-8f3f-4a9e-b04a-38d73c528496	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-08 06:54:38.168579+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
0b6b765f-94e1-4e76-9f53-b3357146c9a7	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-09 01:02:59.6529+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	record-lesson	in-progress	in-progress	ตรวจสอบอุปกรณ์ทุกเช้าก่อนเปิดบริการ	f	4
bf46d03e-d3ea-429e-b8ff-1f0fa0eba41d	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-11 10:42:16.984897+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
f865d81a-2905-45c8-831c-ad619c57e498	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	2026-07-14 12:02:08.95878+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	6
db9aae5d-f3b3-4796-bacc-7ef431740502	cb977531-7ccf-43d4-ab9a-11f710a02ee5	2026-07-08 01:37:29.615497+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
f665302b-4749-4c46-92d4-a8dfc9367ddd	cb977531-7ccf-43d4-ab9a-11f710a02ee5	2026-07-08 18:40:59.45382+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
2b2c1b44-7cfa-45b1-b210-dfdea87eeab3	cb977531-7ccf-43d4-ab9a-11f710a02ee5	2026-07-09 21:52:53.028038+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
57a58451-4032-48b9-8300-5965275b4583	cb977531-7ccf-43d4-ab9a-11f710a02ee5	2026-07-13 15:33:46.804644+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
ab7aa615-4a63-4808-b61d-ff624b4a085b	2bea3670-3885-472c-a387-02141cf5f8ea	2026-07-10 06:53:43.196822+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
47216a79-b706-4f79-858f-32ef117d4b91	2bea3670-3885-472c-a387-02141cf5f8ea	2026-07-10 17:43:56.925014+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
6b438c48-9fe2-408a-a3f1-e48ece26a47f	2bea3670-3885-472c-a387-02141cf5f8ea	2026-07-16 09:49:10.884492+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
01c15a5e-f4c6-4947-8fd3-6f7ec4127657	2bea3670-3885-472c-a387-02141cf5f8ea	2026-07-19 03:32:45.739025+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
ad244d20-9cad-4fdf-abee-8e1823c479d2	c51b30a2-258d-47fc-a869-85c57ee6fc31	2026-07-12 22:49:56.279257+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
ede92047-dd46-44fe-8f57-ec69963ea243	c51b30a2-258d-47fc-a869-85c57ee6fc31	2026-07-13 01:36:53.12891+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
167fe990-4285-4007-a45e-83626e7bf709	c51b30a2-258d-47fc-a869-85c57ee6fc31	2026-07-17 19:28:49.924072+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
2a0deabb-ac14-4ee9-8cd5-0e8b4a14e0ea	7cc515c2-c76f-455c-b1cd-4020a6b43e5c	2026-09-14 02:06:37.135443+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b39f75aa-0738-4171-a3ac-862d26b48f87	c51b30a2-258d-47fc-a869-85c57ee6fc31	2026-07-21 17:58:53.216126+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
ff151c51-5507-4350-82c0-b3323f6569ff	25216946-568e-4aa5-a525-7937331f2668	2026-07-14 02:32:40.738533+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
17b64226-af8e-492b-9520-b444eda18d15	25216946-568e-4aa5-a525-7937331f2668	2026-07-14 07:13:38.906496+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
93d72f02-c8c9-4e1e-b1ca-23dd5afee7fe	25216946-568e-4aa5-a525-7937331f2668	2026-07-16 05:52:14.357803+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
02d2170e-c9f5-4ea4-886f-64b7799076f7	25216946-568e-4aa5-a525-7937331f2668	2026-07-19 19:37:06.868577+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
c56c3004-44bf-4caf-95be-ff6536d2ab9e	ebb6bd80-a945-42fb-bf5e-b04321258e8b	2026-07-17 09:18:11.349507+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
a9ab6d23-a755-4569-a243-993b05d834c6	ebb6bd80-a945-42fb-bf5e-b04321258e8b	2026-07-17 23:11:36.340585+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
43f733f9-9253-4af5-8ef5-aed3f8b9d35a	ebb6bd80-a945-42fb-bf5e-b04321258e8b	2026-07-21 01:49:36.609599+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
45469ab0-c5e4-43c7-a45c-5e887983be08	ebb6bd80-a945-42fb-bf5e-b04321258e8b	2026-07-24 03:19:18.495027+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
d1a064a4-031e-42bb-8fdb-e03878bedf31	0d02222e-677b-41a7-a97e-249af050c95d	2026-07-18 19:55:54.493002+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
5a7d1267-cea1-484f-8e00-6bf02e303f24	0d02222e-677b-41a7-a97e-249af050c95d	2026-07-19 05:44:20.523673+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
22075598-18c3-4336-b1c7-f8c4b177313f	0d02222e-677b-41a7-a97e-249af050c95d	2026-07-19 06:45:42.479277+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์	f	2
e153bb37-305d-4883-b049-e2dd9c6d181b	0d02222e-677b-41a7-a97e-249af050c95d	2026-07-19 13:42:32.940973+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
b241093d-efb4-4250-897d-a1764e0a3895	0d02222e-677b-41a7-a97e-249af050c95d	2026-07-26 01:00:39.730646+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
733956a8-e182-48bf-b084-5a4f55976abd	0d02222e-677b-41a7-a97e-249af050c95d	2026-07-28 15:53:05.552628+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
dd61ff57-3c78-457b-a897-5dbf23069269	daf32b88-b1a2-4889-86ba-f627d2e67064	2026-07-21 15:24:00.622027+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
db973af5-9ff8-42b8-9e14-dd8a60330f83	daf32b88-b1a2-4889-86ba-f627d2e67064	2026-07-22 08:38:14.362482+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e61b6ac8-a01b-4672-a56c-7be30cbcba95	daf32b88-b1a2-4889-86ba-f627d2e67064	2026-07-27 06:04:36.672553+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
d167e0d7-6ec4-40dd-a0f0-8cc0449cc152	daf32b88-b1a2-4889-86ba-f627d2e67064	2026-07-29 05:52:58.124216+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
444ff7dd-8d86-4a72-b63e-a61b372d2250	7cabbe89-1ad4-47f8-8db3-c79e85281e4b	2026-07-22 11:41:08.454711+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
c5bf4f5f-9c9f-4044-9d33-7a5d50723b41	7cabbe89-1ad4-47f8-8db3-c79e85281e4b	2026-07-22 18:55:16.346457+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
ab63044c-5ac6-4c5f-86e4-f204a6fd1e7b	7cabbe89-1ad4-47f8-8db3-c79e85281e4b	2026-07-27 22:51:28.547609+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
81433bda-b876-400a-bf94-cb9a4908dfd3	7cabbe89-1ad4-47f8-8db3-c79e85281e4b	2026-07-29 12:54:54.20039+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
2602afcc-c030-417e-9218-56b540fda5d3	259d408a-9ffc-47d5-a2f5-b6c6cc6e2b5e	2026-07-25 03:18:36.931101+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
fcf31331-f932-4a46-93cb-ed3ae248cfa9	259d408a-9ffc-47d5-a2f5-b6c6cc6e2b5e	2026-07-25 20:32:55.368936+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
31ea4bca-6630-441e-81cf-13ced3abe0f3	259d408a-9ffc-47d5-a2f5-b6c6cc6e2b5e	2026-07-31 17:31:29.91914+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
14b4ab0b-e65c-465d-8ea3-5aa012b66c74	259d408a-9ffc-47d5-a2f5-b6c6cc6e2b5e	2026-08-03 02:37:34.323189+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
9c35b24b-c130-4237-8e15-a93c9ff5a99f	683198b4-a075-4be1-8504-b5306e521fed	2026-07-26 11:04:33.856575+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
35e0b002-d0d6-42f1-9abf-7584aecec077	683198b4-a075-4be1-8504-b5306e521fed	2026-07-26 15:06:18.86055+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
0a32e5b3-c2a7-4ec0-87a3-8c9371e19bf2	85b4bc6c-b660-4877-843a-bbf802da375c	2026-09-28 16:42:44.427804+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b79269b7-2021-453a-b9af-e472e0ad7f48	683198b4-a075-4be1-8504-b5306e521fed	2026-07-26 17:19:48.305888+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
de74a697-6db9-49cc-ba31-5b4b6aaa5a22	683198b4-a075-4be1-8504-b5306e521fed	2026-07-27 17:45:49.172316+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
db1a5735-41d2-485d-8128-72b6a306df08	683198b4-a075-4be1-8504-b5306e521fed	2026-07-31 14:46:25.64097+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
bcad173e-57f6-4ee1-a5de-b3f5819f1e1f	683198b4-a075-4be1-8504-b5306e521fed	2026-08-04 05:52:52.25526+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
189b003f-855b-4e2a-ae20-cd12371e3fdf	f395b1a1-0f04-499c-ad81-60eab8e5f6be	2026-07-28 14:21:10.522999+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
f788068e-25dc-4aa1-8c5b-fb69ccdadd96	f395b1a1-0f04-499c-ad81-60eab8e5f6be	2026-07-28 20:44:25.220319+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
522d5f82-3423-4417-bfad-9dff0c3719e0	f395b1a1-0f04-499c-ad81-60eab8e5f6be	2026-07-31 21:39:56.598508+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
97f959fd-7305-42e1-affa-3aa601756de1	f395b1a1-0f04-499c-ad81-60eab8e5f6be	2026-08-02 01:07:10.079371+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
852397ad-b313-4c77-b5b0-1cda108f8c50	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	2026-07-30 18:53:34.281433+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
6fdd36ec-adf0-4402-b290-43e18d4c7b6b	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	2026-07-31 13:09:23.92446+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
2b8ba0fc-2ed4-47f7-8ba0-d723898fecbc	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	2026-07-31 17:02:37.176076+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
2e3e5826-7dea-487c-9919-3b6ca79638f4	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	2026-07-31 23:06:33.66199+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
9e33da68-f504-424c-ac95-b1b50861fadc	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	2026-08-08 02:39:20.965396+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
973f53d6-dd75-4754-bc9f-0b570c010560	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	2026-08-11 10:31:29.810787+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
ae308681-6ca3-4350-baf2-65f028f2933a	433db1f6-0d32-4713-a924-0b74d3634b1e	2026-08-02 15:04:13.322016+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
3014a66d-0575-4d70-8c85-28f9740c7f1b	433db1f6-0d32-4713-a924-0b74d3634b1e	2026-08-03 03:57:45.6794+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
8cf1e706-a746-4840-b61c-96d81de5c615	433db1f6-0d32-4713-a924-0b74d3634b1e	2026-08-03 06:56:55.759273+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	อื่น ๆ	f	2
ec5166f8-fbf7-44dd-be7a-88be617f6879	433db1f6-0d32-4713-a924-0b74d3634b1e	2026-08-03 14:35:24.158984+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
e0c0e82c-b9e1-433a-9103-67cd5959d523	433db1f6-0d32-4713-a924-0b74d3634b1e	2026-08-15 07:12:36.558117+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
b2684a69-86a6-464d-9ed7-18b4a17b25bc	433db1f6-0d32-4713-a924-0b74d3634b1e	2026-08-18 11:02:51.81774+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
28af4d05-01c4-4f98-884f-7bfb38f203dd	e0d79f79-8712-42e2-a757-009937aa2a3c	2026-08-03 21:27:20.263764+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
ef59b08d-1b42-43e6-846c-f53ad533cd50	e0d79f79-8712-42e2-a757-009937aa2a3c	2026-08-04 01:28:11.440948+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
4ae7441f-e979-42da-bd7b-d16536fa2ccf	e0d79f79-8712-42e2-a757-009937aa2a3c	2026-08-07 02:54:30.380019+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
92bbe40e-be3a-44c4-862a-609bfcbb281c	d8ef2249-6437-49cb-b4a1-60f9d7d54c7c	2026-08-05 13:28:11.942713+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
3470b110-8d39-4263-a9a9-6daf5c288dbf	d8ef2249-6437-49cb-b4a1-60f9d7d54c7c	2026-08-05 17:47:54.767816+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
ef11289f-450d-436f-ae83-1ea9cd00686a	d8ef2249-6437-49cb-b4a1-60f9d7d54c7c	2026-08-07 08:31:09.809275+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
39741acd-4dee-4521-a4a6-91753c9101d0	d8ef2249-6437-49cb-b4a1-60f9d7d54c7c	2026-08-09 08:40:05.388389+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
31200e52-2913-4be7-a270-bd2e8a20df73	60eb3509-8e4a-4a76-b47b-5587ff95334d	2026-08-07 16:26:01.841787+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
7ff7fc68-c0af-42ee-bfa4-17af921965b4	60eb3509-8e4a-4a76-b47b-5587ff95334d	2026-08-08 00:47:31.863703+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a267b5ca-01f1-4ad9-b2b6-7f7aa3716cd6	60eb3509-8e4a-4a76-b47b-5587ff95334d	2026-08-10 16:13:42.493175+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
cb55b1c0-c601-4400-a3d8-78e84cc590cf	60eb3509-8e4a-4a76-b47b-5587ff95334d	2026-08-12 23:26:09.465348+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
85f4f0db-ca71-486c-b3d5-175b4cc6e9b2	353a4d63-36b2-43f3-b9d0-9431926311a3	2026-08-09 21:26:55.886359+00	submitter			\N	receive	\N	received	Web form	t	0
4611bcd1-d206-420e-a406-a8b3da260005	353a4d63-36b2-43f3-b9d0-9431926311a3	2026-08-10 09:34:44.484792+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
7d4de80d-aa97-4456-8b37-ce50dca41d87	353a4d63-36b2-43f3-b9d0-9431926311a3	2026-08-11 11:26:07.314988+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
df10ccc0-a1ab-4d4d-83a5-d4c0f1d9f04c	353a4d63-36b2-43f3-b9d0-9431926311a3	2026-08-14 13:10:52.04772+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
c3613b4b-5578-4887-8918-0fdddea822c3	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	2026-08-12 03:48:24.171911+00	submitter			\N	receive	\N	received	API	t	0
09364a8d-e5cb-44ac-89b0-010ea457df6b	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	2026-08-12 16:59:38.235686+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
9250ff94-a6a1-45d8-a09b-e2d1cc131fe5	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	2026-08-12 18:30:17.808281+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการยืมระหว่างห้องสมุด	f	2
aa94040a-7395-4554-bbba-fc530d7c9ab8	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	2026-08-13 03:22:20.188737+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
d1cf2842-aa83-4faf-a918-13d8822510b2	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	2026-08-17 18:49:00.430887+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
81dfe0c7-510d-4b57-9f21-ec3c07c89102	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	2026-08-19 16:54:53.528741+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
79ae17d5-3193-4920-ac13-7bf27023370b	f507ddaa-3d5a-4f12-b037-f68377548476	2026-08-14 03:26:34.439544+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
1aeb67de-eefa-4f08-8588-3f1d62c114b7	f507ddaa-3d5a-4f12-b037-f68377548476	2026-08-14 07:26:52.651822+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
c5857d2e-163a-45f2-ba96-6e9be503f64a	f507ddaa-3d5a-4f12-b037-f68377548476	2026-08-14 10:54:27.234985+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสื่อการเรียนรู้	f	2
03aac62d-61ff-4989-b912-8b7f7b14014b	f507ddaa-3d5a-4f12-b037-f68377548476	2026-08-15 01:01:39.549011+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
bde1429c-ad70-404b-8d87-ed0ec29ffb5d	f507ddaa-3d5a-4f12-b037-f68377548476	2026-08-19 06:18:19.64113+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
37866444-dca4-422e-ad7d-b5dd29257bc9	f507ddaa-3d5a-4f12-b037-f68377548476	2026-08-20 11:01:11.03191+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
3e440dae-ec78-4d77-9428-3f73809700de	c9a495b2-850a-4848-a8af-f9909f5b3865	2026-08-15 11:34:06.914998+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
62c27fa8-4dcd-4053-8007-0a1bf71646ed	c9a495b2-850a-4848-a8af-f9909f5b3865	2026-08-16 07:01:10.368933+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a83819ec-a372-4978-ab38-3c88ed503eb9	c9a495b2-850a-4848-a8af-f9909f5b3865	2026-08-16 08:27:03.49791+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
2f1eb462-b15e-4a3a-942b-d3ba7e87e1e4	c9a495b2-850a-4848-a8af-f9909f5b3865	2026-08-16 23:55:30.339451+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
f41fdffa-288c-4dac-9e02-e8d294e03bb1	c9a495b2-850a-4848-a8af-f9909f5b3865	2026-08-17 03:33:45.972547+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
b695f527-45eb-4f85-8854-06349504d9a4	c9a495b2-850a-4848-a8af-f9909f5b3865	2026-08-20 22:30:04.489984+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
eda64766-5a80-4b7c-bbe1-27d91ffd2ccc	d654d1ba-c3d4-4ef8-8274-ff4e91a46423	2026-08-18 18:41:54.691355+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
f8a00fb4-15bb-4ec7-bbbc-65ee55f3c66d	d654d1ba-c3d4-4ef8-8274-ff4e91a46423	2026-08-19 01:41:15.417618+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a84dcac3-a380-41a2-ae64-3fd01a2a1c57	d654d1ba-c3d4-4ef8-8274-ff4e91a46423	2026-08-23 09:24:11.87332+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
b1c553de-0402-4ce7-aecd-968c11301555	d654d1ba-c3d4-4ef8-8274-ff4e91a46423	2026-08-24 19:03:54.80327+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
ac9851d4-d3aa-4823-ac11-03ad508beb45	3a917f16-8ad9-43c9-950d-6fe2244492be	2026-08-20 01:52:40.129017+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
31583d6f-e9bb-4740-a2b7-d93850beb27b	3a917f16-8ad9-43c9-950d-6fe2244492be	2026-08-20 18:34:10.573349+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
8326bea6-6c94-4f83-8386-3ee7f569c37d	fd50271a-f301-47fd-8e6c-f654472a2f93	2026-10-13 01:47:44.056775+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
a35ccce9-4815-4c4f-a008-7238d3e9d54c	3a917f16-8ad9-43c9-950d-6fe2244492be	2026-08-20 21:57:38.940943+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการยืม-คืน	f	2
800d7993-0fe5-4088-85ca-fc6aeb4cda66	3a917f16-8ad9-43c9-950d-6fe2244492be	2026-08-21 23:49:13.737889+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
b7651c44-83e1-4296-b274-ea5286a488ed	3a917f16-8ad9-43c9-950d-6fe2244492be	2026-08-23 23:49:59.53044+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
38692bb9-b15b-46a1-b362-cec798216f32	3a917f16-8ad9-43c9-950d-6fe2244492be	2026-08-26 18:22:18.960034+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
95b04efb-2bd7-48a5-9c20-64849ad7c0cf	3c999d81-e968-40fe-a997-30f462a75da2	2026-08-22 12:17:04.749733+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
47d0fde1-25d4-49f9-8e1c-bf4480abd095	3c999d81-e968-40fe-a997-30f462a75da2	2026-08-22 17:48:20.951038+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
95ca2c9f-3fb1-4e53-9eae-e347a22b6490	3c999d81-e968-40fe-a997-30f462a75da2	2026-08-24 20:20:39.410171+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
8a0aa08b-a6c5-496c-82a3-89cdc3ab4158	3c999d81-e968-40fe-a997-30f462a75da2	2026-08-26 13:21:17.871447+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
e95711e7-b427-489f-bccd-97f689487b11	36e317c2-0c3e-4bcb-bb96-cf42fddddfdd	2026-08-23 19:56:43.669642+00	submitter			\N	receive	\N	received	API	t	0
61bd5300-b65e-4517-9b4c-380e8502f2f0	36e317c2-0c3e-4bcb-bb96-cf42fddddfdd	2026-08-24 00:10:22.237867+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
11f50bd3-1004-4c13-8270-2d048b083042	36e317c2-0c3e-4bcb-bb96-cf42fddddfdd	2026-08-27 08:36:33.335489+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
aac2645e-7ec9-4668-a449-8c8b0d9390ed	36e317c2-0c3e-4bcb-bb96-cf42fddddfdd	2026-08-28 17:41:50.313769+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
8da68ee2-8943-4493-9a21-098487f39bb9	58a6b790-c02a-423c-9a24-fb6f57b5dc66	2026-08-26 14:35:48.53493+00	submitter			\N	receive	\N	received	Web form	t	0
453bb43e-631d-4679-9e8a-6100c1f1de95	58a6b790-c02a-423c-9a24-fb6f57b5dc66	2026-08-26 17:19:11.335007+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
80cbbb89-a115-4e33-af9a-08a548568bec	58a6b790-c02a-423c-9a24-fb6f57b5dc66	2026-08-29 15:35:53.873293+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
c73f71ca-cd58-42ee-8105-1354dd5e197a	58a6b790-c02a-423c-9a24-fb6f57b5dc66	2026-08-31 01:52:19.200698+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
cb5dd8ee-d6be-4643-b8e0-e6cfc0f70b1f	1f643502-1c91-473d-9976-4531c8ab1651	2026-08-27 20:49:49.307821+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
1b200296-ed78-4db9-965e-12dc26a44782	1f643502-1c91-473d-9976-4531c8ab1651	2026-08-28 07:08:26.86916+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
0cad3ecb-e853-434e-999a-2e35ce3f8442	1f643502-1c91-473d-9976-4531c8ab1651	2026-09-03 04:20:24.768689+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
4acbcba7-7593-4892-89be-264be301da56	1f643502-1c91-473d-9976-4531c8ab1651	2026-09-06 03:54:28.100861+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
e7d928ba-5253-47be-9ef2-e948d00be560	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	2026-08-31 04:11:47.881537+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
51a09b3a-8b80-46bf-9cdc-27526fe03741	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	2026-08-31 13:27:56.468714+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
7b6bdaa7-ee96-4b4f-9580-76330bf5f055	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	2026-08-31 16:41:45.748254+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการยืมระหว่างห้องสมุด	f	2
beeb1f10-8be7-4bcf-95b1-0333b51534d6	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	2026-08-31 21:39:22.301949+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
00a79849-efbe-4c82-a394-932a791a2803	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	2026-09-04 01:56:29.021348+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
3cccf2c5-47ad-4b63-9052-1926dd6c33fa	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	2026-09-06 20:41:03.717254+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
b4f8e7f9-c0c3-4048-83ad-aa74609776be	0b2057ff-bdcd-473d-8e31-942d126a86b4	2026-09-02 10:27:08.795769+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
81fd41bc-e829-47d6-9390-8a489c4e4b54	0b2057ff-bdcd-473d-8e31-942d126a86b4	2026-09-02 12:09:00.360862+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
7168164d-3074-472f-95c0-68f00c96174e	0b2057ff-bdcd-473d-8e31-942d126a86b4	2026-09-02 13:21:29.300239+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสารสนเทศและตอบคำถาม	f	2
4241bfb9-a792-4efc-809a-9f53419ed93e	0b2057ff-bdcd-473d-8e31-942d126a86b4	2026-09-03 14:51:53.793616+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
351d71aa-ea25-4ffe-bc96-f0e27e403a9f	5e4273d0-d74d-4830-a555-b754ef4c20c5	2026-11-19 18:42:19.482598+00	staff	demo-head	หัวหน้างานบริการ (Head)	head	triage	received	triaged	\N	t	1
1a380c4f-5d8d-4289-8dbb-c251b0b3fcd8	0b2057ff-bdcd-473d-8e31-942d126a86b4	2026-09-03 17:43:27.802561+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	4
7f326fb7-d77a-4123-aff7-d87717eb2074	0b2057ff-bdcd-473d-8e31-942d126a86b4	2026-09-06 02:10:22.404456+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	5
b512bc4c-1a35-4dfd-913a-ccd0d60ce838	56539fe4-4281-4787-89c3-ada05843704d	2026-09-04 08:49:58.541963+00	submitter			\N	receive	\N	received	Web form	t	0
fe33424a-303b-41ce-9825-04a64a56b8db	56539fe4-4281-4787-89c3-ada05843704d	2026-09-05 00:08:17.413987+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
366dd39d-73a8-472b-abfa-3df1e7de33cf	56539fe4-4281-4787-89c3-ada05843704d	2026-09-05 02:25:25.629351+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสื่อการเรียนรู้	f	2
ef6ef4cc-0034-48c4-b211-0d07cd4fe1ef	56539fe4-4281-4787-89c3-ada05843704d	2026-09-05 12:43:03.189933+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
7b5680c6-5259-4a83-8f08-ad7238b7d2b8	56539fe4-4281-4787-89c3-ada05843704d	2026-09-06 10:42:35.468057+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	record-lesson	in-progress	in-progress	ติดป้ายบอกทางให้ชัดเจน	f	4
92aa76a5-cdfc-4769-a227-c55aed04d591	56539fe4-4281-4787-89c3-ada05843704d	2026-09-10 12:39:47.258181+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
750e7458-72bf-44e1-b725-5aaeaa7030d1	56539fe4-4281-4787-89c3-ada05843704d	2026-09-11 15:26:04.78404+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	6
8361589a-344d-4be1-a3b9-be81fc1dffbe	9a2df904-bc7f-44df-957c-b347a55b2bd9	2026-09-06 00:42:24.552399+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
2cce5472-50ac-4bca-953b-8b60f24b153a	9a2df904-bc7f-44df-957c-b347a55b2bd9	2026-09-06 03:46:08.252194+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
eab174ae-5fca-4211-837a-96f4bb92fcd9	9a2df904-bc7f-44df-957c-b347a55b2bd9	2026-09-11 00:24:51.078976+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
27f9712a-c91f-4c04-b636-fe47da6690de	9a2df904-bc7f-44df-957c-b347a55b2bd9	2026-09-12 15:24:34.082449+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
8983a338-f173-4063-8f21-4f8028c333f7	e7f5a734-17aa-4fee-9831-08d865bc02b6	2026-09-08 01:22:29.318571+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
301ffd50-d4f5-4e05-a639-e35d2f2ac7c1	e7f5a734-17aa-4fee-9831-08d865bc02b6	2026-09-08 17:01:09.462535+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b2192186-4da2-42d4-ab7b-79ba34b78979	e7f5a734-17aa-4fee-9831-08d865bc02b6	2026-09-12 21:58:06.420279+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
dc29af99-87e3-4117-ae64-667ae308c9dd	e7f5a734-17aa-4fee-9831-08d865bc02b6	2026-09-16 19:50:23.616515+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
eb3bb071-1a54-40d5-9d7e-f18b58ad6db9	f806e093-786c-4e7b-bcee-050bfe89fa97	2026-09-08 23:15:45.842855+00	submitter			\N	receive	\N	received	API	t	0
6aeb506a-6b2f-47ac-819e-d8758f7df26f	f806e093-786c-4e7b-bcee-050bfe89fa97	2026-09-09 07:48:25.842855+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
ed435e85-ea9b-4029-9361-e61db49d430d	f806e093-786c-4e7b-bcee-050bfe89fa97	2026-09-09 11:10:52.741635+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการยืม-คืน	f	2
33beb3cf-3326-4f86-89f8-d02b72b7fee4	f806e093-786c-4e7b-bcee-050bfe89fa97	2026-09-10 00:23:25.2412+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
10f86bba-9fc0-492c-aa4d-ecaf860aacc1	f806e093-786c-4e7b-bcee-050bfe89fa97	2026-09-12 06:10:07.388013+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
d64a3770-32a9-4e04-aa2d-bf902ff3e620	f806e093-786c-4e7b-bcee-050bfe89fa97	2026-09-15 11:24:42.561742+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
f4909816-a401-4c7a-abe8-007f2e22f214	9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	2026-09-12 00:29:13.65673+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
ddd1cbb7-dd63-4f49-a7a7-45837b5e53e8	9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	2026-09-12 03:43:50.115697+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
8969a016-b979-496f-8576-782e973b0710	9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	2026-09-12 08:02:44.861417+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการยืม-คืน	f	2
1eccfe54-c7ff-49db-9fa4-8ae1ca48500b	9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	2026-09-12 23:45:48.480455+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
69218615-e11d-43e8-975f-67c4c602066c	9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	2026-09-30 05:43:37.770858+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	4
5cdf7205-e639-48d3-8710-9db0fdabe499	9f85d6ca-b447-4528-b6fc-1c5e4a76ecb1	2026-10-02 21:00:49.323036+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
52996719-39fc-4d50-8d39-c7788c9d527a	7cc515c2-c76f-455c-b1cd-4020a6b43e5c	2026-09-13 16:29:08.241865+00	submitter			\N	receive	\N	received	API	t	0
59b88aff-9d71-433a-b710-217995816968	7cc515c2-c76f-455c-b1cd-4020a6b43e5c	2026-09-16 15:22:52.502758+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
b31b26a9-9406-4cd6-b2dd-2ff9370b709d	83e42681-024a-454f-b78a-fb1be0c3afcc	2026-09-15 10:47:35.570249+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
c88f5a8d-5b1d-4b41-a5ec-ade517c90dc7	83e42681-024a-454f-b78a-fb1be0c3afcc	2026-09-15 14:05:02.087861+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
6da569d0-aaa2-4155-a407-b1be496c2d25	83e42681-024a-454f-b78a-fb1be0c3afcc	2026-09-17 16:10:04.194948+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
84c41087-94a9-4d90-9e99-e6b4eb0f223d	83e42681-024a-454f-b78a-fb1be0c3afcc	2026-09-21 07:45:17.632739+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
a63d4204-7d21-4f50-acd6-7b07b7620f18	bb01239b-a542-4a60-8749-bc09e35b9425	2026-09-17 02:59:19.621158+00	submitter			\N	receive	\N	received	API	t	0
f8dbb8a6-6463-4338-88dd-232544ef2990	bb01239b-a542-4a60-8749-bc09e35b9425	2026-09-17 14:29:26.678599+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
11198182-c681-43c2-9208-11c7ecf9b5a6	bb01239b-a542-4a60-8749-bc09e35b9425	2026-09-18 16:54:38.768862+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
a8669d68-166c-4cc0-baec-3d4647bd120f	bb01239b-a542-4a60-8749-bc09e35b9425	2026-09-21 06:01:17.071877+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
da5fa616-89a2-4c7e-a7ba-72b07d2f7798	94b0f225-498b-4dc7-9b93-eaef9a8c4409	2026-09-20 17:42:38.416208+00	submitter			\N	receive	\N	received	Web form	t	0
ea04ccd2-0b98-4110-baf7-85258fd80153	94b0f225-498b-4dc7-9b93-eaef9a8c4409	2026-09-21 00:45:46.842725+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
730cc2c8-101c-40c6-91d5-b049200ded36	94b0f225-498b-4dc7-9b93-eaef9a8c4409	2026-09-22 13:39:33.536465+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
7812d059-02fb-4b0c-9d43-bf7bd87b2d86	94b0f225-498b-4dc7-9b93-eaef9a8c4409	2026-09-26 08:35:18.549314+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
ad06d2ab-63f0-4ac0-94cc-0e2d8c1da4d6	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-09-22 02:44:22.384465+00	submitter			\N	receive	\N	received	API	t	0
559d709a-3637-4073-98ec-baa885fc91e1	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-09-22 22:47:34.498971+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
81b4f0eb-593d-4f59-81f7-573cacfeae7b	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-09-23 03:24:29.296406+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสื่อการเรียนรู้	f	2
3edee112-3ca7-4d49-930f-44b720a70dc8	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-09-23 23:12:48.925546+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
c74a9acb-0d70-4d9f-9a3b-1447a78c4c0e	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-09-27 06:51:38.037332+00	system			\N	escalate	in-progress	escalated	Work-group head	t	4
57d6ab8f-059a-4f29-84a9-98d60fe1a779	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-09-28 06:31:14.356803+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	record-lesson	escalated	escalated	ติดป้ายบอกทางให้ชัดเจน	f	5
4afbb818-bebb-40a4-8cb0-a1c7ce8a188b	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-10-13 04:36:46.127569+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	escalated	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	6
49dd0b22-b503-4f50-a75b-6e7b7b0ca41a	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	2026-10-14 13:11:46.090048+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	7
69a6a8bf-30c8-4888-a94a-207ef4cc4286	f359d3dd-084e-4d38-8828-0362fd6056f2	2026-09-24 03:00:27.252856+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
e97bd11e-0ffb-4955-9e77-1d539b1d0340	f359d3dd-084e-4d38-8828-0362fd6056f2	2026-09-24 08:34:20.898705+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
fa940a45-d341-4968-a035-80a83e92fe4c	f359d3dd-084e-4d38-8828-0362fd6056f2	2026-09-29 08:21:15.10344+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
1757a479-5859-4706-b42c-cb920374af52	f359d3dd-084e-4d38-8828-0362fd6056f2	2026-09-30 09:52:21.622364+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
b38cdf5e-09ba-406c-8b4d-1790cae787d6	2b0e485d-4217-45f9-913f-c0b92a290e3d	2026-09-25 05:50:27.68036+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
017cff9b-8dd3-4f04-b9ff-42186d2a4269	2b0e485d-4217-45f9-913f-c0b92a290e3d	2026-09-25 13:01:06.137932+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
67f79149-8143-4249-94c9-19d35ddaef06	2b0e485d-4217-45f9-913f-c0b92a290e3d	2026-09-28 17:57:47.140324+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
6a52febe-3ac4-475d-b9bd-ce144f5e10e6	2b0e485d-4217-45f9-913f-c0b92a290e3d	2026-10-02 15:58:23.475255+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
7c66ef9c-a288-4bf8-8859-a81be3f299ab	85b4bc6c-b660-4877-843a-bbf802da375c	2026-09-28 15:21:06.923543+00	submitter			\N	receive	\N	received	Web form	t	0
0e15cdc3-9973-471f-b186-8135e8e0c9df	5e4273d0-d74d-4830-a555-b754ef4c20c5	2026-12-02 18:42:19.482598+00	system			\N	escalate	triaged	escalated	Department head	t	2
cd70e341-0930-43ff-9b98-4d122b7934ac	85b4bc6c-b660-4877-843a-bbf802da375c	2026-10-02 02:16:40.679691+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
e7d46b60-3e40-4e90-9e6f-aff09395d212	85b4bc6c-b660-4877-843a-bbf802da375c	2026-10-03 05:34:29.016759+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
2a53aef8-1d70-4096-a9b0-63626aefb5af	a2416329-053d-4091-9e86-21e897e8f787	2026-09-29 09:33:49.841527+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
1b81520d-7de0-4e16-9749-9aa0139a552c	a2416329-053d-4091-9e86-21e897e8f787	2026-09-30 01:48:27.296553+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
8afa2dcc-27a7-4501-9fd7-829716ea270e	a2416329-053d-4091-9e86-21e897e8f787	2026-10-02 03:54:13.103325+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
068bf323-33bd-4580-9ffb-716a01a5e2d0	a2416329-053d-4091-9e86-21e897e8f787	2026-10-03 23:50:42.452389+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
6b7f7368-358a-4a42-8601-8193556653fe	8f18f820-4038-47b5-9523-868c6de28f2e	2026-10-01 00:38:55.315563+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
05a15cf6-dfc1-460a-9f7b-9fa95a0a1699	8f18f820-4038-47b5-9523-868c6de28f2e	2026-10-01 15:39:02.906251+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
d73fb5cc-e8a8-40ad-8663-2917c0a6d65c	8f18f820-4038-47b5-9523-868c6de28f2e	2026-10-02 18:40:43.663853+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
3feb77f4-ec7d-460e-b46c-aedd279660c9	8f18f820-4038-47b5-9523-868c6de28f2e	2026-10-06 12:28:05.766874+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
4ca186c4-e470-40ec-b088-a2b246ae5ff4	ed8e90f8-a9b0-42dd-92f2-6c4ac294365f	2026-10-03 00:01:40.006593+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
9e8b95a1-d3bc-4b15-8115-acf46a0cfd00	ed8e90f8-a9b0-42dd-92f2-6c4ac294365f	2026-10-03 01:59:02.763551+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
70471c8d-fcd4-4be7-8cf5-09b834b52239	ed8e90f8-a9b0-42dd-92f2-6c4ac294365f	2026-10-07 04:15:22.412139+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
ad6bf0ad-0862-4b84-a325-08d2f121b2e7	ed8e90f8-a9b0-42dd-92f2-6c4ac294365f	2026-10-09 22:27:59.293646+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
4afbfa19-032d-4a49-a7f4-deae036674fa	5995e529-eec8-4de6-b39f-e19ae9644936	2026-10-05 20:37:37.685393+00	submitter			\N	receive	\N	received	API	t	0
7b4b1215-578f-4224-8f1c-205d85047251	5995e529-eec8-4de6-b39f-e19ae9644936	2026-10-06 11:27:15.664446+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
771c0393-20cd-47d2-b797-9ed0b04598da	5995e529-eec8-4de6-b39f-e19ae9644936	2026-10-10 00:52:14.963322+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
9efdfd46-2c24-4b2a-999d-7b1e17dfc969	5995e529-eec8-4de6-b39f-e19ae9644936	2026-10-12 03:23:55.493719+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
9ed57a69-39df-499d-8d2d-6aacf1072d8e	fdb1568e-0487-46be-9b46-8e8a72fc397c	2026-10-08 21:10:49.713945+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
50d66f5a-6298-4df0-a3b7-95ba16ec2651	fdb1568e-0487-46be-9b46-8e8a72fc397c	2026-10-09 03:43:09.716655+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
86e6772d-4347-4039-8935-111e01f8cb2b	fdb1568e-0487-46be-9b46-8e8a72fc397c	2026-10-09 05:07:48.260441+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
abeca637-0bfb-4b96-958e-87a9d47d3e70	fdb1568e-0487-46be-9b46-8e8a72fc397c	2026-10-11 00:34:20.631337+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
4b5333b4-e651-4c19-a303-bfa8d015c7f5	f3ac9fa9-b779-4c9a-b151-898815a45a4c	2026-10-10 15:46:34.341596+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
ea764fd5-2936-46f3-ae12-d6d9ec9d2da9	f3ac9fa9-b779-4c9a-b151-898815a45a4c	2026-10-11 08:59:59.343501+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a56fc2ce-6ca0-4325-8960-df63ea8462c2	f3ac9fa9-b779-4c9a-b151-898815a45a4c	2026-10-17 02:34:49.37125+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
d972f7be-df00-4cde-9d03-27f76053dca2	f3ac9fa9-b779-4c9a-b151-898815a45a4c	2026-10-19 00:24:31.130083+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
f0ce5b52-95c9-4323-85b2-1b2432a2b697	fd50271a-f301-47fd-8e6c-f654472a2f93	2026-10-12 15:47:08.646965+00	submitter			\N	receive	\N	received	Web form	t	0
75cac46a-67d0-4edc-b38c-efbdf76fc571	fd50271a-f301-47fd-8e6c-f654472a2f93	2026-10-12 19:44:28.178475+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
2bacaddf-5c81-4d23-9ade-c9c8659b5329	fd50271a-f301-47fd-8e6c-f654472a2f93	2026-10-12 23:07:12.531068+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	ห้องอ่านหนังสือและพื้นที่การเรียนรู้	f	2
4d704001-a599-4a2f-a45c-c3ee8d347f19	fd50271a-f301-47fd-8e6c-f654472a2f93	2026-10-14 20:47:31.55108+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	resolve	in-progress	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	4
88367834-ef3a-4950-86b1-dc56e1622f95	fd50271a-f301-47fd-8e6c-f654472a2f93	2026-10-16 05:36:45.461964+00	staff	demo-history-head	หัวหน้างาน (demo history)	head	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	5
381bf143-6d3f-43d0-a5be-7dfb950aab5c	fe494bda-a807-42f2-b6bc-74ee6c45667d	2026-10-13 11:20:52.007665+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
6afaf29a-642c-42e3-822f-c4c6aa3d4c1e	fe494bda-a807-42f2-b6bc-74ee6c45667d	2026-10-13 20:42:40.471518+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
97a49d33-e8f8-4e05-b6ea-d735e2f539c8	fe494bda-a807-42f2-b6bc-74ee6c45667d	2026-10-13 22:04:16.463973+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสารสนเทศและตอบคำถาม	f	2
6971e731-2856-416e-b8c8-7258bcaf10cd	fe494bda-a807-42f2-b6bc-74ee6c45667d	2026-10-14 18:33:40.902307+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
a2c08e56-cbe0-4490-b8f4-d428226c11cc	fe494bda-a807-42f2-b6bc-74ee6c45667d	2026-10-21 18:33:41.632695+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
b937f083-f0af-48f6-b6b7-f9a4bf269ed2	fe494bda-a807-42f2-b6bc-74ee6c45667d	2026-10-23 07:27:34.975916+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
9582c923-5521-4c45-95e4-3316cdfd032b	35796342-1510-437e-a6c9-ef89929c4334	2026-10-16 10:47:17.411551+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
fb2d71af-fc2d-40ae-8c2b-be186e426ae9	35796342-1510-437e-a6c9-ef89929c4334	2026-10-16 15:21:43.670952+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e29f737c-8320-4f27-953e-3956bdb58203	35796342-1510-437e-a6c9-ef89929c4334	2026-10-18 12:19:37.697431+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
f9a268ac-40e1-41d8-96a5-96e0f89dd40e	35796342-1510-437e-a6c9-ef89929c4334	2026-10-20 04:00:08.714892+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
e81ceeda-3638-4831-ba2c-0262947df8e1	38991b8f-9818-45e5-8a18-791debf5946e	2026-10-17 09:29:32.850084+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
34e1451e-cee1-416a-b8a2-734d0b3be11a	38991b8f-9818-45e5-8a18-791debf5946e	2026-10-18 04:54:27.292685+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a7a99733-a7a4-4c4e-ad66-056151b1394d	38991b8f-9818-45e5-8a18-791debf5946e	2026-10-18 08:52:12.564326+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
5e2eeabf-4c27-4e09-8a92-205536bba672	38991b8f-9818-45e5-8a18-791debf5946e	2026-10-18 21:03:24.231332+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
14ea2572-926b-4b03-9634-5fadd22d459a	38991b8f-9818-45e5-8a18-791debf5946e	2026-11-05 22:00:57.298024+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	4
05441897-a5a1-4d4e-8c9a-71abd234722e	38991b8f-9818-45e5-8a18-791debf5946e	2026-11-08 02:20:46.03392+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	5
a526bfa7-831a-4983-8a90-4bf689b6e87e	0a4cddec-1694-4286-80b7-f0f457ffd41e	2026-10-20 18:06:07.080374+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
af6e7516-8e25-4ea9-ad94-2405dd25bc27	0a4cddec-1694-4286-80b7-f0f457ffd41e	2026-10-21 02:29:29.719859+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
908da0e9-77ce-46eb-9c24-165d66571b8c	0a4cddec-1694-4286-80b7-f0f457ffd41e	2026-10-25 03:37:28.225733+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
8a614eca-47cc-44c5-a808-3d23a3cfffb0	0a4cddec-1694-4286-80b7-f0f457ffd41e	2026-10-27 16:12:42.06216+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
91b5b008-d5d5-4560-a308-4d1b5cf21a18	171d868a-1ac8-43a0-a499-6138718462e8	2026-10-21 06:13:41.796751+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
eed7de80-3ec7-4bde-b5a6-c4edab3f776e	171d868a-1ac8-43a0-a499-6138718462e8	2026-10-21 10:07:40.828448+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e2bc7024-0be1-4360-adb1-3038a26e56d5	171d868a-1ac8-43a0-a499-6138718462e8	2026-10-23 22:21:26.284476+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
cdd8fd64-c8be-4cbd-b566-8351aa3efa11	171d868a-1ac8-43a0-a499-6138718462e8	2026-10-27 14:35:07.070661+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
b78ec86f-f061-4ebb-9b56-6d4d99ec98c4	9d6023ec-fa68-47e3-a46b-3be814440804	2026-10-24 06:13:07.430141+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
6e8b9a98-6f55-4838-b509-759749084078	9d6023ec-fa68-47e3-a46b-3be814440804	2026-10-24 18:48:56.126977+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
ce97adf1-0a54-4370-9999-7e0786194009	9d6023ec-fa68-47e3-a46b-3be814440804	2026-10-28 20:33:20.670565+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
b98fd5b3-82ad-4133-a93e-a1daa1065c34	9d6023ec-fa68-47e3-a46b-3be814440804	2026-10-31 07:16:25.622827+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
a0e20821-dbfa-4fee-b64a-3c86411981e5	2a0abf83-d688-4750-b018-f33cb1f4dfc4	2026-10-26 15:26:45.481091+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
5fd96d4d-dbce-48b5-bf85-4122ca1985e6	2a0abf83-d688-4750-b018-f33cb1f4dfc4	2026-10-26 18:17:00.000601+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
258f868f-1f85-4880-be7b-95a9c39d61cd	2a0abf83-d688-4750-b018-f33cb1f4dfc4	2026-11-01 04:13:17.022073+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
dbbcc20d-dda1-4dce-afa2-a97feb570b3d	2a0abf83-d688-4750-b018-f33cb1f4dfc4	2026-11-03 04:11:53.214852+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
2d3d83b6-a0d9-4d43-a7e9-8e50fed25593	da053d5b-5758-4091-96c0-217a9e3f7854	2026-10-28 14:46:52.597014+00	submitter			\N	receive	\N	received	Web form	t	0
83c809ca-eec4-43fa-8e56-ee7970816117	da053d5b-5758-4091-96c0-217a9e3f7854	2026-10-29 05:04:54.087223+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
74d443ac-ed5c-409e-9bd5-2129b0a5e38c	da053d5b-5758-4091-96c0-217a9e3f7854	2026-10-29 06:32:20.374676+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการยืมระหว่างห้องสมุด	f	2
38cbe1c3-32d4-4f73-8187-c8e18279cd82	da053d5b-5758-4091-96c0-217a9e3f7854	2026-10-29 23:53:00.387675+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
932db8db-e24e-4a05-8f68-dd9e51c797cb	da053d5b-5758-4091-96c0-217a9e3f7854	2026-11-05 06:04:20.935082+00	system			\N	escalate	in-progress	escalated	Work-group head	t	4
7dc6e55e-c588-47e4-91a3-b189185d3262	da053d5b-5758-4091-96c0-217a9e3f7854	2026-11-05 07:51:25.590491+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	escalated	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
4d7b5e88-6b97-4eb4-b784-a1e8a8fd00ac	da053d5b-5758-4091-96c0-217a9e3f7854	2026-11-09 04:23:49.155798+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	6
0a678b04-e596-422c-921b-6286e29bd715	18e7bc03-ff54-42b6-9942-e041bcd144cb	2026-10-29 12:59:46.926334+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
7c169c4d-8f9a-47ba-9819-c45918115934	18e7bc03-ff54-42b6-9942-e041bcd144cb	2026-10-29 19:02:46.017412+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
2fbffb2c-f305-4f2d-a64d-89fbbf681ae3	18e7bc03-ff54-42b6-9942-e041bcd144cb	2026-10-29 23:55:44.059459+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	ห้องอ่านหนังสือและพื้นที่การเรียนรู้	f	2
43ef479a-ab60-41ac-9c2b-de5d51a8c246	18e7bc03-ff54-42b6-9942-e041bcd144cb	2026-10-30 10:38:37.441996+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
873a16b7-827a-41fe-8d1e-899a952b86d8	18e7bc03-ff54-42b6-9942-e041bcd144cb	2026-11-17 22:05:47.802295+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	4
5688fbf5-a3fa-4c07-a806-ede3058b1be1	18e7bc03-ff54-42b6-9942-e041bcd144cb	2026-11-21 01:54:26.140597+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	5
27f82f5a-4f67-41b6-a0a0-52ae1e174e02	599638a7-5e1c-4d74-8936-16fd536bd37f	2026-10-31 13:07:45.534137+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
8af54692-0b54-4c57-aae1-ee9ea77addd2	599638a7-5e1c-4d74-8936-16fd536bd37f	2026-10-31 16:33:19.728432+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
22ea8b7b-2941-4e9a-959f-31373bc5e0cc	599638a7-5e1c-4d74-8936-16fd536bd37f	2026-11-02 16:49:31.326772+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
66b5e908-715c-4234-b5e8-94b893c555e3	599638a7-5e1c-4d74-8936-16fd536bd37f	2026-11-06 08:41:26.46298+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
76580d2b-04a2-4f7b-9767-fae59a459469	a985e9b3-005b-4732-9569-e3757bbd17f3	2026-11-04 07:35:51.393531+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
fde17787-587d-46ec-81d4-926006ed2a0e	a985e9b3-005b-4732-9569-e3757bbd17f3	2026-11-05 00:25:23.599152+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
7416443d-802a-4677-8290-80a0386de927	a985e9b3-005b-4732-9569-e3757bbd17f3	2026-11-05 02:26:14.616284+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
2168c280-cda3-4c41-938e-c86c5441ab7b	a985e9b3-005b-4732-9569-e3757bbd17f3	2026-11-06 02:11:41.484554+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
1cc26006-fdfa-41b0-b52f-a06954296981	a985e9b3-005b-4732-9569-e3757bbd17f3	2026-11-21 02:21:19.475847+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
3b6d0122-f961-469e-a878-bc4032694823	a985e9b3-005b-4732-9569-e3757bbd17f3	2026-11-23 15:40:57.302984+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
2521167d-3c58-403b-b5a9-a82603e4feb5	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-05 01:51:09.325016+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
2c56916e-4f0f-4d8f-a528-dfb89c02ca34	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-05 21:24:08.719351+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
966a7529-67a0-4de0-9c6d-2786ad94707e	2bfcbf6e-778b-46b6-ab85-773832f2064c	2026-12-02 18:42:21.55186+00	submitter			\N	receive	\N	received	Web form	t	0
70574ff0-3740-444c-8fe9-a5e57746b285	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-05 23:46:22.005768+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสื่อการเรียนรู้	f	2
2de035ae-5828-44b0-b748-11d0e272692a	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-06 22:00:55.790557+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
f0952d1c-e644-472e-85b8-db6d0a9aa2bb	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-07 05:03:43.079812+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	record-lesson	in-progress	in-progress	ตรวจสอบอุปกรณ์ทุกเช้าก่อนเปิดบริการ	f	4
5c675fbe-d1c3-4ed6-84d8-40c8365818be	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-11 17:34:20.051693+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	5
ed931094-3dd7-4053-b4a5-aefa3a292090	d3d7ec64-45c6-44bb-a7a2-ebd8a256f8fa	2026-11-13 02:45:17.477713+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	6
dad7af7f-1957-4ca9-b134-5c58b8115ce1	d5c3b50e-312a-463d-aa2c-5ec1ab58554c	2026-11-08 07:20:45.774429+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
5fdf9726-4516-4190-ad5f-3ae8983572b9	d5c3b50e-312a-463d-aa2c-5ec1ab58554c	2026-11-08 20:31:12.808863+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
2d0d28e8-8af1-47c7-ae4c-9267131a68aa	d5c3b50e-312a-463d-aa2c-5ec1ab58554c	2026-11-11 21:35:58.964157+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
b335f1a1-6676-4ec4-bffd-2ca5beffd1f6	d5c3b50e-312a-463d-aa2c-5ec1ab58554c	2026-11-14 04:57:20.259552+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
7902c2f7-6e00-48d3-9cbc-a0a3d8c41869	62be922f-b3f4-44de-8281-b67d32af8680	2026-11-09 01:51:20.324014+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
d3d736fc-7698-49bc-bd26-3f93207c5fa9	62be922f-b3f4-44de-8281-b67d32af8680	2026-11-09 10:14:44.411288+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
04890f66-7625-4843-858c-a522d0d68af1	62be922f-b3f4-44de-8281-b67d32af8680	2026-11-14 06:49:00.619542+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
87315a59-916c-4ac7-9c16-425a4056eac4	62be922f-b3f4-44de-8281-b67d32af8680	2026-11-17 17:56:32.667203+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
7e560a8a-e320-4110-a173-67577f9a1534	0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	2026-11-11 12:32:45.080509+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
e46ed8b5-d319-4231-ba33-e53e30c7ee71	0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	2026-11-12 07:59:23.180213+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b4035ec2-757a-4acf-9bb4-d8ff051214b2	0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	2026-11-12 11:57:35.676469+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	บริการสื่อการเรียนรู้	f	2
c1fbb783-359f-4c37-ada4-c05044376bed	0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	2026-11-13 12:46:24.112384+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
6761c877-a448-4cf7-a185-f96da6ad2775	0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	2026-11-21 23:08:42.43595+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
3949e203-2849-45c2-9ab2-d11373df5417	0cfbcbe5-6a00-42fc-8bac-c038ba43a9bf	2026-11-23 02:35:12.457303+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
030d1241-5e2d-4625-9843-c706998d79f1	ff71578b-a043-4bcc-9c75-de7ddafa71f3	2026-11-14 04:09:00.908404+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Letter	t	0
fe1fd0bd-f470-4a7e-a9e7-132a6ea14282	ff71578b-a043-4bcc-9c75-de7ddafa71f3	2026-11-15 00:39:44.89629+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b98e66a6-73e4-4f3d-bb3a-e442d8c9418a	ff71578b-a043-4bcc-9c75-de7ddafa71f3	2026-11-17 21:03:57.276266+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
ec2dae68-1386-4b40-bb80-29058cc6c50f	ff71578b-a043-4bcc-9c75-de7ddafa71f3	2026-11-21 17:35:46.866231+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
c5149418-fbe3-442f-b8e9-84613c25c3b8	bff5f7e5-441c-4f9b-9b7a-48f57e3dc013	2026-11-14 13:32:44.159009+00	submitter			\N	receive	\N	received	Web form	t	0
c88b7d7f-e977-401e-8bcc-4339edc37d8c	bff5f7e5-441c-4f9b-9b7a-48f57e3dc013	2026-11-15 05:54:00.929135+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
3f88401e-6e0b-4d35-a490-5b855c373343	bff5f7e5-441c-4f9b-9b7a-48f57e3dc013	2026-11-18 17:29:44.463772+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
f86e0fc1-d6fe-4567-a661-feefb1e8d443	bff5f7e5-441c-4f9b-9b7a-48f57e3dc013	2026-11-19 18:12:07.71118+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
aed09ac5-03d5-4583-a58c-1fb1cac55510	41066628-08dc-442e-927f-8b5750a814e9	2026-11-17 11:23:44.796424+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Phone	t	0
ce60c925-b2f2-4ae7-8a5a-eb48889b471a	41066628-08dc-442e-927f-8b5750a814e9	2026-11-17 20:44:41.345965+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
6132f69a-f6a2-4696-97e3-c6aea0763857	41066628-08dc-442e-927f-8b5750a814e9	2026-11-22 22:14:52.808779+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
1e226c50-8d9e-4772-9133-dcb2bf2e615f	41066628-08dc-442e-927f-8b5750a814e9	2026-11-24 08:53:33.437371+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	3
c1116169-9a16-49d7-b7bc-507df2cf8a2a	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	2026-11-20 05:10:50.858231+00	submitter			\N	receive	\N	received	API	t	0
b6ed40e7-36ab-4a22-8a71-a5abfe62b520	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	2026-11-20 20:01:38.44206+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
a7129bbb-f263-4570-9129-2bc43ff64de9	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	2026-11-20 21:42:03.945503+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
ab2e1403-aef3-44de-b2d3-f519f6b47baa	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	2026-11-21 01:57:56.588954+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
23e41838-cffd-423a-b7c3-fe3932f863ce	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	2026-11-21 03:04:53.177931+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	in-progress	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	4
fbd46634-5f4b-4579-b1b2-169fc52fa79e	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	2026-11-23 21:34:57.832192+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	5
f05287e8-bb76-4c92-a2ad-7ceeec0b6164	63c3ab63-0ab2-4ef6-9953-2b5636d60dd7	2026-11-21 05:39:10.009287+00	submitter			\N	receive	\N	received	API	t	0
5ada05b9-6c77-465f-b85a-2a1bca69e194	63c3ab63-0ab2-4ef6-9953-2b5636d60dd7	2026-11-21 23:25:05.417759+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
7769e9aa-a5d8-47d5-a15d-b19072445d4a	63c3ab63-0ab2-4ef6-9953-2b5636d60dd7	2026-11-26 17:20:48.552581+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
d7369ee9-3f33-4c2b-8ad1-48b25a21f5a7	63c3ab63-0ab2-4ef6-9953-2b5636d60dd7	2026-11-30 00:03:00.247187+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
157ae4cd-be83-488f-b59a-060de5832c4a	db702d8d-7b5c-4241-bca0-87962439b2a3	2026-11-22 15:59:56.736015+00	submitter			\N	receive	\N	received	API	t	0
8049791a-8b99-4c31-88a7-1a890fb84ec9	db702d8d-7b5c-4241-bca0-87962439b2a3	2026-11-23 00:05:30.997782+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
e007bd4a-a32c-48b6-a644-2e3cf9fa9071	db702d8d-7b5c-4241-bca0-87962439b2a3	2026-11-25 07:29:26.536006+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	2
43a85c1d-eac1-4853-98de-db788664bc0a	db702d8d-7b5c-4241-bca0-87962439b2a3	2026-11-28 05:02:06.810306+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)	t	3
afe461dd-c3e7-495c-9d0f-87b680513f16	5f33d100-f75b-490b-b73f-3891229c348d	2026-11-26 09:48:06.544832+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	E-mail	t	0
3f38160e-fb5c-4bda-9245-ad7dbf2e3bb0	5f33d100-f75b-490b-b73f-3891229c348d	2026-11-26 19:52:11.137333+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
f346d06f-6570-4586-b518-1d26ff6525ac	5f33d100-f75b-490b-b73f-3891229c348d	2026-11-28 17:17:29.308692+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	2
3eef57a2-3b21-4545-969f-9e127a22b500	5f33d100-f75b-490b-b73f-3891229c348d	2026-11-30 10:20:13.988113+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	close	resolved	closed	รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)	t	3
fbd5959a-f91a-4af4-a8ba-16c55af6ec9f	b62e1625-1826-43d9-9426-179b6cd3d567	2026-11-27 09:20:04.369221+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
76a0f110-e14b-47e7-8c80-2f42e0210742	b62e1625-1826-43d9-9426-179b6cd3d567	2026-11-27 12:54:11.514892+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
b3665673-bd4a-4246-8b46-f03fba2162a7	b62e1625-1826-43d9-9426-179b6cd3d567	2026-11-30 08:04:01.735929+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	resolve	triaged	resolved	แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)	t	2
ab8493ff-f1ab-4c29-b1f2-265f93275271	ea17c9d6-ee69-48b7-a708-208e3f6fb5cb	2026-11-29 16:12:07.250702+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	receive	\N	received	Counter	t	0
94053897-7966-4328-b949-bc3e04a820c8	ea17c9d6-ee69-48b7-a708-208e3f6fb5cb	2026-11-30 05:40:01.039306+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
4c7ce8f4-9d64-4bf8-a515-13b94bb15ef2	ea17c9d6-ee69-48b7-a708-208e3f6fb5cb	2026-11-30 09:53:59.756489+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	assign	triaged	triaged	สมาชิกและเงินประกัน	f	2
7abc3bcd-3dda-4426-a20f-2720ccabcdf2	ea17c9d6-ee69-48b7-a708-208e3f6fb5cb	2026-12-01 00:17:15.944558+00	staff	demo-history-team	ทีมบริการลูกค้า (demo history)	customer-team	start	triaged	in-progress	\N	t	3
0c9fccbd-6863-414f-ad70-cf3293507ee7	f78765a6-95a8-4410-a5d1-d5202b6dfc35	2026-12-02 03:33:34.660302+00	submitter			\N	receive	\N	received	API	t	0
3c5de971-6860-4e87-a282-85f73b0ef8be	f78765a6-95a8-4410-a5d1-d5202b6dfc35	2026-12-02 15:55:59.83317+00	staff	demo-history-counter	เจ้าหน้าที่เคาน์เตอร์ (demo history)	counter	triage	received	triaged	\N	t	1
49fbd2d8-ed73-4033-990b-3cbc44e4e5cb	c4aff555-8ee5-4cce-b56e-1abbe324031f	2026-12-02 16:18:19.482598+00	submitter			\N	receive	\N	received	Web form	t	0
f2e4a4f1-5807-4a3b-98ca-58e7031dcb8e	78f064a8-83d9-45d3-b453-49f3521ae176	2026-12-02 13:54:19.482598+00	submitter			\N	receive	\N	received	Web form	t	0
bcc04317-bc70-410a-b4ce-3f4d5b577d0a	787d9ae1-54f8-4d47-afc7-36ea8fe525ff	2026-11-29 18:42:19.482598+00	submitter			\N	receive	\N	received	Web form	t	0
eb7f417d-95c1-4a82-912b-d25e4e9c7778	787d9ae1-54f8-4d47-afc7-36ea8fe525ff	2026-11-30 18:42:19.482598+00	staff	demo-head	หัวหน้างานบริการ (Head)	head	triage	received	triaged	\N	t	1
3ee8306d-5773-47c2-97dc-492a0b5414ad	5e4273d0-d74d-4830-a555-b754ef4c20c5	2026-11-18 18:42:19.482598+00	submitter			\N	receive	\N	received	Web form	t	0
a30a458d-0b79-4332-935a-34b6095b2d8b	517dca21-2701-47a0-8e59-4ecaf70b2869	2026-12-02 18:42:21.475768+00	submitter			\N	receive	\N	received	Web form	t	0
\.


--
-- Data for Name: feedback_sequences; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_sequences (buddhist_year, last_number) FROM stdin;
2569	96
\.


--
-- Data for Name: feedback_submissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_submissions (client_key, at) FROM stdin;
\.


--
-- Data for Name: feedback_surveys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_surveys (id, item_id, token_hash, send_day, answered_at, score, comment, created_at) FROM stdin;
99bbba36-0efe-42a3-a66c-e63a9f140207	87b1ceeb-fc2f-46f3-b452-1cf66205d2d7	566f4e6aeb87f6b9fc00bdfd53b762da5042ae73bc426be2845b3381734a1a43	2026-06-26	\N	\N	\N	2026-06-19 11:39:26.267639+00
9b55472d-e58d-411c-a1d5-eb0fe354e73d	7b409f20-35ac-47ab-8642-ab427bade0f7	9026910ded72be6ef444b9e791f16ae4ce1f1085166809fb838d0180756913c1	2026-07-10	2026-07-14 03:50:00+00	5	ขอบคุณที่แก้ไขให้	2026-07-03 07:24:15.86034+00
24691aef-c486-4f48-81f6-d70a3389882f	84a7724d-7c58-47ff-a27e-cc5987f3a8ab	081b5c45cb67bbcc7bdc152e8df559a2b8c8e21422171d9d8c3d38f01f2b0acc	2026-07-17	2026-07-18 05:18:00+00	3	ขอบคุณที่แก้ไขให้	2026-07-10 09:54:17.551076+00
6d9068d4-1309-4ce8-a959-33b46bc41556	28afa3c5-4a96-4621-873f-71de18100fd2	76a49a2e18c03845075266726c452904c12410193851dd83ce628624322140e5	2026-07-18	2026-07-23 02:44:00+00	3	\N	2026-07-10 23:44:19.147851+00
6cdcd9f1-3195-4d53-a980-d527b04a5dff	407ebf9f-b78b-4e34-b6d0-f87488da9d58	21bed05e798c2945e8ff8cb14394710faeedd035f3bade1136392ba9be557a26	2026-07-14	\N	\N	\N	2026-07-07 04:28:50.910604+00
2001a942-5acc-4cff-97cb-aeffdb42abcc	f129d936-76e4-45c4-afd0-2de6e48cfd02	36f948106a356daa61ccd74eb4be8a86315c26551c022ec0d6ec92566bbe1c79	2026-07-14	\N	\N	\N	2026-07-06 18:45:15.002539+00
2cd77a25-9991-420f-a3d5-fee3f46480f6	c6af62e1-ef6e-487d-b6b2-8b77c85388f0	c05e7e1c35cf80c6d10154608045871866309ab90e6cab203391fcee9140eb4e	2026-07-21	\N	\N	\N	2026-07-14 12:02:08.95878+00
ccd520ca-8e95-4f34-a860-0236cb2e597d	f16ec7c6-175a-43d0-b854-a77de2fa4cb3	afb244e0180307ff4eb39a83ef871f298ad94f7141fe103e9e59d7af4dd64e2a	2026-08-18	2026-08-19 09:16:00+00	3	Thank you for fixing it	2026-08-11 10:31:29.810787+00
36d7ccc7-772b-405b-a8f7-88ab1ddcb10a	433db1f6-0d32-4713-a924-0b74d3634b1e	30bde37452fdf9c4fdfcbb637038d3158cc4ee69ec30031e43e26e65df732939	2026-08-25	2026-09-02 04:09:00+00	3	\N	2026-08-18 11:02:51.81774+00
1997e50b-0471-4d39-8c14-ee4921257659	4d7d8333-67c5-41e9-99af-2a1fd2dea6a4	5cda03e95b0e214c4399543ccf556c3c699982873bed35cd2a11562d0c87b2ff	2026-08-26	2026-08-27 09:48:00+00	1	\N	2026-08-19 16:54:53.528741+00
754dcd91-9cba-4fbc-b0cd-6eb91304a519	f507ddaa-3d5a-4f12-b037-f68377548476	4c3034d6b445985a9f74f6f774062dc66f2075ee358aa6c1892cf87dcb6ca7bc	2026-08-27	\N	\N	\N	2026-08-20 11:01:11.03191+00
086fe6b1-a3e2-4770-977c-2be87505e565	a30a1aeb-6c57-4a89-bf3d-0c6e3bc96d89	205b9eefc82680aafde1d0e5a9b142ab3b7793755ac4e34d04671cd369b6dbe5	2026-09-14	2026-09-22 03:41:00+00	3	\N	2026-09-06 20:41:03.717254+00
ed4f63aa-8fd3-4f00-a576-3d07f590d5f7	0b2057ff-bdcd-473d-8e31-942d126a86b4	6a3c37f05bfa8a6485912feecb58a69db3ec62c3816ef318de029bcdffc1548d	2026-09-13	\N	\N	\N	2026-09-06 02:10:22.404456+00
57e755b6-90a0-4a58-8965-66d9e77c0cdd	f806e093-786c-4e7b-bcee-050bfe89fa97	707a9d1597df60d154d9a2940ebf30a9806affb1b823d0954818b478875f07da	2026-09-22	2026-10-01 08:23:00+00	4	\N	2026-09-15 11:24:42.561742+00
c3b56fc7-96a2-4389-a234-5faccb201bbc	7bd83b88-9099-4e29-a0e0-0e60d355ebe8	b630e2e5f07d3a1ef935ccf746031b602491ef706d1f72f343087ea447281573	2026-10-21	2026-10-27 03:43:00+00	5	\N	2026-10-14 13:11:46.090048+00
19f79b81-c01a-4b83-b6aa-91f91b3afaa9	fd50271a-f301-47fd-8e6c-f654472a2f93	43fc292afe034007cf26a0ea4f7789fc4a62575916fbad5775cd422e8a1abd80	2026-10-23	\N	\N	\N	2026-10-16 05:36:45.461964+00
18d88adf-ffc6-4a0b-80f5-e3e2b501c6b7	fe494bda-a807-42f2-b6bc-74ee6c45667d	37175821d36af3b1b2e9a72be2e580037718063239aab3cf74566d0876c4e4e6	2026-10-30	2026-11-08 03:14:00+00	4	\N	2026-10-23 07:27:34.975916+00
75c5c6b4-26e1-41b3-a6b6-ed09cd20003e	38991b8f-9818-45e5-8a18-791debf5946e	72bd17f5503a161abb925b111279f45908b63ade1b6c6a11641c11a96c285558	2026-11-15	\N	\N	\N	2026-11-08 02:20:46.03392+00
93e224bb-135c-4a72-bdce-b3a803eecfaf	a985e9b3-005b-4732-9569-e3757bbd17f3	f16a1f5e5690acea4912f1b07fca3e55ca83ee378edd49e83ee5a166e9828042	2026-11-30	\N	\N	\N	2026-11-23 15:40:57.302984+00
f84973de-5c22-479d-a52a-cc6570961c98	3dfced2f-e2e7-4b99-b3bb-ba059989bd21	4d28b89848db20689974c1efe9087cea4c1039986f8bb06e2948dcb26e312fb2	2026-12-01	\N	\N	\N	2026-11-23 21:34:57.832192+00
\.


--
-- Data for Name: forfeiture_batches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.forfeiture_batches (id, as_of, status, proposed_by, approved_by, approved_at, total_satang, deposit_count, created_at) FROM stdin;
\.


--
-- Data for Name: forfeiture_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.forfeiture_items (id, batch_id, deposit_id, amount_satang) FROM stdin;
\.


--
-- Data for Name: holidays; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.holidays (id, day, name_th, name_en, kind, recorded_by, created_at) FROM stdin;
\.


--
-- Data for Name: integrity_check_runs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.integrity_check_runs (id, checked_at, problem_count, problems) FROM stdin;
\.


--
-- Data for Name: ledger_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, corrects_id, reason, recorded_by_id, recorded_by_name, recorded_at, counter, payment_method, idempotency_key, documents, proxy_name, proxy_id_number, proxy_letter_date, override_reason, forfeiture_batch_id) FROM stdin;
e538f8cb-b131-4975-81f9-4c4414b4adad	8c7fe231-2a58-4fc0-8404-e9f1da359910	05b6dda9-a722-424a-bfc2-609f41ff593d	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-10 05:00:00+00	history import	cash	\N				\N		\N
fc431c7c-a125-4008-8eaf-7e08ea1d9c5e	ba7eaab5-dd4c-4d6a-98b7-fd6dd9932ccd	68aaefe7-f08a-490a-a355-3452e61f5838	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-02 05:00:00+00	history import	cash	\N				\N		\N
88131231-b8a4-4801-b178-15f76fccca28	aaf67912-c736-4b41-94e3-3930bdcedc8d	198c0b0c-68a3-463a-beec-dedee39b7ab7	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2024-06-11 05:00:00+00	history import	cash	\N				\N		\N
9d3f35ee-4d26-450b-a110-a1d8b642e5d7	dc77aa85-f230-479e-947d-7243ed3f25a9	898112ed-2723-4929-a440-82fdfb0e1c9a	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2024-05-02 05:00:00+00	history import	cash	\N				\N		\N
5bed26c7-5bcb-435d-8eeb-203dfa9f808a	9cc4e510-2d0d-41a4-b4ec-84bf38805aff	b6ef64be-ed82-4ccb-bda5-a1383864b1c6	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-01-23 05:00:00+00	history import	cash	\N				\N		\N
fdabff87-29b1-4051-8ac8-38580804dde5	73ae2f55-9c47-4bfa-a11e-cb4eb803fc1d	39654ad0-497b-4c31-b44b-086bc12010e5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-02-18 05:00:00+00	history import	cash	\N				\N		\N
68d7066f-4d48-4add-ba88-8e156418ec07	73ae2f55-9c47-4bfa-a11e-cb4eb803fc1d	39654ad0-497b-4c31-b44b-086bc12010e5	refunded	100000	-100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-03-18 05:00:00+00	history import	cash	\N				\N		\N
3aa9ea44-0822-4452-ace8-50fd12300cb2	ea35fc51-1dd8-43e0-ada9-a0123452e453	69e40227-1c32-4664-8395-793dc697251d	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-03-16 05:00:00+00	history import	cash	\N				\N		\N
be540ddd-5bf4-43c9-8edb-78ea369a23c1	fde07c6a-ba9a-4684-ba6c-a4239206cc0d	3231ac97-ef30-4905-92cb-573243fc29c5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-04-11 05:00:00+00	history import	cash	\N				\N		\N
c03e4a11-d88c-4586-931e-eaaa46172891	b149411e-f768-4efc-87e6-afb387b130a6	c8ac8a39-39c7-4414-8aa2-1e075a5b4333	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-01 05:00:00+00	history import	cash	\N				\N		\N
304bb0ee-be6c-4f52-8570-028a703d44b8	f7625be9-7ec3-4d42-b20e-24a9adb784e1	5792303b-1121-4100-96cb-22acbfcc390d	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-27 05:00:00+00	history import	cash	\N				\N		\N
93cebd7d-a190-4d82-b509-30997343251c	51c152ac-c0d3-4653-86b6-391a842ef4a4	5897f86b-aa53-441f-aa2c-23cad3cd3177	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-01-22 05:00:00+00	history import	cash	\N				\N		\N
112c87b3-4ef0-4c57-8980-05384ddf8133	2d37272e-ad6f-4cae-b7ad-b1e040b3368e	a668b519-c1e8-4b4b-9b26-cdaac3a61fdb	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-02-17 05:00:00+00	history import	cash	\N				\N		\N
b1f576e5-54c6-4a46-85d6-c7009f973059	2cb21f37-02d4-4f21-a83f-591c212fbe19	c7e23c9f-bc27-41b5-ad7f-6bb284aec308	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-03-15 05:00:00+00	history import	cash	\N				\N		\N
71871217-faf8-42c8-b392-b861dff98fb3	5430990b-49ad-45be-86ea-e107e7070d78	1a6eb197-4b96-4f8e-be05-9b2ed3011a2d	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-04-10 05:00:00+00	history import	cash	\N				\N		\N
bd560bbe-cd20-4da6-a361-063d8e4af585	d824a874-3e5a-412a-a64e-f61135195d20	154155ad-eff9-432d-9c58-3821db6b7dbf	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-05-06 05:00:00+00	history import	cash	\N				\N		\N
a4f494f7-0287-4112-95b8-9c515ce23d62	5d67f5b2-68ec-4777-8fde-8227fb7b6215	72929610-f1c0-4542-9d0e-becea7db04b2	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-06-01 05:00:00+00	history import	cash	\N				\N		\N
25763a2e-1297-4851-8146-0d0005d9cecd	ae35ae9c-dff4-44f2-bc72-9d2ba5fff44f	20227700-d60b-4219-bc43-5aa3b22cf097	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-10-18 05:00:00+00	history import	cash	\N				\N		\N
41c100e3-c872-4405-833c-c0c396e637d5	d10e1b80-8034-400c-8914-df226f5d8dc1	74763c95-7e1c-49da-85b2-cce83b908a55	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-09-01 05:00:00+00	history import	cash	\N				\N		\N
40efdb82-0a30-4894-8167-ddbd4f0dcd73	d221d405-a498-4705-bbd6-9187e4648770	52f0421a-4442-4291-abc2-b7e3fa47f9ee	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-07-16 05:00:00+00	history import	cash	\N				\N		\N
0a758bb6-1484-43c1-ab5a-0045f7225e23	cf0327ca-baa6-4b24-83c9-6d3116c9b52b	bcb72a57-228a-4cd9-b29c-dccf8c8826d5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-05-30 05:00:00+00	history import	cash	\N				\N		\N
02b747c4-09b1-4a21-9d13-978d64567e8d	4e2e72be-d6cc-4ece-937e-699faafa800e	b66ff38d-a4a9-4ba5-b032-ef9addc8181b	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-04-13 05:00:00+00	history import	cash	\N				\N		\N
c2653002-bc33-4179-a322-44d68de256b4	1c3e8d02-645c-4a49-86b3-454097cace39	290e93ea-29f5-4da3-997d-f06c30e0f5f8	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-02-25 05:00:00+00	history import	cash	\N				\N		\N
b61887de-69c1-49cc-8ee8-2164d7a1c3b8	3bd6ce7f-6aec-4d81-b563-84210c0cfd0a	ce03200b-91ca-4465-a40d-a8f728b69d17	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-01-09 05:00:00+00	history import	cash	\N				\N		\N
3272c905-51de-4b3b-a835-2281e47f3946	00c261ca-6259-46a7-b7ac-402211759e59	571d55ac-fbe7-4fa7-a14e-11150e9b3927	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-11-23 05:00:00+00	history import	cash	\N				\N		\N
36704a89-164b-458e-b524-6fc61c4704e0	b4f893ff-2cc3-4a29-b150-19ec1c4faf65	40cf9dee-f7d2-4c32-b30b-33482cb1ce23	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-10-07 05:00:00+00	history import	cash	\N				\N		\N
2d59ab65-bbae-40e3-a4d6-2e372e756f43	a777f35e-3934-423a-b4b0-647b26c73ea6	661acc69-be76-44fa-8725-14d5a57d92d8	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-08-21 05:00:00+00	history import	cash	\N				\N		\N
7596bb33-895f-48ff-91b8-941ca441ff2f	89345333-6607-4fe3-94b5-573efb8a2c7f	88db552b-b3a9-4f9f-b932-134c1541ebfe	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-07-05 05:00:00+00	history import	cash	\N				\N		\N
eac36e18-56b4-4b95-9be9-5449622f2416	027928f4-0666-4271-a091-cf0bc7c1af75	fb8342bf-69f0-4ad6-ae6e-af34a7bef78c	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-05-19 05:00:00+00	history import	cash	\N				\N		\N
0b1971f1-f7c5-4228-b193-17c23e60b196	6655f7f1-396a-4e38-befa-930c1ec593f4	5e04159d-3303-49e7-ac62-08a40d790aad	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-04-02 05:00:00+00	history import	cash	\N				\N		\N
cff3d412-9a9a-4be8-90e5-4b64d69ad331	69118a4b-a5b5-405a-9c49-af2e4ff4eee0	d770b21f-8c17-45f9-a966-d9cb1990c4fa	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-02-14 05:00:00+00	history import	cash	\N				\N		\N
6f206910-a630-4c73-b3b3-44c888cc48c2	4e93ed63-a5d7-407a-a197-5399021edca5	c831df97-f935-411b-9859-29bf278d8a01	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-12-29 05:00:00+00	history import	cash	\N				\N		\N
ab5f1711-2ad5-43e8-a82f-3ca4917fbbe2	307ac5af-f22d-4fbc-865f-98e99022730f	9c48d055-c70c-47aa-8651-2b9b8151344b	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-11-12 05:00:00+00	history import	cash	\N				\N		\N
4d8b2754-40d3-4c45-8364-48d6c3b745b8	fd8531d0-662e-4479-b040-50aefbc65fa6	bc5e340d-5376-4e89-afb1-a777ab1901c7	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-09-26 05:00:00+00	history import	cash	\N				\N		\N
5407b68d-09d3-442d-9208-7c0ded3a478b	72ee6729-317b-4de1-8a37-01eb1274493d	419c9181-21a5-4567-9f36-d9042574720f	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-08-10 05:00:00+00	history import	cash	\N				\N		\N
3e5ff2ab-77fd-4c94-a9fd-7956cb1006e3	77f9b9bb-9b7b-472f-975d-cd6a84b880c6	78956cb6-0223-4f72-8bd1-a3fd6cff6fcc	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-06-24 05:00:00+00	history import	cash	\N				\N		\N
a7ff5d82-bcbf-470b-b598-1d214046ce61	af3a2022-8aa1-4b8b-9c50-f35fb080a8d8	0f7097cb-8a7b-4a19-bf1b-aaaf52475b9b	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-05-08 05:00:00+00	history import	cash	\N				\N		\N
e2553033-a88e-4ce6-aab7-afbe5b1ca1f6	39afea7f-b0ce-4347-bfe0-e6ccb59216d4	e0d4f6bc-af40-4640-9c85-3fad8090a202	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-03-22 05:00:00+00	history import	cash	\N				\N		\N
fcf72674-70ec-4412-879a-e4ceb7cb96d8	60913493-c6c4-4930-998d-b05119b5c35c	8c7b2905-049a-4c51-b884-240770576bb5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-02-03 05:00:00+00	history import	cash	\N				\N		\N
3c3892a3-4d56-4136-aa3c-8b7800ce2130	0f2f2054-556b-41fb-b944-5ff1ca6fff31	26d557dd-ca6a-4014-936a-4fe8a84214fc	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-12-18 05:00:00+00	history import	cash	\N				\N		\N
aed6609a-3891-455d-bb91-668c84fba2f9	c410a76e-8205-43be-bd33-ee4d9ef1a24a	74a4c67b-db90-401a-8618-f8f572d0dfde	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-11-01 05:00:00+00	history import	cash	\N				\N		\N
c79e668f-1c62-49bc-89fa-a5295d31b39c	fbab81f0-5f5e-4ce2-a48d-af7bc8bed38d	43a7bde5-9d23-44b6-b246-d3529157fa7e	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-09-15 05:00:00+00	history import	cash	\N				\N		\N
8d42b473-afe7-414f-9b0f-90c99130339f	9b5511ec-ef45-4bf1-8179-3e9a64a3f643	92701fde-9f41-4ef8-8799-a5208fe658bc	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-07-30 05:00:00+00	history import	cash	\N				\N		\N
f31e48b8-46d3-4fe3-acbd-af7069251487	45e67835-252d-4998-90fa-500a0320eb34	f46f107d-b6ea-4a1c-8333-34e3fdfe43b2	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-06-13 05:00:00+00	history import	cash	\N				\N		\N
bdd60d7b-6cd4-4a02-918c-9ce267b5f266	3724e104-c05d-4c77-bb97-de956beb171c	90e05a3a-4157-4c9b-ba56-aac068821122	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-04-27 05:00:00+00	history import	cash	\N				\N		\N
557de8b6-3cf9-4af6-9771-5c1d8beb6bac	67aff9b4-f1b7-456f-96f5-7c2327ba1082	12ffffec-5627-4560-afcc-a8b8ddac8856	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-03-11 05:00:00+00	history import	cash	\N				\N		\N
daa11bc8-3627-4458-8891-cfd6d740623f	5b81269b-cacc-4bf4-9308-2716bbe3e5f9	dc95c2d9-e4dd-46b5-82a9-b88f9df58bac	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-01-24 05:00:00+00	history import	cash	\N				\N		\N
cd09ec66-ae89-461e-85d0-b137a9a5a224	37731f1a-b150-4cb1-8ff4-f80cf76d7fde	f2fc77c1-b386-4411-9c28-36b893d3aa57	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-12-08 05:00:00+00	history import	cash	\N				\N		\N
31ff59bf-860e-4561-9a16-74e348c9ee80	84984dcc-5e1f-4531-add1-c821da9d575c	a56e4f4a-90c9-4fe7-bc42-fdd1ddb2e169	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-10-22 05:00:00+00	history import	cash	\N				\N		\N
300023dc-ce85-4db7-a8d4-73d951d7f4ab	24be8594-facd-43f8-bf47-a1c81a665223	a3792425-a874-49c1-a715-f1b8ca75fbe9	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-09-05 05:00:00+00	history import	cash	\N				\N		\N
572a60fc-3269-4623-bcb4-7180f903497f	082c2342-6be1-4249-a698-7a736afdb2c9	490e0de9-b996-4bd0-aa02-af245df12838	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-07-20 05:00:00+00	history import	cash	\N				\N		\N
b2080b39-5cc6-49d2-be90-bbaef5ae9087	c1c62f0a-db67-4278-9c50-e7b82f597dbd	89c3533d-7ba5-454b-ac7b-622094f38357	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-06-03 05:00:00+00	history import	cash	\N				\N		\N
377646e9-13cf-493f-98e8-127a7c986957	d71b5503-97b6-45d0-b8f0-515e1cf790d5	c5904c94-69fa-4fc6-8b5b-f552f4022aa4	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-04-17 05:00:00+00	history import	cash	\N				\N		\N
27fb3b52-35f7-40fd-a6ab-e0629d97c241	fbb83a67-3231-4883-a48c-24ad71ab9d51	46fafb1a-7b06-4048-acbf-eda89c360a36	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-03-01 05:00:00+00	history import	cash	\N				\N		\N
6fbb8f58-a95b-4cb0-9285-68fba35752c3	208a05b3-4bff-4e34-817b-557774997e94	ff54ae4c-2fd6-4247-81ba-043e127fadee	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-01-13 05:00:00+00	history import	cash	\N				\N		\N
25625179-2fa5-45b7-b864-7c27ee99235d	5279a53e-f22b-4903-86e9-c7f37abe8e5a	23eee917-8d04-4bbc-a98c-562816d4455d	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2017-11-27 05:00:00+00	history import	cash	\N				\N		\N
7cdc1df3-a28a-45f6-8e55-b3540d4ba275	f50758e7-3101-44bd-8bc2-e6c174870ee3	1d6190d0-3a61-41fb-8ae2-0a005045e03c	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2017-10-11 05:00:00+00	history import	cash	\N				\N		\N
\.


--
-- Data for Name: member_documents; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.member_documents (id, member_id, name, kind, dated_on, recorded_by, stored_file, created_at) FROM stdin;
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.members (id, card_number, first_name_th, last_name_th, first_name_en, last_name_en, segment, membership_type, enrolled_on, expires_on, status, email, mobile, line_user_id, address_line1, address_line2, address_line3, postcode, preferred_language, consent_postcard, consent_email, consent_sms, consent_line, notes, reminders_opt_out, search_text, created_at, updated_at, opt_out_postcard, opt_out_email, opt_out_sms, opt_out_line, address_undeliverable_on) FROM stdin;
023f623b-56a1-46f7-9256-344cd68b0822	DEMO-RENEW30	อรุณี	ต่ออายุ	Arunee	Renew	U5	external-b	2026-01-02	2027-01-02	active	arunee@example.org			5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	f	f		f	demo-renew30 อรุณี ต่ออายุ arunee renew arunee@example.org 	2026-12-02 18:42:17.015337+00	2026-12-02 18:42:17.015337+00	f	f	f	f	\N
05b6dda9-a722-424a-bfc2-609f41ff593d	DEMO-RENEW7	ชาตรี	ใกล้หมด	Chatree	Soon	U5	external-a	2025-12-10	2026-12-10	active		0812345670						th	f	f	t	f		f	demo-renew7 ชาตรี ใกล้หมด chatree soon  0812345670	2026-12-02 18:42:17.019553+00	2026-12-02 18:42:17.019553+00	f	f	f	f	\N
68aaefe7-f08a-490a-a355-3452e61f5838	DEMO-REFUND	สุดา	ขอคืน	Suda	Refund	Pa1	external-a	2025-12-02	2026-12-02	active				88/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-refund สุดา ขอคืน suda refund  	2026-12-02 18:42:17.031665+00	2026-12-02 18:42:17.031665+00	f	f	f	f	\N
198c0b0c-68a3-463a-beec-dedee39b7ab7	DEMO-OLD1	ประยุทธ	ลืมคืน1	Prayut	Forgot	Pa1	external-a	2024-06-11	2025-06-11	active				1 ถนนสุเทพ		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-old1 ประยุทธ ลืมคืน1 prayut forgot  	2026-12-02 18:42:17.036431+00	2026-12-02 18:42:17.036431+00	f	f	f	f	\N
898112ed-2723-4929-a440-82fdfb0e1c9a	DEMO-OLD2	ประยุทธ	ลืมคืน2	Prayut	Forgot	Pa1	external-a	2024-05-02	2025-05-02	active				2 ถนนสุเทพ		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-old2 ประยุทธ ลืมคืน2 prayut forgot  	2026-12-02 18:42:17.047721+00	2026-12-02 18:42:17.047721+00	f	f	f	f	\N
26f3ed16-34ee-4435-8ad2-2360e3a30a9d	U100001	สมชาย	ใจดี	Somchai	Boonma	U1	student	2023-12-03	2024-12-03	suspended	member1@example.org	0810000000	Uaaaaaaaa0	10/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u100001 สมชาย ใจดี somchai boonma member1@example.org 0810000000	2026-12-02 18:42:17.056468+00	2026-12-02 18:42:17.056468+00	f	f	f	f	\N
a0fe1c56-baf3-47d5-8320-94857be6f087	U100002	สมหญิง	รักเรียน	Somying	Kaewmanee	U1	student	2023-12-16	2024-12-16	active	member2@example.org	0810007919		11/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u100002 สมหญิง รักเรียน somying kaewmanee member2@example.org 0810007919	2026-12-02 18:42:17.071785+00	2026-12-02 18:42:17.071785+00	f	f	f	f	\N
75bbc778-b742-4ddc-b7ed-2ef9b2b93e02	U100003	วิชัย	ศรีสุข	Wichai	Thongdee	U1	student	2023-12-29	2024-12-29	active	member3@example.org	0810015838		12/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u100003 วิชัย ศรีสุข wichai thongdee member3@example.org 0810015838	2026-12-02 18:42:17.078468+00	2026-12-02 18:42:17.078468+00	f	f	f	f	\N
b2f60fbd-5d4f-4d7f-95a0-ce88105b2b87	U100004	มาลี	บุญมา	Malee	Saisuwan	U1	student	2024-01-11	2025-01-11	active	member4@example.org	0810023757	Uaaaaaaaa3	13/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u100004 มาลี บุญมา malee saisuwan member4@example.org 0810023757	2026-12-02 18:42:17.093075+00	2026-12-02 18:42:17.093075+00	f	f	f	f	\N
c11aed68-1a08-45e7-ad3f-0263a1b17ee3	U100005			Prasert	Pongpaiboon	U1	student	2024-01-24	2025-01-24	active	member5@example.org	0810031676		14/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	u100005   prasert pongpaiboon member5@example.org 0810031676	2026-12-02 18:42:17.096257+00	2026-12-02 18:42:17.096257+00	f	f	f	f	\N
cc0e117d-ad8f-4a8c-89e7-ff536b183c78	U100006	กนกพร	ทองดี	Kanokporn	Wongyai	U1	student	2024-02-06	2025-02-06	active	member6@example.org	0810039595		15/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u100006 กนกพร ทองดี kanokporn wongyai member6@example.org 0810039595	2026-12-02 18:42:17.115819+00	2026-12-02 18:42:17.115819+00	f	f	f	f	\N
8f5fec5d-d356-4e71-a72a-e5d3b3a51c05	U100007	ธนากร	สายสุวรรณ	Thanakorn	Jankaew	U1	student	2024-02-19	2025-02-19	active	member7@example.org	0810047514	Uaaaaaaaa6	16/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u100007 ธนากร สายสุวรรณ thanakorn jankaew member7@example.org 0810047514	2026-12-02 18:42:17.123715+00	2026-12-02 18:42:17.123715+00	f	f	f	f	\N
b8766e5a-e1ac-4111-b317-a1194f478cf2	U100008	ศิริพร	พงษ์ไพบูลย์	Siriporn	Meesuk	U1	student	2024-03-04	2025-03-04	active	member8@example.org	0810055433		17/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u100008 ศิริพร พงษ์ไพบูลย์ siriporn meesuk member8@example.org 0810055433	2026-12-02 18:42:17.127638+00	2026-12-02 18:42:17.127638+00	f	f	f	f	\N
4d1d1106-138f-4fcf-bbd1-7dbd7da15d34	U200009	อนุชา	วงศ์ใหญ่	Anucha	Petcharat	U2	student	2024-03-17	2025-03-17	active	member9@example.org	0810063352		18/9 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u200009 อนุชา วงศ์ใหญ่ anucha petcharat member9@example.org 0810063352	2026-12-02 18:42:17.1438+00	2026-12-02 18:42:17.1438+00	f	f	f	f	\N
e6fd1844-2a62-4ba5-a00d-d649c1108f84	U200010			Pimchanok	Jaidee	U2	student	2024-03-30	2025-03-30	active	member10@example.org	0810071271	Uaaaaaaaa9	19/1 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	t		f	u200010   pimchanok jaidee member10@example.org 0810071271	2026-12-02 18:42:17.147775+00	2026-12-02 18:42:17.147775+00	f	f	f	f	\N
6f6b195f-7bb4-4958-99b4-adb5ea36132e	U200011	ณัฐวุฒิ	มีสุข	Nattawut	Rakrian	U2	student	2024-04-12	2025-04-12	active	member11@example.org	0810079190		20/2 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u200011 ณัฐวุฒิ มีสุข nattawut rakrian member11@example.org 0810079190	2026-12-02 18:42:17.17575+00	2026-12-02 18:42:17.17575+00	f	f	f	f	\N
5ea6cb56-c5b3-4a73-bd4b-960a52c75135	U200012	สุภาพร	เพชรรัตน์	Supaporn	Srisuk	U2	student	2024-04-25	2025-04-25	active	member12@example.org	0810087109		21/3 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u200012 สุภาพร เพชรรัตน์ supaporn srisuk member12@example.org 0810087109	2026-12-02 18:42:17.183735+00	2026-12-02 18:42:17.183735+00	f	f	f	f	\N
8f31a5ed-52ec-4536-bbf6-c4da3940e871	U200013	กิตติ	ใจดี	Kitti	Boonma	U2	student	2024-05-08	2025-05-08	active	member13@example.org	0810095028	Uaaaaaaaa12	22/4 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u200013 กิตติ ใจดี kitti boonma member13@example.org 0810095028	2026-12-02 18:42:17.192601+00	2026-12-02 18:42:17.192601+00	f	f	f	f	\N
b66ff38d-a4a9-4ba5-b032-ef9addc8181b	DEMO-B05	อำไพ	ทองคำ			Pa1	external-a	2022-04-13	2023-04-13	active	backlog5@example.org	0820017855		35/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b05 อำไพ ทองคำ   backlog5@example.org 0820017855	2026-12-02 18:42:17.998208+00	2026-12-02 18:42:17.998208+00	f	f	f	f	\N
41c8a09a-91a5-436c-8492-6328f055950d	U200014	จันทร์เพ็ญ	รักเรียน	Janpen	Kaewmanee	U2	student	2024-05-21	2025-05-21	active	member14@example.org	0810102947		23/5 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u200014 จันทร์เพ็ญ รักเรียน janpen kaewmanee member14@example.org 0810102947	2026-12-02 18:42:17.203725+00	2026-12-02 18:42:17.203725+00	f	f	f	f	\N
71dd4b5f-9385-44d5-84da-a33ad3db186a	U200015			Worawut	Thongdee	U2	student	2024-06-03	2025-06-03	active	member15@example.org	0810110866		24/6 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	u200015   worawut thongdee member15@example.org 0810110866	2026-12-02 18:42:17.216409+00	2026-12-02 18:42:17.216409+00	f	f	f	f	\N
98807578-6975-49a3-b6a0-c372e61a4ffa	U200016	ปิยะนุช	บุญมา	Piyanut	Saisuwan	U2	student	2024-06-16	2025-06-16	active	member16@example.org	0810118785	Uaaaaaaaa15	25/7 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u200016 ปิยะนุช บุญมา piyanut saisuwan member16@example.org 0810118785	2026-12-02 18:42:17.22373+00	2026-12-02 18:42:17.22373+00	f	f	f	f	\N
150c6aec-0e7a-4cd0-bee1-f882b213801d	U300017	สมชาย	แก้วมณี	Somchai	Pongpaiboon	U3	staff	2024-06-29	2025-06-29	active	member17@example.org	0810126704		26/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u300017 สมชาย แก้วมณี somchai pongpaiboon member17@example.org 0810126704	2026-12-02 18:42:17.226375+00	2026-12-02 18:42:17.226375+00	f	f	f	f	\N
b8682aa0-f449-4600-969d-1b9b20cb7bf8	U300018	สมหญิง	ทองดี	Somying	Wongyai	U3	staff	2024-07-12	2025-07-12	active	member18@example.org	0810134623		27/9 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u300018 สมหญิง ทองดี somying wongyai member18@example.org 0810134623	2026-12-02 18:42:17.229312+00	2026-12-02 18:42:17.229312+00	f	f	f	f	\N
b4e481b0-f124-4201-a0e3-7f71a0093866	U300019	วิชัย	สายสุวรรณ	Wichai	Jankaew	U3	staff	2024-07-25	2025-07-25	active	member19@example.org	0810142542	Uaaaaaaaa18	28/1 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u300019 วิชัย สายสุวรรณ wichai jankaew member19@example.org 0810142542	2026-12-02 18:42:17.235803+00	2026-12-02 18:42:17.235803+00	f	f	f	f	\N
bfb2bcd4-e1f0-472d-b14d-232204571531	U300020			Malee	Meesuk	U3	staff	2024-08-07	2025-08-07	active	member20@example.org	0810150461		29/2 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	u300020   malee meesuk member20@example.org 0810150461	2026-12-02 18:42:17.251614+00	2026-12-02 18:42:17.251614+00	f	f	f	f	\N
e42be96b-ea03-409b-9e64-6781a02ed7f5	U300021	ประเสริฐ	วงศ์ใหญ่	Prasert	Petcharat	U3	staff	2024-08-20	2025-08-20	active	member21@example.org	0810158380		30/3 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u300021 ประเสริฐ วงศ์ใหญ่ prasert petcharat member21@example.org 0810158380	2026-12-02 18:42:17.256353+00	2026-12-02 18:42:17.256353+00	f	f	f	f	\N
8d72ce1b-3376-44e0-a0b7-5f5bdc017988	U300022	กนกพร	จันทร์แก้ว	Kanokporn	Jaidee	U3	staff	2024-09-02	2025-09-02	active	member22@example.org	0810166299	Uaaaaaaaa21	31/4 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	u300022 กนกพร จันทร์แก้ว kanokporn jaidee member22@example.org 0810166299	2026-12-02 18:42:17.263604+00	2026-12-02 18:42:17.263604+00	f	f	f	f	\N
3c698c67-ac4a-49b5-8220-e6fe734bf5d3	U300023	ธนากร	มีสุข	Thanakorn	Rakrian	U3	staff	2024-09-15	2025-09-15	active	member23@example.org	0810174218		32/5 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u300023 ธนากร มีสุข thanakorn rakrian member23@example.org 0810174218	2026-12-02 18:42:17.265872+00	2026-12-02 18:42:17.265872+00	f	f	f	f	\N
23195173-c3a9-415c-b786-249566f183ef	U300024	ศิริพร	เพชรรัตน์	Siriporn	Srisuk	U3	staff	2024-09-28	2025-09-28	suspended	member24@example.org	0810182137		33/6 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u300024 ศิริพร เพชรรัตน์ siriporn srisuk member24@example.org 0810182137	2026-12-02 18:42:17.277343+00	2026-12-02 18:42:17.277343+00	f	f	f	f	\N
8a78e192-6fa5-47a1-940f-87e4bffc0d91	U400025			Anucha	Boonma	U4	staff	2024-10-11	2025-10-11	active	member25@example.org	0810190056	Uaaaaaaaa24	34/7 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	t		f	u400025   anucha boonma member25@example.org 0810190056	2026-12-02 18:42:17.279437+00	2026-12-02 18:42:17.279437+00	f	f	f	f	\N
35db5fff-dd07-4769-9527-281daa7f9d1f	U400026	พิมพ์ชนก	รักเรียน	Pimchanok	Kaewmanee	U4	staff	2024-10-24	2025-10-24	active	member26@example.org	0810197975		35/8 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u400026 พิมพ์ชนก รักเรียน pimchanok kaewmanee member26@example.org 0810197975	2026-12-02 18:42:17.287649+00	2026-12-02 18:42:17.287649+00	f	f	f	f	\N
d9c62b6b-8e67-4f33-b83e-61190a0675f1	U400027	ณัฐวุฒิ	ศรีสุข	Nattawut	Thongdee	U4	staff	2024-11-06	2025-11-06	active	member27@example.org	0810205894		36/9 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u400027 ณัฐวุฒิ ศรีสุข nattawut thongdee member27@example.org 0810205894	2026-12-02 18:42:17.290258+00	2026-12-02 18:42:17.290258+00	f	f	f	f	\N
6cc83e0a-4f9c-4b2a-9797-d64ecf3e0145	U400028	สุภาพร	บุญมา	Supaporn	Saisuwan	U4	staff	2024-11-19	2025-11-19	active	member28@example.org	0810213813	Uaaaaaaaa27	37/1 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u400028 สุภาพร บุญมา supaporn saisuwan member28@example.org 0810213813	2026-12-02 18:42:17.294553+00	2026-12-02 18:42:17.294553+00	f	f	f	f	\N
70776b5d-f3ec-49b3-925c-04916b98a85e	U400029	กิตติ	แก้วมณี	Kitti	Pongpaiboon	U4	staff	2024-12-02	2025-12-02	active	member29@example.org	0810221732		38/2 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u400029 กิตติ แก้วมณี kitti pongpaiboon member29@example.org 0810221732	2026-12-02 18:42:17.307042+00	2026-12-02 18:42:17.307042+00	f	f	f	f	\N
f8ee34ac-a59a-4a9f-96fa-750cd5838b88	U400030			Janpen	Wongyai	U4	staff	2024-12-15	2025-12-15	active	member30@example.org	0810229651		39/3 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	f		f	u400030   janpen wongyai member30@example.org 0810229651	2026-12-02 18:42:17.319584+00	2026-12-02 18:42:17.319584+00	f	f	f	f	\N
690996ae-acbf-4291-a9a3-5939a8b21136	U400031	วรวุฒิ	สายสุวรรณ	Worawut	Jankaew	U4	staff	2024-12-28	2025-12-28	active	member31@example.org	0810237570	Uaaaaaaaa30	40/4 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u400031 วรวุฒิ สายสุวรรณ worawut jankaew member31@example.org 0810237570	2026-12-02 18:42:17.324767+00	2026-12-02 18:42:17.324767+00	f	f	f	f	\N
a3c7a4de-8246-4099-a845-dfe7ea15ec2c	U400032	ปิยะนุช	พงษ์ไพบูลย์	Piyanut	Meesuk	U4	staff	2025-01-10	2026-01-10	active	member32@example.org	0810245489		41/5 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u400032 ปิยะนุช พงษ์ไพบูลย์ piyanut meesuk member32@example.org 0810245489	2026-12-02 18:42:17.327792+00	2026-12-02 18:42:17.327792+00	f	f	f	f	\N
b6ef64be-ed82-4ccb-bda5-a1383864b1c6	U500033	สมชาย	วงศ์ใหญ่	Somchai	Petcharat	U5	external-a	2025-01-23	2026-01-23	active	member33@example.org	0810253408		42/6 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u500033 สมชาย วงศ์ใหญ่ somchai petcharat member33@example.org 0810253408	2026-12-02 18:42:17.331441+00	2026-12-02 18:42:17.331441+00	f	f	f	f	\N
d414bc69-cdc1-4529-9fc7-313207c21372	U500034	สมหญิง	จันทร์แก้ว	Somying	Jaidee	U5	external-b	2025-02-05	2026-02-05	active	member34@example.org	0810261327	Uaaaaaaaa33	43/7 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	u500034 สมหญิง จันทร์แก้ว somying jaidee member34@example.org 0810261327	2026-12-02 18:42:17.335414+00	2026-12-02 18:42:17.335414+00	f	f	f	f	\N
39654ad0-497b-4c31-b44b-086bc12010e5	U500035			Wichai	Rakrian	U5	external-a	2025-02-18	2026-02-18	active	member35@example.org	0810269246		44/8 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	u500035   wichai rakrian member35@example.org 0810269246	2026-12-02 18:42:17.33847+00	2026-12-02 18:42:17.33847+00	f	f	f	f	\N
b628901e-27ec-4d98-af0b-59fde25b94ff	U500036	มาลี	เพชรรัตน์	Malee	Srisuk	U5	external-b	2025-03-03	2026-03-03	active	member36@example.org	0810277165		45/9 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u500036 มาลี เพชรรัตน์ malee srisuk member36@example.org 0810277165	2026-12-02 18:42:17.347597+00	2026-12-02 18:42:17.347597+00	f	f	f	f	\N
69e40227-1c32-4664-8395-793dc697251d	U500037	ประเสริฐ	ใจดี	Prasert	Boonma	U5	external-a	2025-03-16	2026-03-16	active	member37@example.org	0810285084	Uaaaaaaaa36	46/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u500037 ประเสริฐ ใจดี prasert boonma member37@example.org 0810285084	2026-12-02 18:42:17.350295+00	2026-12-02 18:42:17.350295+00	f	f	f	f	\N
a1308c3d-de4f-43cb-805e-9bda08c39ff1	U500038	กนกพร	รักเรียน	Kanokporn	Kaewmanee	U5	external-b	2025-03-29	2026-03-29	active	member38@example.org	0810293003		47/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u500038 กนกพร รักเรียน kanokporn kaewmanee member38@example.org 0810293003	2026-12-02 18:42:17.363627+00	2026-12-02 18:42:17.363627+00	f	f	f	f	\N
3231ac97-ef30-4905-92cb-573243fc29c5	U500039	ธนากร	ศรีสุข	Thanakorn	Thongdee	U5	external-a	2025-04-11	2026-04-11	active	member39@example.org	0810300922		48/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u500039 ธนากร ศรีสุข thanakorn thongdee member39@example.org 0810300922	2026-12-02 18:42:17.36621+00	2026-12-02 18:42:17.36621+00	f	f	f	f	\N
981dbe1b-7583-487e-8dab-e7af91b0351d	U500040			Siriporn	Saisuwan	U5	external-b	2025-04-24	2026-04-24	active	member40@example.org	0810308841	Uaaaaaaaa39	49/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	t		f	u500040   siriporn saisuwan member40@example.org 0810308841	2026-12-02 18:42:17.37873+00	2026-12-02 18:42:17.37873+00	f	f	f	f	\N
ff7c7911-12a7-4d1d-b2b5-1ea6c5840c42	F100041	อนุชา	แก้วมณี	Anucha	Pongpaiboon	F1	external-b	2025-05-07	2026-05-07	active	member41@example.org	0810316760		50/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	f100041 อนุชา แก้วมณี anucha pongpaiboon member41@example.org 0810316760	2026-12-02 18:42:17.381426+00	2026-12-02 18:42:17.381426+00	f	f	f	f	\N
bf5b4bfb-24fa-49fb-becc-8221643a2d48	F100042	พิมพ์ชนก	ทองดี	Pimchanok	Wongyai	F1	external-b	2025-05-20	2026-05-20	active	member42@example.org	0810324679		51/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	f100042 พิมพ์ชนก ทองดี pimchanok wongyai member42@example.org 0810324679	2026-12-02 18:42:17.387627+00	2026-12-02 18:42:17.387627+00	f	f	f	f	\N
f4077a45-764d-4217-929d-1350efd35590	F100043	ณัฐวุฒิ	สายสุวรรณ	Nattawut	Jankaew	F1	external-b	2025-06-02	2026-06-02	active	member43@example.org	0810332598	Uaaaaaaaa42	52/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	f100043 ณัฐวุฒิ สายสุวรรณ nattawut jankaew member43@example.org 0810332598	2026-12-02 18:42:17.391783+00	2026-12-02 18:42:17.391783+00	f	f	f	f	\N
1948d619-e621-4dd2-8346-5f9c4e7cc1e9	F100044	สุภาพร	พงษ์ไพบูลย์	Supaporn	Meesuk	F1	external-b	2025-06-15	2026-06-15	active	member44@example.org	0810340517		53/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f100044 สุภาพร พงษ์ไพบูลย์ supaporn meesuk member44@example.org 0810340517	2026-12-02 18:42:17.407712+00	2026-12-02 18:42:17.407712+00	f	f	f	f	\N
b7f567d1-6f8c-4541-9311-18745b906ddf	F100045			Kitti	Petcharat	F1	external-b	2025-06-28	2026-06-28	active	member45@example.org	0810348436		54/9 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	f100045   kitti petcharat member45@example.org 0810348436	2026-12-02 18:42:17.410214+00	2026-12-02 18:42:17.410214+00	f	f	f	f	\N
44727825-7e34-4a27-a396-b9b70f919d3b	F100046	จันทร์เพ็ญ	จันทร์แก้ว	Janpen	Jaidee	F1	external-b	2025-07-11	2026-07-11	active	member46@example.org	0810356355	Uaaaaaaaa45	55/1 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	f100046 จันทร์เพ็ญ จันทร์แก้ว janpen jaidee member46@example.org 0810356355	2026-12-02 18:42:17.41948+00	2026-12-02 18:42:17.41948+00	f	f	f	f	\N
d3e32e6e-e5f1-4ffc-99e4-2d9f781b3ad6	F100047	วรวุฒิ	มีสุข	Worawut	Rakrian	F1	external-b	2025-07-24	2026-07-24	suspended	member47@example.org	0810364274		56/2 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	f100047 วรวุฒิ มีสุข worawut rakrian member47@example.org 0810364274	2026-12-02 18:42:17.421642+00	2026-12-02 18:42:17.421642+00	f	f	f	f	\N
cb198587-b08f-493c-b20e-1f4d4ecdc9d0	F100048	ปิยะนุช	เพชรรัตน์	Piyanut	Srisuk	F1	external-b	2025-08-06	2026-08-06	active	member48@example.org	0810372193		57/3 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f100048 ปิยะนุช เพชรรัตน์ piyanut srisuk member48@example.org 0810372193	2026-12-02 18:42:17.423428+00	2026-12-02 18:42:17.423428+00	f	f	f	f	\N
97d6c6fd-096b-46f7-b1d9-861c639fd560	F200049	สมชาย	ใจดี	Somchai	Boonma	F2	external-b	2025-08-19	2026-08-19	active	member49@example.org	0810380112	Uaaaaaaaa48	58/4 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	f200049 สมชาย ใจดี somchai boonma member49@example.org 0810380112	2026-12-02 18:42:17.425263+00	2026-12-02 18:42:17.425263+00	f	f	f	f	\N
9d1dc6e9-202f-4d93-801b-e198202fd1c9	F200050			Somying	Kaewmanee	F2	external-b	2025-09-01	2026-09-01	active	member50@example.org	0810388031		59/5 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	f		f	f200050   somying kaewmanee member50@example.org 0810388031	2026-12-02 18:42:17.427589+00	2026-12-02 18:42:17.427589+00	f	f	f	f	\N
5af8f7ac-bec5-48b9-974a-f348fd4a7d8b	F200051	วิชัย	ศรีสุข	Wichai	Thongdee	F2	external-b	2025-09-14	2026-09-14	active	member51@example.org	0810395950		60/6 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	f200051 วิชัย ศรีสุข wichai thongdee member51@example.org 0810395950	2026-12-02 18:42:17.443898+00	2026-12-02 18:42:17.443898+00	f	f	f	f	\N
a8bba4b4-2090-4068-a21c-3862388e57a0	F200052	มาลี	บุญมา	Malee	Saisuwan	F2	external-b	2025-09-27	2026-09-27	active	member52@example.org	0810403869	Uaaaaaaaa51	61/7 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	f200052 มาลี บุญมา malee saisuwan member52@example.org 0810403869	2026-12-02 18:42:17.447631+00	2026-12-02 18:42:17.447631+00	f	f	f	f	\N
b8b9c77e-b628-4230-b598-7bbe94c17d75	F200053	ประเสริฐ	แก้วมณี	Prasert	Pongpaiboon	F2	external-b	2025-10-10	2026-10-10	active	member53@example.org	0810411788		62/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	f200053 ประเสริฐ แก้วมณี prasert pongpaiboon member53@example.org 0810411788	2026-12-02 18:42:17.449638+00	2026-12-02 18:42:17.449638+00	f	f	f	f	\N
0caead1b-2f3c-4567-b1ca-caeb21a132e3	F200054	กนกพร	ทองดี	Kanokporn	Wongyai	F2	external-b	2025-10-23	2026-10-23	active	member54@example.org	0810419707		63/9 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	f200054 กนกพร ทองดี kanokporn wongyai member54@example.org 0810419707	2026-12-02 18:42:17.451696+00	2026-12-02 18:42:17.451696+00	f	f	f	f	\N
f2f5538b-1bdc-49d6-ac58-bafbb7d74947	F200055			Thanakorn	Jankaew	F2	external-b	2025-11-05	2026-11-05	active	member55@example.org	0810427626	Uaaaaaaaa54	64/1 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	t		f	f200055   thanakorn jankaew member55@example.org 0810427626	2026-12-02 18:42:17.455833+00	2026-12-02 18:42:17.455833+00	f	f	f	f	\N
eb419430-45d5-4722-895a-577665cfe257	F200056	ศิริพร	พงษ์ไพบูลย์	Siriporn	Meesuk	F2	external-b	2025-11-18	2026-11-18	active	member56@example.org	0810435545		65/2 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f200056 ศิริพร พงษ์ไพบูลย์ siriporn meesuk member56@example.org 0810435545	2026-12-02 18:42:17.475637+00	2026-12-02 18:42:17.475637+00	f	f	f	f	\N
c8ac8a39-39c7-4414-8aa2-1e075a5b4333	PA100057	อนุชา	วงศ์ใหญ่	Anucha	Petcharat	Pa1	external-a	2025-12-01	2026-12-01	active	member57@example.org	0810443464		66/3 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa100057 อนุชา วงศ์ใหญ่ anucha petcharat member57@example.org 0810443464	2026-12-02 18:42:17.478446+00	2026-12-02 18:42:17.478446+00	f	f	f	f	\N
f26f3e52-f916-4e43-b2aa-c3e645d11c02	PA100058	พิมพ์ชนก	จันทร์แก้ว	Pimchanok	Jaidee	Pa1	external-b	2025-12-14	2026-12-14	active	member58@example.org	0810451383	Uaaaaaaaa57	67/4 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	pa100058 พิมพ์ชนก จันทร์แก้ว pimchanok jaidee member58@example.org 0810451383	2026-12-02 18:42:17.487607+00	2026-12-02 18:42:17.487607+00	f	f	f	f	\N
5792303b-1121-4100-96cb-22acbfcc390d	PA100059	ณัฐวุฒิ	มีสุข	Nattawut	Rakrian	Pa1	external-a	2025-12-27	2026-12-27	active	member59@example.org	0810459302		68/5 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa100059 ณัฐวุฒิ มีสุข nattawut rakrian member59@example.org 0810459302	2026-12-02 18:42:17.489901+00	2026-12-02 18:42:17.489901+00	f	f	f	f	\N
3da03760-6af5-4f5e-ace0-091948a9ac70	PA100060			Supaporn	Srisuk	Pa1	external-b	2026-01-09	2027-01-09	active	member60@example.org	0810467221		69/6 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	pa100060   supaporn srisuk member60@example.org 0810467221	2026-12-02 18:42:17.492022+00	2026-12-02 18:42:17.492022+00	f	f	f	f	\N
5897f86b-aa53-441f-aa2c-23cad3cd3177	PA100061	กิตติ	ใจดี	Kitti	Boonma	Pa1	external-a	2026-01-22	2027-01-22	active	member61@example.org	0810475140	Uaaaaaaaa60	70/7 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	pa100061 กิตติ ใจดี kitti boonma member61@example.org 0810475140	2026-12-02 18:42:17.493822+00	2026-12-02 18:42:17.493822+00	f	f	f	f	\N
8819c346-f758-4d33-bbd3-9631290abf77	PA100062	จันทร์เพ็ญ	รักเรียน	Janpen	Kaewmanee	Pa1	external-b	2026-02-04	2027-02-04	active	member62@example.org	0810483059		71/8 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa100062 จันทร์เพ็ญ รักเรียน janpen kaewmanee member62@example.org 0810483059	2026-12-02 18:42:17.496139+00	2026-12-02 18:42:17.496139+00	f	f	f	f	\N
a668b519-c1e8-4b4b-9b26-cdaac3a61fdb	PA100063	วรวุฒิ	ศรีสุข	Worawut	Thongdee	Pa1	external-a	2026-02-17	2027-02-17	active	member63@example.org	0810490978		72/9 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa100063 วรวุฒิ ศรีสุข worawut thongdee member63@example.org 0810490978	2026-12-02 18:42:17.49804+00	2026-12-02 18:42:17.49804+00	f	f	f	f	\N
7b9a95f1-021e-4120-8256-6203e4437786	PA100064	ปิยะนุช	บุญมา	Piyanut	Saisuwan	Pa1	external-b	2026-03-02	2027-03-02	active	member64@example.org	0810498897	Uaaaaaaaa63	73/1 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	pa100064 ปิยะนุช บุญมา piyanut saisuwan member64@example.org 0810498897	2026-12-02 18:42:17.515699+00	2026-12-02 18:42:17.515699+00	f	f	f	f	\N
c7e23c9f-bc27-41b5-ad7f-6bb284aec308	PA200065			Somchai	Pongpaiboon	Pa2	external-a	2026-03-15	2027-03-15	active	member65@example.org	0810506816		74/2 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	pa200065   somchai pongpaiboon member65@example.org 0810506816	2026-12-02 18:42:17.518933+00	2026-12-02 18:42:17.518933+00	f	f	f	f	\N
ff1dde7b-bfb8-4120-bedd-fe63e72d8b8c	PA200066	สมหญิง	ทองดี	Somying	Wongyai	Pa2	external-b	2026-03-28	2027-03-28	active	member66@example.org	0810514735		75/3 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa200066 สมหญิง ทองดี somying wongyai member66@example.org 0810514735	2026-12-02 18:42:17.523667+00	2026-12-02 18:42:17.523667+00	f	f	f	f	\N
1a6eb197-4b96-4f8e-be05-9b2ed3011a2d	PA200067	วิชัย	สายสุวรรณ	Wichai	Jankaew	Pa2	external-a	2026-04-10	2027-04-10	active	member67@example.org	0810522654	Uaaaaaaaa66	76/4 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	pa200067 วิชัย สายสุวรรณ wichai jankaew member67@example.org 0810522654	2026-12-02 18:42:17.528274+00	2026-12-02 18:42:17.528274+00	f	f	f	f	\N
ace52049-0b39-464c-ba61-dc117198c7ee	PA200068	มาลี	พงษ์ไพบูลย์	Malee	Meesuk	Pa2	external-b	2026-04-23	2027-04-23	active	member68@example.org	0810530573		77/5 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	pa200068 มาลี พงษ์ไพบูลย์ malee meesuk member68@example.org 0810530573	2026-12-02 18:42:17.54787+00	2026-12-02 18:42:17.54787+00	f	f	f	f	\N
154155ad-eff9-432d-9c58-3821db6b7dbf	PA200069	ประเสริฐ	วงศ์ใหญ่	Prasert	Petcharat	Pa2	external-a	2026-05-06	2027-05-06	active	member69@example.org	0810538492		78/6 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa200069 ประเสริฐ วงศ์ใหญ่ prasert petcharat member69@example.org 0810538492	2026-12-02 18:42:17.550688+00	2026-12-02 18:42:17.550688+00	f	f	f	f	\N
b7f25e91-c288-48ac-85a4-02a13b53b2ec	PA200070			Kanokporn	Jaidee	Pa2	external-b	2026-05-19	2027-05-19	suspended	member70@example.org	0810546411	Uaaaaaaaa69	79/7 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	t		f	pa200070   kanokporn jaidee member70@example.org 0810546411	2026-12-02 18:42:17.55296+00	2026-12-02 18:42:17.55296+00	f	f	f	f	\N
72929610-f1c0-4542-9d0e-becea7db04b2	PA200071	ธนากร	มีสุข	Thanakorn	Rakrian	Pa2	external-a	2026-06-01	2027-06-01	active	member71@example.org	0810554330		80/8 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa200071 ธนากร มีสุข thanakorn rakrian member71@example.org 0810554330	2026-12-02 18:42:17.556729+00	2026-12-02 18:42:17.556729+00	f	f	f	f	\N
d1f49b4f-21be-4ca7-b674-6582b2f6c711	PA200072	ศิริพร	เพชรรัตน์	Siriporn	Srisuk	Pa2	external-b	2026-06-14	2027-06-14	active	member72@example.org	0810562249		81/9 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	pa200072 ศิริพร เพชรรัตน์ siriporn srisuk member72@example.org 0810562249	2026-12-02 18:42:17.560078+00	2026-12-02 18:42:17.560078+00	f	f	f	f	\N
526cf523-e15c-44e1-8675-5f018042b544	PA300073	อนุชา	ใจดี	Anucha	Boonma	Pa3	external-b	2026-06-27	2027-06-27	active	member73@example.org	0810570168	Uaaaaaaaa72	82/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	pa300073 อนุชา ใจดี anucha boonma member73@example.org 0810570168	2026-12-02 18:42:17.575789+00	2026-12-02 18:42:17.575789+00	f	f	f	f	\N
88eaec15-628b-4f20-9e52-ce9f91e76804	PA300074	พิมพ์ชนก	รักเรียน	Pimchanok	Kaewmanee	Pa3	external-b	2026-07-10	2027-07-10	active	member74@example.org	0810578087		83/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa300074 พิมพ์ชนก รักเรียน pimchanok kaewmanee member74@example.org 0810578087	2026-12-02 18:42:17.578305+00	2026-12-02 18:42:17.578305+00	f	f	f	f	\N
b78080ec-6304-43f0-bd0f-a61ba8f8608a	PA300075			Nattawut	Thongdee	Pa3	external-b	2026-07-23	2027-07-23	active	member75@example.org	0810586006		84/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	pa300075   nattawut thongdee member75@example.org 0810586006	2026-12-02 18:42:17.588894+00	2026-12-02 18:42:17.588894+00	f	f	f	f	\N
44f03ee8-1e35-4109-808a-85cb45621c0d	PA300076	สุภาพร	บุญมา	Supaporn	Saisuwan	Pa3	external-b	2026-08-05	2027-08-05	active	member76@example.org	0810593925	Uaaaaaaaa75	85/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	pa300076 สุภาพร บุญมา supaporn saisuwan member76@example.org 0810593925	2026-12-02 18:42:17.5955+00	2026-12-02 18:42:17.5955+00	f	f	f	f	\N
948a3992-d0c9-4e3c-935b-1f997f14704f	PA300077	กิตติ	แก้วมณี	Kitti	Pongpaiboon	Pa3	external-b	2026-08-18	2027-08-18	active	member77@example.org	0810601844		86/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa300077 กิตติ แก้วมณี kitti pongpaiboon member77@example.org 0810601844	2026-12-02 18:42:17.598417+00	2026-12-02 18:42:17.598417+00	f	f	f	f	\N
5a140c01-4d20-43d0-8ff7-070bd59538c4	PA300078	จันทร์เพ็ญ	ทองดี	Janpen	Wongyai	Pa3	external-b	2026-08-31	2027-08-31	active	member78@example.org	0810609763		87/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa300078 จันทร์เพ็ญ ทองดี janpen wongyai member78@example.org 0810609763	2026-12-02 18:42:17.610752+00	2026-12-02 18:42:17.610752+00	f	f	f	f	\N
f6c62520-abad-41d3-8f03-3365a77fbb25	PA300079	วรวุฒิ	สายสุวรรณ	Worawut	Jankaew	Pa3	external-b	2026-09-13	2027-09-13	active	member79@example.org	0810617682	Uaaaaaaaa78	88/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	pa300079 วรวุฒิ สายสุวรรณ worawut jankaew member79@example.org 0810617682	2026-12-02 18:42:17.620059+00	2026-12-02 18:42:17.620059+00	f	f	f	f	\N
c38f4729-1a59-4e0b-8cff-8931341fe38f	PA300080			Piyanut	Meesuk	Pa3	external-b	2026-09-26	2027-09-26	active	member80@example.org	0810625601		89/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	pa300080   piyanut meesuk member80@example.org 0810625601	2026-12-02 18:42:17.622277+00	2026-12-02 18:42:17.622277+00	f	f	f	f	\N
20227700-d60b-4219-bc43-5aa3b22cf097	DEMO-B01	วันดี	ศรีวงศ์			Pa1	external-a	2022-10-18	2023-10-18	active	backlog1@example.org			7/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b01 วันดี ศรีวงศ์   backlog1@example.org 	2026-12-02 18:42:17.984025+00	2026-12-02 18:42:17.984025+00	f	f	f	f	\N
74763c95-7e1c-49da-85b2-cce83b908a55	DEMO-B02	ประสิทธิ์	แสงทอง			Pa1	external-a	2022-09-01	2023-09-01	active	backlog2@example.org			14/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b02 ประสิทธิ์ แสงทอง   backlog2@example.org 	2026-12-02 18:42:17.987741+00	2026-12-02 18:42:17.987741+00	f	f	f	f	\N
52f0421a-4442-4291-abc2-b7e3fa47f9ee	DEMO-B03	บุญเรือน	มั่นคง			Pa1	external-a	2022-07-16	2023-07-16	active				21/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b03 บุญเรือน มั่นคง    	2026-12-02 18:42:17.989876+00	2026-12-02 18:42:17.989876+00	f	f	f	f	\N
bcb72a57-228a-4cd9-b29c-dccf8c8826d5	DEMO-B04	สุนทร	บุญมี			Pa1	external-a	2022-05-30	2023-05-30	active	backlog4@example.org			28/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b04 สุนทร บุญมี   backlog4@example.org 	2026-12-02 18:42:17.996045+00	2026-12-02 18:42:17.996045+00	f	f	f	f	\N
290e93ea-29f5-4da3-997d-f06c30e0f5f8	DEMO-B06	ชัยวัฒน์	ศรีวงศ์			Pa1	external-a	2022-02-25	2023-02-25	active				42/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b06 ชัยวัฒน์ ศรีวงศ์    	2026-12-02 18:42:18.008741+00	2026-12-02 18:42:18.008741+00	f	f	f	f	\N
ce03200b-91ca-4465-a40d-a8f728b69d17	DEMO-B07	ละเอียด	แสงทอง			Pa1	external-a	2022-01-09	2023-01-09	active								th	f	f	f	f		f	demo-b07 ละเอียด แสงทอง    	2026-12-02 18:42:18.012867+00	2026-12-02 18:42:18.012867+00	f	f	f	f	\N
571d55ac-fbe7-4fa7-a14e-11150e9b3927	DEMO-B08	สมศักดิ์	มั่นคง			Pa1	external-a	2021-11-23	2022-11-23	active	backlog8@example.org			56/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b08 สมศักดิ์ มั่นคง   backlog8@example.org 	2026-12-02 18:42:18.018868+00	2026-12-02 18:42:18.018868+00	f	f	f	f	\N
40cf9dee-f7d2-4c32-b30b-33482cb1ce23	DEMO-B09	วันดี	บุญมี			Pa1	external-a	2021-10-07	2022-10-07	active				63/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b09 วันดี บุญมี    	2026-12-02 18:42:18.021976+00	2026-12-02 18:42:18.021976+00	f	f	f	f	\N
661acc69-be76-44fa-8725-14d5a57d92d8	DEMO-B10	ประสิทธิ์	ทองคำ			Pa1	external-a	2021-08-21	2022-08-21	active	backlog10@example.org	0820035710		70/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b10 ประสิทธิ์ ทองคำ   backlog10@example.org 0820035710	2026-12-02 18:42:18.029428+00	2026-12-02 18:42:18.029428+00	f	f	f	f	\N
88db552b-b3a9-4f9f-b932-134c1541ebfe	DEMO-B11	บุญเรือน	ศรีวงศ์			Pa1	external-a	2021-07-05	2022-07-05	active	backlog11@example.org			77/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b11 บุญเรือน ศรีวงศ์   backlog11@example.org 	2026-12-02 18:42:18.035353+00	2026-12-02 18:42:18.035353+00	f	f	f	f	\N
fb8342bf-69f0-4ad6-ae6e-af34a7bef78c	DEMO-B12	สุนทร	แสงทอง			Pa1	external-a	2021-05-19	2022-05-19	active				84/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b12 สุนทร แสงทอง    	2026-12-02 18:42:18.038166+00	2026-12-02 18:42:18.038166+00	f	f	f	f	\N
5e04159d-3303-49e7-ac62-08a40d790aad	DEMO-B13	อำไพ	มั่นคง			Pa1	external-a	2021-04-02	2022-04-02	active	backlog13@example.org			91/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b13 อำไพ มั่นคง   backlog13@example.org 	2026-12-02 18:42:18.064323+00	2026-12-02 18:42:18.064323+00	f	f	f	f	\N
d770b21f-8c17-45f9-a966-d9cb1990c4fa	DEMO-B14	ชัยวัฒน์	บุญมี			Pa1	external-a	2021-02-14	2022-02-14	active	backlog14@example.org			98/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b14 ชัยวัฒน์ บุญมี   backlog14@example.org 	2026-12-02 18:42:18.072038+00	2026-12-02 18:42:18.072038+00	f	f	f	f	\N
c831df97-f935-411b-9859-29bf278d8a01	DEMO-B15	ละเอียด	ทองคำ			Pa1	external-a	2020-12-29	2021-12-29	active		0820053565		105/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b15 ละเอียด ทองคำ    0820053565	2026-12-02 18:42:18.084102+00	2026-12-02 18:42:18.084102+00	f	f	f	f	\N
9c48d055-c70c-47aa-8651-2b9b8151344b	DEMO-B16	สมศักดิ์	ศรีวงศ์			Pa1	external-a	2020-11-12	2021-11-12	active	backlog16@example.org			112/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b16 สมศักดิ์ ศรีวงศ์   backlog16@example.org 	2026-12-02 18:42:18.096909+00	2026-12-02 18:42:18.096909+00	f	f	f	f	\N
bc5e340d-5376-4e89-afb1-a777ab1901c7	DEMO-B17	วันดี	แสงทอง			Pa1	external-a	2020-09-26	2021-09-26	active	backlog17@example.org			119/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b17 วันดี แสงทอง   backlog17@example.org 	2026-12-02 18:42:18.1192+00	2026-12-02 18:42:18.1192+00	f	f	f	f	\N
419c9181-21a5-4567-9f36-d9042574720f	DEMO-B18	ประสิทธิ์	มั่นคง			Pa1	external-a	2020-08-10	2021-08-10	active				126/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b18 ประสิทธิ์ มั่นคง    	2026-12-02 18:42:18.12781+00	2026-12-02 18:42:18.12781+00	f	f	f	f	\N
78956cb6-0223-4f72-8bd1-a3fd6cff6fcc	DEMO-B19	บุญเรือน	บุญมี			Pa1	external-a	2020-06-24	2021-06-24	active	backlog19@example.org			133/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b19 บุญเรือน บุญมี   backlog19@example.org 	2026-12-02 18:42:18.136271+00	2026-12-02 18:42:18.136271+00	f	f	f	f	\N
0f7097cb-8a7b-4a19-bf1b-aaaf52475b9b	DEMO-B20	สุนทร	ทองคำ			Pa1	external-a	2020-05-08	2021-05-08	active	backlog20@example.org	0820071420		140/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b20 สุนทร ทองคำ   backlog20@example.org 0820071420	2026-12-02 18:42:18.143764+00	2026-12-02 18:42:18.143764+00	f	f	f	f	\N
e0d4f6bc-af40-4640-9c85-3fad8090a202	DEMO-B21	อำไพ	ศรีวงศ์			Pa1	external-a	2020-03-22	2021-03-22	active				147/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b21 อำไพ ศรีวงศ์    	2026-12-02 18:42:18.16378+00	2026-12-02 18:42:18.16378+00	f	f	f	f	\N
8c7b2905-049a-4c51-b884-240770576bb5	DEMO-B22	ชัยวัฒน์	แสงทอง			Pa1	external-a	2020-02-03	2021-02-03	active	backlog22@example.org			154/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b22 ชัยวัฒน์ แสงทอง   backlog22@example.org 	2026-12-02 18:42:18.184205+00	2026-12-02 18:42:18.184205+00	f	f	f	f	\N
26d557dd-ca6a-4014-936a-4fe8a84214fc	DEMO-B23	ละเอียด	มั่นคง			Pa1	external-a	2019-12-18	2020-12-18	active	backlog23@example.org			161/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b23 ละเอียด มั่นคง   backlog23@example.org 	2026-12-02 18:42:18.186433+00	2026-12-02 18:42:18.186433+00	f	f	f	f	\N
74a4c67b-db90-401a-8618-f8f572d0dfde	DEMO-B24	สมศักดิ์	บุญมี			Pa1	external-a	2019-11-01	2020-11-01	active				168/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b24 สมศักดิ์ บุญมี    	2026-12-02 18:42:18.188389+00	2026-12-02 18:42:18.188389+00	f	f	f	f	\N
43a7bde5-9d23-44b6-b246-d3529157fa7e	DEMO-B25	วันดี	ทองคำ			Pa1	external-a	2019-09-15	2020-09-15	active	backlog25@example.org	0820089275		175/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b25 วันดี ทองคำ   backlog25@example.org 0820089275	2026-12-02 18:42:18.192621+00	2026-12-02 18:42:18.192621+00	f	f	f	f	\N
92701fde-9f41-4ef8-8799-a5208fe658bc	DEMO-B26	ประสิทธิ์	ศรีวงศ์			Pa1	external-a	2019-07-30	2020-07-30	active	backlog26@example.org			182/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b26 ประสิทธิ์ ศรีวงศ์   backlog26@example.org 	2026-12-02 18:42:18.20441+00	2026-12-02 18:42:18.20441+00	f	f	f	f	\N
f46f107d-b6ea-4a1c-8333-34e3fdfe43b2	DEMO-B27	บุญเรือน	แสงทอง			Pa1	external-a	2019-06-13	2020-06-13	active								th	f	f	f	f		f	demo-b27 บุญเรือน แสงทอง    	2026-12-02 18:42:18.211892+00	2026-12-02 18:42:18.211892+00	f	f	f	f	\N
90e05a3a-4157-4c9b-ba56-aac068821122	DEMO-B28	สุนทร	มั่นคง			Pa1	external-a	2019-04-27	2020-04-27	active	backlog28@example.org			196/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b28 สุนทร มั่นคง   backlog28@example.org 	2026-12-02 18:42:18.225507+00	2026-12-02 18:42:18.225507+00	f	f	f	f	\N
12ffffec-5627-4560-afcc-a8b8ddac8856	DEMO-B29	อำไพ	บุญมี			Pa1	external-a	2019-03-11	2020-03-11	active	backlog29@example.org			203/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b29 อำไพ บุญมี   backlog29@example.org 	2026-12-02 18:42:18.231772+00	2026-12-02 18:42:18.231772+00	f	f	f	f	\N
dc95c2d9-e4dd-46b5-82a9-b88f9df58bac	DEMO-B30	ชัยวัฒน์	ทองคำ			Pa1	external-a	2019-01-24	2020-01-24	active		0820107130		210/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b30 ชัยวัฒน์ ทองคำ    0820107130	2026-12-02 18:42:18.236007+00	2026-12-02 18:42:18.236007+00	f	f	f	f	\N
f2fc77c1-b386-4411-9c28-36b893d3aa57	DEMO-B31	ละเอียด	ศรีวงศ์			Pa1	external-a	2018-12-08	2019-12-08	active	backlog31@example.org			217/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b31 ละเอียด ศรีวงศ์   backlog31@example.org 	2026-12-02 18:42:18.24775+00	2026-12-02 18:42:18.24775+00	f	f	f	f	\N
a56e4f4a-90c9-4fe7-bc42-fdd1ddb2e169	DEMO-B32	สมศักดิ์	แสงทอง			Pa1	external-a	2018-10-22	2019-10-22	active	backlog32@example.org			224/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b32 สมศักดิ์ แสงทอง   backlog32@example.org 	2026-12-02 18:42:18.250401+00	2026-12-02 18:42:18.250401+00	f	f	f	f	\N
a3792425-a874-49c1-a715-f1b8ca75fbe9	DEMO-B33	วันดี	มั่นคง			Pa1	external-a	2018-09-05	2019-09-05	active				231/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b33 วันดี มั่นคง    	2026-12-02 18:42:18.267756+00	2026-12-02 18:42:18.267756+00	f	f	f	f	\N
490e0de9-b996-4bd0-aa02-af245df12838	DEMO-B34	ประสิทธิ์	บุญมี			Pa1	external-a	2018-07-20	2019-07-20	active	backlog34@example.org			238/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b34 ประสิทธิ์ บุญมี   backlog34@example.org 	2026-12-02 18:42:18.270155+00	2026-12-02 18:42:18.270155+00	f	f	f	f	\N
89c3533d-7ba5-454b-ac7b-622094f38357	DEMO-B35	บุญเรือน	ทองคำ			Pa1	external-a	2018-06-03	2019-06-03	active	backlog35@example.org	0820124985		245/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b35 บุญเรือน ทองคำ   backlog35@example.org 0820124985	2026-12-02 18:42:18.278318+00	2026-12-02 18:42:18.278318+00	f	f	f	f	\N
c5904c94-69fa-4fc6-8b5b-f552f4022aa4	DEMO-B36	สุนทร	ศรีวงศ์			Pa1	external-a	2018-04-17	2019-04-17	active				252/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b36 สุนทร ศรีวงศ์    	2026-12-02 18:42:18.280955+00	2026-12-02 18:42:18.280955+00	f	f	f	f	\N
46fafb1a-7b06-4048-acbf-eda89c360a36	DEMO-B37	อำไพ	แสงทอง			Pa1	external-a	2018-03-01	2019-03-01	active	backlog37@example.org			259/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b37 อำไพ แสงทอง   backlog37@example.org 	2026-12-02 18:42:18.283614+00	2026-12-02 18:42:18.283614+00	f	f	f	f	\N
ff54ae4c-2fd6-4247-81ba-043e127fadee	DEMO-B38	ชัยวัฒน์	มั่นคง			Pa1	external-a	2018-01-13	2019-01-13	active	backlog38@example.org			266/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b38 ชัยวัฒน์ มั่นคง   backlog38@example.org 	2026-12-02 18:42:18.287849+00	2026-12-02 18:42:18.287849+00	f	f	f	f	\N
23eee917-8d04-4bbc-a98c-562816d4455d	DEMO-B39	ละเอียด	บุญมี			Pa1	external-a	2017-11-27	2018-11-27	active				273/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b39 ละเอียด บุญมี    	2026-12-02 18:42:18.299697+00	2026-12-02 18:42:18.299697+00	f	f	f	f	\N
1d6190d0-3a61-41fb-8ae2-0a005045e03c	DEMO-B40	สมศักดิ์	ทองคำ			Pa1	external-a	2017-10-11	2018-10-11	active	backlog40@example.org	0820142840		280/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b40 สมศักดิ์ ทองคำ   backlog40@example.org 0820142840	2026-12-02 18:42:18.302407+00	2026-12-02 18:42:18.302407+00	f	f	f	f	\N
39bebc92-7891-4177-bb78-cdec74d8b4a5	6410110001	สมชาย	ใจดี			U1	student	2021-06-01	2025-05-31	active	somchai.j@ku.th	0812345678		99/1 หมู่ 2, ถนนพหลโยธิน	แขวงลาดยาว	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6410110001 สมชาย ใจดี   somchai.j@ku.th 0812345678	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
99e5c9ee-782a-41e5-8dff-eb56450eb167	6410110002	สุดารัตน์	รักเรียน			U1	student	2021-06-01	2025-05-31	active	sudarat.r@ku.th	0891234567		45 ซอยงามวงศ์วาน 25	แขวงลาดยาว	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6410110002 สุดารัตน์ รักเรียน   sudarat.r@ku.th 0891234567	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
997bbf85-370e-4c96-8671-935a29e57127	6410110003			John	Smith	U1	student	2022-08-15	2026-08-14	active	john.smith@example.com	0955550101		12 Sukhumvit Soi 3	Khlong Toei Nuea	Watthana Bangkok	10110	en	f	f	f	f	Exchange student, spring term	f	6410110003   john smith john.smith@example.com 0955550101	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
d419bc72-16f8-4024-b231-abf61b7b7f8b	6520200004	มาลี	ศรีสุข			U2	student	2022-06-01	2024-05-31	active	malee.s@ku.th	0861234567		88 ถนนงามวงศ์วาน		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6520200004 มาลี ศรีสุข   malee.s@ku.th 0861234567	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
88f2bc51-420b-4e66-ae2a-14e454705875	6520200005			Thi Lan	Nguyen	U2	student	2022-08-15	2024-08-14	active	lan.nguyen@example.org	0623456789		7 Ngam Wong Wan Rd		Chatuchak Bangkok	10900	en	f	f	f	f		f	6520200005   thi lan nguyen lan.nguyen@example.org 0623456789	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
e9eeb0d9-b3d2-40a5-a0b1-d70ce6348996	T001001	ประเสริฐ	วงศ์สวัสดิ์			U3	staff	2010-04-01	2030-03-31	active	prasert.w@ku.th	0819876543		50 ถนนงามวงศ์วาน		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	t001001 ประเสริฐ วงศ์สวัสดิ์   prasert.w@ku.th 0819876543	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
5a419e4f-6911-4d3c-b89a-1311e403c48b	T001002			Hiroshi	Tanaka	U3	staff	2018-10-01	2028-09-30	active	h.tanaka@ku.th							en	f	f	f	f		f	t001002   hiroshi tanaka h.tanaka@ku.th 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
e85b07a5-c6c9-49eb-ae7f-83fcbb036e77	T001003	อรุณี	แก้วมณี			U3	staff	2015-06-01	2027-05-31	active	arunee.k@ku.th	0923334444		123/45 คอนโดลุมพินี	ถนนพหลโยธิน	เขตจตุจักร	10900	th	f	f	f	f		f	t001003 อรุณี แก้วมณี   arunee.k@ku.th 0923334444	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
21da5c2d-bf0a-4f7a-83ba-8e2d9ba2d703	T001004	ธนากร	บุญมา			U3	staff	2018-01-15	2028-01-14	active		0935556666						th	f	f	f	f		f	t001004 ธนากร บุญมา    0935556666	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
f7d5709b-3a79-4dcc-9906-90a2ac200f04	S002001	วิชัย	ทองคำ			U4	staff	2012-10-01	2026-09-30	active	wichai.t@ku.th	0845557777		9 ซอยพหลโยธิน 45		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	s002001 วิชัย ทองคำ   wichai.t@ku.th 0845557777	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
1b9ca43b-1a44-4ce3-99fe-1f95cf4fb2fb	S002002	พิมพ์ชนก	สายใจ			U4	staff	2019-03-01	2027-02-28	suspended	pimchanok.s@ku.th	0867778888						th	f	f	f	f	ค้างคืนหนังสือ 3 เล่ม	f	s002002 พิมพ์ชนก สายใจ   pimchanok.s@ku.th 0867778888	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
b97ad18c-f821-4d46-b04f-9667c40b27a7	EXA-0001	พัฒนพงศ์	กิตติ			U5	external-a	2023-06-01	2024-05-31	active	pattanapong@gmail.com	0891230000		55/7 หมู่บ้านสวนธน, ซอยพุทธบูชา 36	แขวงบางมด	เขตทุ่งครุ กรุงเทพมหานคร	10140	th	f	f	f	f	วางเงินประกัน 500 บาท	f	exa-0001 พัฒนพงศ์ กิตติ   pattanapong@gmail.com 0891230000	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
ab05f60b-59a8-4e90-89c2-20e6e6af116c	EXA-0002			Emily	Johnson	U5	external-a	2023-09-01	2024-08-31	active	emily.j@example.com	0658889999		1 Wireless Road	Lumphini	Pathum Wan Bangkok	10330	en	f	f	f	f		f	exa-0002   emily johnson emily.j@example.com 0658889999	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
7fd20d7a-8164-4b63-917a-8dd5cb207b0d	EXA-0003	วรรณา	ศักดิ์ดี			U5	external-a	2024-01-01	2024-12-31	active		0971112233						th	f	f	f	f		f	exa-0003 วรรณา ศักดิ์ดี    0971112233	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
77269bfa-922c-4ca7-bf19-9f57f8551b7a	EXB-0001	ชัยวัฒน์	มั่นคง			Pa1	external-b	2019-01-01	2019-12-31	active	chaiwat.m@hotmail.com							th	f	f	f	f	สมาชิกภายนอกเดิม	f	exb-0001 ชัยวัฒน์ มั่นคง   chaiwat.m@hotmail.com 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
f8152673-0999-4df9-90c8-66d1c0075e79	EXB-0002			Klaus	Müller	U5	external-b	2024-02-01	2025-01-31	active	klaus.mueller@example.de							en	f	f	f	f		f	exb-0002   klaus müller klaus.mueller@example.de 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
d9caf98b-44ae-4343-9b42-1296f60bded8	EXB-0003	กมลชนก	ศรีสวัสดิ์			U5	external-b	2024-05-15	2025-05-14	active		0612223344						th	f	f	f	f		f	exb-0003 กมลชนก ศรีสวัสดิ์    0612223344	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
6c4c106e-3c58-4db6-a1af-a66b584f5af5	PT-0001	สุรเชษฐ์	เพชรรัตน์			U5	external-b	2024-07-01	2025-06-30	active	surachet.p@outlook.co.th							th	f	f	f	f		f	pt-0001 สุรเชษฐ์ เพชรรัตน์   surachet.p@outlook.co.th 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
f4bff4a1-01f1-4289-9807-59636d61bb57	SCH-0001	ภูมิ	จันทร์เพ็ญ			F1	external-b	2024-11-01	2025-03-31	active								th	f	f	f	f	โครงการห้องสมุดสู่โรงเรียน	f	sch-0001 ภูมิ จันทร์เพ็ญ    	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
f96831ba-9a8e-4bf8-841b-9dc0ee3f0e17	SCH-0002	ปวีณา	สุขประเสริฐ			F1	external-b	2024-11-01	2025-03-31	active								th	f	f	f	f		f	sch-0002 ปวีณา สุขประเสริฐ    	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
b28e9b70-a9a3-4a67-8c51-82e504426835	EDU-0001	อัมพร	ทองดี			F2	external-b	2024-06-10	2025-06-09	active	amporn.t@school.ac.th	0894445555		โรงเรียนสาธิต	ถนนงามวงศ์วาน	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	edu-0001 อัมพร ทองดี   amporn.t@school.ac.th 0894445555	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
e9370acc-63ee-4338-8e4e-302f753f324e	AL-0001	ณัฐพล	ศิริวัฒน์			Pa3	external-b	2015-06-01	2016-05-31	active	nattapon.s@gmail.com							th	f	f	f	f		f	al-0001 ณัฐพล ศิริวัฒน์   nattapon.s@gmail.com 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
5bf97d0e-7ea0-4dec-aa2c-446957141f9c	AL-0002			Mei Ling	Chen	Pa3	external-b	2014-06-01	2018-05-31	active	meiling.chen@example.com							en	f	f	f	f		f	al-0002   mei ling chen meiling.chen@example.com 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
40e10bf0-6896-45d1-bc02-e538ae44dad3	EXA-0004	ธีรวัฒน์	ใจงาม			Pa2	external-a	2020-01-01	2020-12-31	active	teerawat.j@gmail.com	0811119999						th	f	f	f	f		f	exa-0004 ธีรวัฒน์ ใจงาม   teerawat.j@gmail.com 0811119999	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
1fe98870-bd1f-47e0-b2a3-47e0dd43a8ab	6410110025	ชนิดา	มีสุข			U1	student	2024-06-01	2028-05-31	active	chanida.m@ku.th							th	f	f	f	f		f	6410110025 ชนิดา มีสุข   chanida.m@ku.th 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
239181f0-469d-4330-ace3-980a4b90a01b	6410110026			Emma	Wilson	U2	student	2024-06-01	2028-05-31	active	emma.wilson@example.com							en	f	f	f	f	ป.โท ต่อเนื่อง	f	6410110026   emma wilson emma.wilson@example.com 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
ba5a559e-7bac-4cda-aee1-580152cdd006	6410110027	ณัฐพงษ์	สมบูรณ์			U1	student	2024-06-01	2028-05-31	active	nattapong.s@ku.th							th	f	f	f	f	ย้ายคณะ, รอเอกสาร	f	6410110027 ณัฐพงษ์ สมบูรณ์   nattapong.s@ku.th 	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
bab330ef-d1e2-4a6d-b344-67a0ecb5fac4	6520200028	อนุชา	ประเสริฐศรี			U2	student	2023-06-01	2025-05-31	active		0812349999						th	f	f	f	f		f	6520200028 อนุชา ประเสริฐศรี    0812349999	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
19acc000-044d-47c7-bae2-6b5ff1ee1ee2	T001005	กนกวรรณ	ศรีวงศ์			U3	staff	2016-06-01	2031-05-31	active	kanokwan.s@ku.th	0891112222						th	f	f	f	f		f	t001005 กนกวรรณ ศรีวงศ์   kanokwan.s@ku.th 0891112222	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
843389ff-d0ad-46ac-a774-ca2dd61a1b25	S002003	สมใจ	บุญเรือง			U4	staff	2011-02-01	2026-01-31	active								th	f	f	f	f		f	s002003 สมใจ บุญเรือง    	2026-12-02 18:42:19.885453+00	2026-12-02 18:42:19.885453+00	f	f	f	f	\N
\.


--
-- Data for Name: message_templates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.message_templates (id, kind, channel, language, subject, body, updated_by, updated_at) FROM stdin;
\.


--
-- Data for Name: outbox_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox_attempts (id, message_id, attempted_at, channel, address, result, detail) FROM stdin;
\.


--
-- Data for Name: outbox_messages; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox_messages (id, dedupe_key, purpose, member_id, recipient_name, channel, address, fallback_channels, language, subject, body, html_body, status, attempts, next_attempt_at, last_error, provider_message_id, sent_at, claimed_at, postcard_batch_id, reminder_kind, created_at) FROM stdin;
4e631906-d171-4200-a691-ceea66061ed5	reminder/5792303b-1121-4100-96cb-22acbfcc390d/renewal:2026-11-27	reminder	5792303b-1121-4100-96cb-22acbfcc390d	ณัฐวุฒิ มีสุข	email	member59@example.org	sms,postcard	th	สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 27 ธันวาคม พ.ศ. 2569	เรียน ณัฐวุฒิ มีสุข\n\nบัตรสมาชิกห้องสมุดหมายเลข PA100059 ของท่านจะหมดอายุในวันที่ 27 ธันวาคม พ.ศ. 2569\nหากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–อา. 00:00–23:59 น.\n\nหากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ http://127.0.0.1:8080/refund-steps\n\nขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด	<!doctype html><html><body style="font-family: Tahoma, sans-serif"><p>เรียน ณัฐวุฒิ มีสุข</p><p>บัตรสมาชิกห้องสมุดหมายเลข PA100059 ของท่านจะหมดอายุในวันที่ 27 ธันวาคม พ.ศ. 2569<br>หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–อา. 00:00–23:59 น.</p><p>หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ <a href="http://127.0.0.1:8080/refund-steps">http://127.0.0.1:8080/refund-steps</a></p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน ห้องสมุด</p></body></html>	queued	0	2026-12-02 18:42:19.704184+00			\N	\N	\N	renewal	2026-12-02 18:42:19.704184+00
e878df1c-9904-4049-846e-28e3f2b74a6b	reminder/68aaefe7-f08a-490a-a355-3452e61f5838/refund:2026-12-03	reminder	68aaefe7-f08a-490a-a355-3452e61f5838	สุดา ขอคืน	postcard	สุดา ขอคืน\n88/8 ถนนห้วยแก้ว\nต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่\n50200		th		เรียน สุดา ขอคืน\nสมาชิกภาพห้องสมุด บัตรหมายเลข DEMO-REFUND ของท่านหมดอายุเมื่อวันที่ 2 ธันวาคม พ.ศ. 2569 ท่านยังมีเงินประกันรอรับคืน 1,000.00 บาท\nกรุณาขอรับเงินคืนภายในวันที่ 2 ธันวาคม พ.ศ. 2570\nขั้นตอน: http://127.0.0.1:8080/refund-steps\nเคาน์เตอร์เปิด จ.–อา. 00:00–23:59 น.\nเอกสาร: ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย; สำเนาบัตรประจำตัวประชาชนของสมาชิก; สำเนาหน้าสมุดบัญชีธนาคาร (กรณีรับเงินโอนเข้าบัญชี)\nหากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้ โดยผู้รับมอบอำนาจต้องนำหนังสือมอบอำนาจ (ฉบับจริง) และ สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย		queued	0	2026-12-02 18:42:19.704184+00			\N	\N	\N	refund	2026-12-02 18:42:19.704184+00
c851b507-06b0-4e33-88a8-aa8670f96e11	reminder/023f623b-56a1-46f7-9256-344cd68b0822/renewal:2026-12-03	reminder	023f623b-56a1-46f7-9256-344cd68b0822	อรุณี ต่ออายุ	email	arunee@example.org	postcard	th	สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 2 มกราคม พ.ศ. 2570	เรียน อรุณี ต่ออายุ\n\nบัตรสมาชิกห้องสมุดหมายเลข DEMO-RENEW30 ของท่านจะหมดอายุในวันที่ 2 มกราคม พ.ศ. 2570\nหากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–อา. 00:00–23:59 น.\n\nหากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ http://127.0.0.1:8080/refund-steps\n\nขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด	<!doctype html><html><body style="font-family: Tahoma, sans-serif"><p>เรียน อรุณี ต่ออายุ</p><p>บัตรสมาชิกห้องสมุดหมายเลข DEMO-RENEW30 ของท่านจะหมดอายุในวันที่ 2 มกราคม พ.ศ. 2570<br>หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–อา. 00:00–23:59 น.</p><p>หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ <a href="http://127.0.0.1:8080/refund-steps">http://127.0.0.1:8080/refund-steps</a></p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน ห้องสมุด</p></body></html>	queued	0	2026-12-02 18:42:19.704184+00			\N	\N	\N	renewal	2026-12-02 18:42:19.704184+00
6ea82bf9-d004-442d-b5f3-f273fd5db52a	reminder/05b6dda9-a722-424a-bfc2-609f41ff593d/renewal:2026-12-03	reminder	05b6dda9-a722-424a-bfc2-609f41ff593d	ชาตรี ใกล้หมด	sms	0812345670		th		ห้องสมุด: บัตรสมาชิก DEMO-RENEW7 หมดอายุ 10 ธ.ค. 2569 ต่ออายุที่เคาน์เตอร์ยืม-คืน ขั้นตอนรับเงินประกันคืน http://127.0.0.1:8080/refund-steps		queued	0	2026-12-02 18:42:19.704184+00			\N	\N	\N	renewal	2026-12-02 18:42:19.704184+00
ae7eea0a-0506-43de-868e-b2c5cb77c4a8	reminder/c8ac8a39-39c7-4414-8aa2-1e075a5b4333/refund:2026-12-02	reminder	c8ac8a39-39c7-4414-8aa2-1e075a5b4333	อนุชา วงศ์ใหญ่	postcard	อนุชา วงศ์ใหญ่\n66/3 ถนนห้วยแก้ว\nต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่\n50200	email,sms	th		เรียน อนุชา วงศ์ใหญ่\nสมาชิกภาพห้องสมุด บัตรหมายเลข PA100057 ของท่านหมดอายุเมื่อวันที่ 1 ธันวาคม พ.ศ. 2569 ท่านยังมีเงินประกันรอรับคืน 1,000.00 บาท\nกรุณาขอรับเงินคืนภายในวันที่ 1 ธันวาคม พ.ศ. 2570\nขั้นตอน: http://127.0.0.1:8080/refund-steps\nเคาน์เตอร์เปิด จ.–อา. 00:00–23:59 น.\nเอกสาร: ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย; สำเนาบัตรประจำตัวประชาชนของสมาชิก; สำเนาหน้าสมุดบัญชีธนาคาร (กรณีรับเงินโอนเข้าบัญชี)\nหากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้ โดยผู้รับมอบอำนาจต้องนำหนังสือมอบอำนาจ (ฉบับจริง) และ สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย		queued	0	2026-12-02 18:42:19.704184+00			\N	\N	\N	refund	2026-12-02 18:42:19.704184+00
\.


--
-- Data for Name: postcard_batches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.postcard_batches (id, created_by, card_count, printed_at, printed_by, created_at) FROM stdin;
\.


--
-- Data for Name: rate_limit_hits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rate_limit_hits (bucket_key, at) FROM stdin;
feedback|127.0.0.1	2026-12-02 18:42:21.444341+00
feedback|127.0.0.1	2026-12-02 18:42:21.529214+00
\.


--
-- Data for Name: rate_limit_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rate_limit_keys (bucket_key, touched_at) FROM stdin;
feedback|127.0.0.1	2026-12-02 18:42:21.529214+00
\.


--
-- Data for Name: receipt_sequences; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.receipt_sequences (fiscal_year, last_number) FROM stdin;
\.


--
-- Data for Name: refund_requests; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.refund_requests (id, deposit_id, member_id, status, requested_via, note, recorded_by, created_at, closed_at) FROM stdin;
\.


--
-- Data for Name: sign_in_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sign_in_events (id, at, outcome, username, staff_id, client_address, actor_id) FROM stdin;
\.


--
-- Data for Name: staff_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.staff_sessions (id, token_hash, staff_id, csrf_token, notice, created_at, last_seen_at) FROM stdin;
\.


--
-- Data for Name: staff_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.staff_users (id, username, display_name, role, password_hash, active, created_at, updated_at, locked_at, must_change_password) FROM stdin;
d32db216-a185-4ed1-8725-d10795111ac1	admin	ผู้ดูแลระบบ (Admin)	admin	$2b$12$iXv7esndsgM.5MUoFvv4ReEib.MscB9ZLC2JKQwgk0kCceM48LHGq	t	2026-12-02 18:42:12.045466+00	2026-12-02 18:42:12.045466+00	\N	f
8c3bf53c-3b71-4841-9520-7d71fd53ff45	counter	สมหญิง ใจดี (Counter)	counter	$2b$12$EzTjBliVKtvvlDgG8QxPw.KJauV/WK.xa7Q4fnzUmqV4ylMJSEH36	t	2026-12-02 18:42:13.012868+00	2026-12-02 18:42:13.012868+00	\N	f
9c09c9af-3f35-437d-a4bd-ba37a7da2bc1	team	ทีมลูกค้าสัมพันธ์ (Customer team)	customer-team	$2b$12$PdMujR.Om41UZ3cH8RdOG.niF.rfqmgznj1Jt9Az0O.ppiyLNHUfm	t	2026-12-02 18:42:14.008353+00	2026-12-02 18:42:14.008353+00	\N	f
61d44b21-2e4c-4498-bcbd-e1b1fd590544	head	หัวหน้างานบริการ (Head)	head	$2b$12$kDmKFX3dEOzzxvP6FDblR.Eov0usNobQOtUym2enPv6p5hslcw9t2	t	2026-12-02 18:42:14.92876+00	2026-12-02 18:42:14.92876+00	\N	f
abde8d0b-16d9-40e7-af17-d792dbda3c77	head2	หัวหน้างานคลัง (Head 2)	head	$2b$12$VZwi7BPvhclwnzOW.Qt/QOrWxCG8s1SIc5W.dVlI0McqR4NHQKPrK	t	2026-12-02 18:42:15.985551+00	2026-12-02 18:42:15.985551+00	\N	f
fc466de2-4594-4e52-9c71-7391b04796b3	committee	กรรมการ MT (Committee)	committee	$2b$12$pWK5DbfujTS8LGZ1.SNtF.3EpYs2mVdxpKS57EsUnnQQR.IlfYzR.	t	2026-12-02 18:42:16.990158+00	2026-12-02 18:42:16.990158+00	\N	f
\.


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: _fluent_sessions _fluent_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_sessions
    ADD CONSTRAINT _fluent_sessions_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: audit_purges audit_purges_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_purges
    ADD CONSTRAINT audit_purges_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: claim_deadline_changes claim_deadline_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_deadline_changes
    ADD CONSTRAINT claim_deadline_changes_pkey PRIMARY KEY (id);


--
-- Name: committee_meeting_days committee_meeting_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.committee_meeting_days
    ADD CONSTRAINT committee_meeting_days_pkey PRIMARY KEY (id);


--
-- Name: complaint_report_submissions complaint_report_submissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint_report_submissions
    ADD CONSTRAINT complaint_report_submissions_pkey PRIMARY KEY (id);


--
-- Name: contact_preference_changes contact_preference_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact_preference_changes
    ADD CONSTRAINT contact_preference_changes_pkey PRIMARY KEY (id);


--
-- Name: deposits deposits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deposits
    ADD CONSTRAINT deposits_pkey PRIMARY KEY (id);


--
-- Name: feedback_attachments feedback_attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_attachments
    ADD CONSTRAINT feedback_attachments_pkey PRIMARY KEY (id);


--
-- Name: feedback_items feedback_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT feedback_items_pkey PRIMARY KEY (id);


--
-- Name: feedback_log feedback_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_log
    ADD CONSTRAINT feedback_log_pkey PRIMARY KEY (id);


--
-- Name: feedback_sequences feedback_sequences_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_sequences
    ADD CONSTRAINT feedback_sequences_pkey PRIMARY KEY (buddhist_year);


--
-- Name: feedback_surveys feedback_surveys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_surveys
    ADD CONSTRAINT feedback_surveys_pkey PRIMARY KEY (id);


--
-- Name: forfeiture_batches forfeiture_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.forfeiture_batches
    ADD CONSTRAINT forfeiture_batches_pkey PRIMARY KEY (id);


--
-- Name: forfeiture_items forfeiture_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.forfeiture_items
    ADD CONSTRAINT forfeiture_items_pkey PRIMARY KEY (id);


--
-- Name: holidays holidays_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.holidays
    ADD CONSTRAINT holidays_pkey PRIMARY KEY (id);


--
-- Name: integrity_check_runs integrity_check_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.integrity_check_runs
    ADD CONSTRAINT integrity_check_runs_pkey PRIMARY KEY (id);


--
-- Name: ledger_entries ledger_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_entries
    ADD CONSTRAINT ledger_entries_pkey PRIMARY KEY (id);


--
-- Name: member_documents member_documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_documents
    ADD CONSTRAINT member_documents_pkey PRIMARY KEY (id);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: message_templates message_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_templates
    ADD CONSTRAINT message_templates_pkey PRIMARY KEY (id);


--
-- Name: outbox_attempts outbox_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_attempts
    ADD CONSTRAINT outbox_attempts_pkey PRIMARY KEY (id);


--
-- Name: outbox_messages outbox_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_messages
    ADD CONSTRAINT outbox_messages_pkey PRIMARY KEY (id);


--
-- Name: postcard_batches postcard_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.postcard_batches
    ADD CONSTRAINT postcard_batches_pkey PRIMARY KEY (id);


--
-- Name: rate_limit_keys rate_limit_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rate_limit_keys
    ADD CONSTRAINT rate_limit_keys_pkey PRIMARY KEY (bucket_key);


--
-- Name: receipt_sequences receipt_sequences_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipt_sequences
    ADD CONSTRAINT receipt_sequences_pkey PRIMARY KEY (fiscal_year);


--
-- Name: refund_requests refund_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_requests
    ADD CONSTRAINT refund_requests_pkey PRIMARY KEY (id);


--
-- Name: sign_in_events sign_in_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_events
    ADD CONSTRAINT sign_in_events_pkey PRIMARY KEY (id);


--
-- Name: staff_sessions staff_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_sessions
    ADD CONSTRAINT staff_sessions_pkey PRIMARY KEY (id);


--
-- Name: staff_users staff_users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_users
    ADD CONSTRAINT staff_users_pkey PRIMARY KEY (id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: _fluent_sessions uq:_fluent_sessions.key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_sessions
    ADD CONSTRAINT "uq:_fluent_sessions.key" UNIQUE (key);


--
-- Name: campaigns uq:campaigns.key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT "uq:campaigns.key" UNIQUE (key);


--
-- Name: claim_deadline_changes uq:claim_deadline_changes.deposit_id+claim_deadline_changes.to_; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_deadline_changes
    ADD CONSTRAINT "uq:claim_deadline_changes.deposit_id+claim_deadline_changes.to_" UNIQUE (deposit_id, to_day);


--
-- Name: committee_meeting_days uq:committee_meeting_days.day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.committee_meeting_days
    ADD CONSTRAINT "uq:committee_meeting_days.day" UNIQUE (day);


--
-- Name: complaint_report_submissions uq:complaint_report_submissions.month; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint_report_submissions
    ADD CONSTRAINT "uq:complaint_report_submissions.month" UNIQUE (month);


--
-- Name: deposits uq:deposits.fiscal_year+deposits.receipt_sequence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deposits
    ADD CONSTRAINT "uq:deposits.fiscal_year+deposits.receipt_sequence" UNIQUE (fiscal_year, receipt_sequence);


--
-- Name: deposits uq:deposits.receipt_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deposits
    ADD CONSTRAINT "uq:deposits.receipt_number" UNIQUE (receipt_number);


--
-- Name: feedback_items uq:feedback_items.reference; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT "uq:feedback_items.reference" UNIQUE (reference);


--
-- Name: feedback_items uq:feedback_items.reference_year+feedback_items.reference_seque; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT "uq:feedback_items.reference_year+feedback_items.reference_seque" UNIQUE (reference_year, reference_sequence);


--
-- Name: feedback_surveys uq:feedback_surveys.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_surveys
    ADD CONSTRAINT "uq:feedback_surveys.item_id" UNIQUE (item_id);


--
-- Name: feedback_surveys uq:feedback_surveys.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_surveys
    ADD CONSTRAINT "uq:feedback_surveys.token_hash" UNIQUE (token_hash);


--
-- Name: holidays uq:holidays.day+holidays.name_th; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.holidays
    ADD CONSTRAINT "uq:holidays.day+holidays.name_th" UNIQUE (day, name_th);


--
-- Name: ledger_entries uq:ledger_entries.idempotency_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_entries
    ADD CONSTRAINT "uq:ledger_entries.idempotency_key" UNIQUE (idempotency_key);


--
-- Name: members uq:members.card_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT "uq:members.card_number" UNIQUE (card_number);


--
-- Name: message_templates uq:message_templates.kind+message_templates.channel+message_tem; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_templates
    ADD CONSTRAINT "uq:message_templates.kind+message_templates.channel+message_tem" UNIQUE (kind, channel, language);


--
-- Name: outbox_messages uq:outbox_messages.dedupe_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_messages
    ADD CONSTRAINT "uq:outbox_messages.dedupe_key" UNIQUE (dedupe_key);


--
-- Name: staff_sessions uq:staff_sessions.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_sessions
    ADD CONSTRAINT "uq:staff_sessions.token_hash" UNIQUE (token_hash);


--
-- Name: staff_users uq:staff_users.username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_users
    ADD CONSTRAINT "uq:staff_users.username" UNIQUE (username);


--
-- Name: audit_log_recorded_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_recorded_at_idx ON public.audit_log USING btree (recorded_at);


--
-- Name: audit_log_subject_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_subject_idx ON public.audit_log USING btree (subject);


--
-- Name: claim_deadline_changes_deposit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_deadline_changes_deposit_idx ON public.claim_deadline_changes USING btree (deposit_id);


--
-- Name: contact_changes_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contact_changes_member_idx ON public.contact_preference_changes USING btree (member_id);


--
-- Name: deposits_last_claim_day_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deposits_last_claim_day_idx ON public.deposits USING btree (last_claim_day);


--
-- Name: deposits_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deposits_member_idx ON public.deposits USING btree (member_id);


--
-- Name: feedback_items_received_day_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_received_day_idx ON public.feedback_items USING btree (received_day);


--
-- Name: feedback_items_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_status_idx ON public.feedback_items USING btree (status, due_day);


--
-- Name: feedback_log_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_log_item_idx ON public.feedback_log USING btree (item_id);


--
-- Name: feedback_submissions_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_submissions_key_idx ON public.feedback_submissions USING btree (client_key, at);


--
-- Name: ledger_entries_deposit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ledger_entries_deposit_idx ON public.ledger_entries USING btree (deposit_id);


--
-- Name: members_expires_on_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_expires_on_idx ON public.members USING btree (expires_on);


--
-- Name: members_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_segment_idx ON public.members USING btree (segment);


--
-- Name: outbox_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due_idx ON public.outbox_messages USING btree (status, next_attempt_at);


--
-- Name: outbox_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_member_idx ON public.outbox_messages USING btree (member_id);


--
-- Name: rate_limit_hits_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rate_limit_hits_key_idx ON public.rate_limit_hits USING btree (bucket_key, at);


--
-- Name: sign_in_events_username_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_events_username_idx ON public.sign_in_events USING btree (username, at);


--
-- Name: staff_sessions_last_seen_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_sessions_last_seen_idx ON public.staff_sessions USING btree (last_seen_at);


--
-- Name: staff_sessions_staff_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_sessions_staff_idx ON public.staff_sessions USING btree (staff_id);


--
-- Name: audit_log audit_log_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.guard_audit_log_change();


--
-- Name: audit_purges audit_purges_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_purges_append_only BEFORE DELETE OR UPDATE ON public.audit_purges FOR EACH ROW EXECUTE FUNCTION public.refuse_audit_change();


--
-- Name: claim_deadline_changes claim_deadline_changes_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_deadline_changes_append_only BEFORE DELETE OR UPDATE ON public.claim_deadline_changes FOR EACH ROW EXECUTE FUNCTION public.refuse_history_change();


--
-- Name: contact_preference_changes contact_preference_changes_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contact_preference_changes_append_only BEFORE DELETE OR UPDATE ON public.contact_preference_changes FOR EACH ROW EXECUTE FUNCTION public.refuse_history_change();


--
-- Name: deposits deposits_balance_follows_ledger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deposits_balance_follows_ledger BEFORE UPDATE OF balance_satang ON public.deposits FOR EACH ROW EXECUTE FUNCTION public.refuse_balance_change();


--
-- Name: feedback_log feedback_log_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER feedback_log_append_only BEFORE DELETE OR UPDATE ON public.feedback_log FOR EACH ROW EXECUTE FUNCTION public.refuse_feedback_log_change();


--
-- Name: ledger_entries ledger_entries_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ledger_entries_append_only BEFORE DELETE OR UPDATE ON public.ledger_entries FOR EACH ROW EXECUTE FUNCTION public.refuse_ledger_change();


--
-- Name: sign_in_events sign_in_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sign_in_events_append_only BEFORE DELETE OR UPDATE ON public.sign_in_events FOR EACH ROW EXECUTE FUNCTION public.refuse_sign_in_event_change();


--
-- Name: claim_deadline_changes claim_deadline_changes_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_deadline_changes
    ADD CONSTRAINT claim_deadline_changes_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);


--
-- Name: claim_deadline_changes claim_deadline_changes_deposit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_deadline_changes
    ADD CONSTRAINT claim_deadline_changes_deposit_id_fkey FOREIGN KEY (deposit_id) REFERENCES public.deposits(id);


--
-- Name: claim_deadline_changes claim_deadline_changes_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_deadline_changes
    ADD CONSTRAINT claim_deadline_changes_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: contact_preference_changes contact_preference_changes_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact_preference_changes
    ADD CONSTRAINT contact_preference_changes_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: deposits deposits_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deposits
    ADD CONSTRAINT deposits_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: feedback_attachments feedback_attachments_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_attachments
    ADD CONSTRAINT feedback_attachments_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.feedback_items(id);


--
-- Name: feedback_log feedback_log_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_log
    ADD CONSTRAINT feedback_log_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.feedback_items(id);


--
-- Name: feedback_surveys feedback_surveys_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_surveys
    ADD CONSTRAINT feedback_surveys_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.feedback_items(id);


--
-- Name: forfeiture_items forfeiture_items_batch_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.forfeiture_items
    ADD CONSTRAINT forfeiture_items_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES public.forfeiture_batches(id);


--
-- Name: forfeiture_items forfeiture_items_deposit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.forfeiture_items
    ADD CONSTRAINT forfeiture_items_deposit_id_fkey FOREIGN KEY (deposit_id) REFERENCES public.deposits(id);


--
-- Name: ledger_entries ledger_entries_corrects_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_entries
    ADD CONSTRAINT ledger_entries_corrects_id_fkey FOREIGN KEY (corrects_id) REFERENCES public.ledger_entries(id);


--
-- Name: ledger_entries ledger_entries_deposit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_entries
    ADD CONSTRAINT ledger_entries_deposit_id_fkey FOREIGN KEY (deposit_id) REFERENCES public.deposits(id);


--
-- Name: ledger_entries ledger_entries_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_entries
    ADD CONSTRAINT ledger_entries_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: member_documents member_documents_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_documents
    ADD CONSTRAINT member_documents_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: outbox_attempts outbox_attempts_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_attempts
    ADD CONSTRAINT outbox_attempts_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.outbox_messages(id);


--
-- Name: outbox_messages outbox_messages_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_messages
    ADD CONSTRAINT outbox_messages_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: refund_requests refund_requests_deposit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_requests
    ADD CONSTRAINT refund_requests_deposit_id_fkey FOREIGN KEY (deposit_id) REFERENCES public.deposits(id);


--
-- Name: refund_requests refund_requests_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_requests
    ADD CONSTRAINT refund_requests_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: staff_sessions staff_sessions_staff_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_sessions
    ADD CONSTRAINT staff_sessions_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff_users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict UGj8y5j4t7k12oIc2VgOP6jaGhL22IScflMUS33wrYTo1JP1DR8PforhkFjnASh


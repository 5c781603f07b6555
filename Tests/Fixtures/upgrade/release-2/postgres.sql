--
-- PostgreSQL database dump
--

\restrict vnvlqvjDRVzUgrbeekbqSGVZng91Fx0wIelvX1lvjRXcvbXvKXgjFZQSssNNhg1

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
31974f7a-5675-49a3-8689-42ad4491c0dc	Fluent.SessionRecord.Create	1	2026-12-02 03:48:51.861289+00	2026-12-02 03:48:51.861289+00
36eed548-4c53-4915-a377-4a982039c4da	PatronCare.CreateStaffUser	1	2026-12-02 03:48:51.884167+00	2026-12-02 03:48:51.884167+00
e7c53ff7-2c32-40bf-b807-f69e8d2a9e51	PatronCare.CreateMember	1	2026-12-02 03:48:51.928673+00	2026-12-02 03:48:51.928673+00
5ef7b24b-7e4d-4dd5-8fe4-53ebe3754f21	PatronCare.CreateMemberDocument	1	2026-12-02 03:48:51.94107+00	2026-12-02 03:48:51.94107+00
e506b873-b51d-4b0c-90af-1564bc511c05	PatronCare.CreateDeposits	1	2026-12-02 03:48:52.037495+00	2026-12-02 03:48:52.037495+00
d2fc4711-bbcb-48e1-9fab-6bf885736d47	PatronCare.CreateOutboxMessage	1	2026-12-02 03:48:52.060162+00	2026-12-02 03:48:52.060162+00
b75bdd3a-1459-415d-92ea-80ea4f2a6e63	PatronCare.CreateMessageTemplate	1	2026-12-02 03:48:52.07614+00	2026-12-02 03:48:52.07614+00
da2e3601-2c60-455d-a8de-23f249e510be	PatronCare.CreateOutboxAttempt	1	2026-12-02 03:48:52.096239+00	2026-12-02 03:48:52.096239+00
c3b33a55-22c3-40fa-ac51-43d6d3091798	PatronCare.CreatePostcardBatch	1	2026-12-02 03:48:52.109054+00	2026-12-02 03:48:52.109054+00
54be5001-45e2-4297-8263-c8e36ca6306d	PatronCare.CreateFeedback	1	2026-12-02 03:48:52.237348+00	2026-12-02 03:48:52.237348+00
30789526-cf17-4ece-9d9c-20a5c04d27b7	PatronCare.CreateDepositBalanceGuard	1	2026-12-02 03:48:52.250771+00	2026-12-02 03:48:52.250771+00
9eb9dbed-f6f6-4c72-9403-32eb54d85d0a	PatronCare.CreateIntegrityCheckRun	1	2026-12-02 03:48:52.270221+00	2026-12-02 03:48:52.270221+00
09930a1f-1b23-4684-8d8b-f8b3a3651665	PatronCare.CreateStaffSession	1	2026-12-02 03:48:52.305445+00	2026-12-02 03:48:52.305445+00
c28c6dd4-143b-461d-8209-72bf34ac493f	PatronCare.UpdateStaffUserAddSignInControls	1	2026-12-02 03:48:52.316623+00	2026-12-02 03:48:52.316623+00
c0d3964b-ac6c-49d2-995f-0a9331e4b94c	PatronCare.CreateSignInEvent	1	2026-12-02 03:48:52.346456+00	2026-12-02 03:48:52.346456+00
4de9b62b-f5cd-4263-abd1-a0da43ba155f	PatronCare.CreateRateLimits	1	2026-12-02 03:48:52.395812+00	2026-12-02 03:48:52.395812+00
154a499e-7dbd-4ebd-ae6c-13954cb8b271	PatronCare.CreateAuditLog	1	2026-12-02 03:48:52.44224+00	2026-12-02 03:48:52.44224+00
7fb0e4c8-9bd0-41f8-9c87-793ae5abe6a8	PatronCare.UpdateLedgerEntrySealProxyIDNumber	1	2026-12-02 03:48:52.44742+00	2026-12-02 03:48:52.44742+00
545b502f-a9b9-4f44-ad05-bc12d29e0e55	PatronCare.UpdateMemberAddContactPreferences	1	2026-12-02 03:48:52.463075+00	2026-12-02 03:48:52.463075+00
2b0a956a-e2bd-4644-a15a-4b6ec4d0e826	PatronCare.CreateContactPreferenceChange	1	2026-12-02 03:48:52.473267+00	2026-12-02 03:48:52.473267+00
b8a2986f-32ed-4a9f-bffb-133417371e6b	PatronCare.CreateCampaign	1	2026-12-02 03:48:52.530356+00	2026-12-02 03:48:52.530356+00
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
b4388b55-488a-461f-adf9-c1c995384699	1796183337	cli:import koha-patrons	operator	member.import	Tests/Fixtures/koha-patrons-th.csv	rows=30 new=30 updated=0 invalid=0
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
4a91acc8-b548-4baa-b571-24f52df07c56	1244ed78-492e-4420-82bf-155b9019cea4	H-DEMO-RENEW7	\N	\N	100000	100000	2025-12-09	2027-12-09	import	2026-12-02 03:48:55.985018+00	2026-12-02 03:48:55.985018+00
061a0653-250e-475a-833b-6ba49e7079c2	b319081f-cbc8-4d40-a9fe-36817faf72e2	H-DEMO-REFUND	\N	\N	100000	100000	2025-12-01	2027-12-01	import	2026-12-02 03:48:56.001368+00	2026-12-02 03:48:56.001368+00
7852c0fe-9da0-4bbf-95c9-12536a68ce58	ba77c0e9-e492-4247-96fb-990716289155	H-DEMO-OLD1	\N	\N	100000	0	2024-06-10	2026-06-10	import	2026-12-02 03:48:56.010532+00	2026-12-02 03:48:56.010532+00
f1dc7974-2d5c-4fb1-b071-a5cb6a17d072	f8f66322-3ba7-478e-bc8d-5d3d01016278	H-DEMO-OLD2	\N	\N	100000	100000	2024-05-01	2026-05-01	import	2026-12-02 03:48:56.022651+00	2026-12-02 03:48:56.022651+00
ff5933f3-b22a-43d5-97a7-3fde2c3b9683	8527eb6a-9bd5-4c06-a852-6ead6a141f72	H-U500033	\N	\N	100000	100000	2025-01-22	2027-01-22	import	2026-12-02 03:48:56.036332+00	2026-12-02 03:48:56.036332+00
16e5bbf1-aa84-4d06-8570-93e69efabd56	e4ba1a65-958a-4732-a938-e0231517e2e3	H-U500035	\N	\N	100000	0	2025-02-17	2027-02-17	import	2026-12-02 03:48:56.039539+00	2026-12-02 03:48:56.039539+00
92d976bf-9f26-4943-90af-368e226d3a1e	0b7a70ff-0227-47ec-95be-0cc988c06a38	H-U500037	\N	\N	100000	100000	2025-03-15	2027-03-15	import	2026-12-02 03:48:56.049117+00	2026-12-02 03:48:56.049117+00
5056fbda-3a94-4a32-9fc9-fd1d27fb241e	27ac8aa6-1eb4-4e3d-978e-70ccfaf076d0	H-U500039	\N	\N	100000	100000	2025-04-10	2027-04-10	import	2026-12-02 03:48:56.051952+00	2026-12-02 03:48:56.051952+00
040e3dee-5e37-4a94-a2ae-e83c500233a2	ae44965a-3cbf-4358-8a05-88a4fd23afb3	H-PA100057	\N	\N	100000	100000	2025-11-30	2027-11-30	import	2026-12-02 03:48:56.060178+00	2026-12-02 03:48:56.060178+00
eb9017bf-7393-4263-91be-3c569de75dcb	431dbea5-b626-4e8b-8df2-88d192d83897	H-PA100059	\N	\N	100000	100000	2025-12-26	2027-12-26	import	2026-12-02 03:48:56.06693+00	2026-12-02 03:48:56.06693+00
d384fbae-4a11-456a-ba62-afe348c520b2	860297ab-64bd-44e3-8edd-bb9fb158e83d	H-PA100061	\N	\N	100000	100000	2026-01-21	2028-01-21	import	2026-12-02 03:48:56.076328+00	2026-12-02 03:48:56.076328+00
edd0dbc5-0568-45d2-a61d-5d5a927f2e91	d1d36298-b7cd-496c-902a-702ef7bc62f9	H-PA100063	\N	\N	100000	100000	2026-02-16	2028-02-16	import	2026-12-02 03:48:56.079826+00	2026-12-02 03:48:56.079826+00
aa449996-04a0-4f09-b55d-e4dc2b686479	61c4e966-5e9a-4fc1-aad2-efca469ca1f5	H-PA200065	\N	\N	100000	100000	2026-03-14	2028-03-14	import	2026-12-02 03:48:56.088271+00	2026-12-02 03:48:56.088271+00
c02cf707-4ed4-4f82-86b5-1ebe3582fa6a	5c7abc00-3276-4f9e-afcf-8cb55597b298	H-PA200067	\N	\N	100000	100000	2026-04-09	2028-04-09	import	2026-12-02 03:48:56.093591+00	2026-12-02 03:48:56.093591+00
5609b103-9db3-48c8-b30b-8ce74df73c47	95450db6-18d7-496f-9e56-bdf77e080467	H-PA200069	\N	\N	100000	100000	2026-05-05	2028-05-05	import	2026-12-02 03:48:56.101045+00	2026-12-02 03:48:56.101045+00
33c9b98b-650b-4142-a6e8-c04306a96617	f0c564e8-8d35-4d49-a0bf-8916eaf55f69	H-PA200071	\N	\N	100000	100000	2026-05-31	2028-05-31	import	2026-12-02 03:48:56.105067+00	2026-12-02 03:48:56.105067+00
f682d548-8608-4f59-b8c2-42648064d2e7	509e6894-027f-4580-bff3-72513a8e5229	H-DEMO-B01	\N	\N	100000	100000	2022-10-17	2024-10-17	import	2026-12-02 03:48:56.489695+00	2026-12-02 03:48:56.489695+00
9cb37c55-95ea-4c50-a26e-9753692baedf	8980a33e-e48b-4459-8036-c4fcb0cce1cf	H-DEMO-B02	\N	\N	100000	100000	2022-08-31	2024-08-31	import	2026-12-02 03:48:56.49829+00	2026-12-02 03:48:56.49829+00
9858fd7f-d9b4-4a4f-bd49-768ac73a9fe5	59dd9086-0ae9-42bc-8101-45d710894de9	H-DEMO-B03	\N	\N	150000	150000	2022-07-15	2024-07-15	import	2026-12-02 03:48:56.507229+00	2026-12-02 03:48:56.507229+00
a87ea226-e586-497d-84cd-52e6bebb2e96	a753ae34-78ef-485f-9eb5-d9e2410e7e0b	H-DEMO-B04	\N	\N	100000	100000	2022-05-29	2024-05-29	import	2026-12-02 03:48:56.511606+00	2026-12-02 03:48:56.511606+00
3d32e5fb-ecfe-4dea-9799-35ed94e4c220	5c97e538-ac6d-42ba-b9e8-cb43c91b0519	H-DEMO-B05	\N	\N	100000	100000	2022-04-12	2024-04-12	import	2026-12-02 03:48:56.524872+00	2026-12-02 03:48:56.524872+00
c23fb0aa-f1c8-412e-86c3-74d564606aa1	49d19a76-8767-4432-92a6-26b3df98fd54	H-DEMO-B06	\N	\N	150000	150000	2022-02-24	2024-02-24	import	2026-12-02 03:48:56.532721+00	2026-12-02 03:48:56.532721+00
46d65f2d-0c2e-4539-9801-b2bbeb466cfa	2a6b44f5-b896-42d6-8028-eadd312718fb	H-DEMO-B07	\N	\N	100000	100000	2022-01-08	2024-01-08	import	2026-12-02 03:48:56.536531+00	2026-12-02 03:48:56.536531+00
0f1283ee-c140-49db-9d99-59e0363e568d	ffa78e75-9c3c-4cc9-b576-1b169ca81cf4	H-DEMO-B08	\N	\N	100000	100000	2021-11-22	2023-11-22	import	2026-12-02 03:48:56.543167+00	2026-12-02 03:48:56.543167+00
fc78e3e8-07fe-4612-8e31-bb5faf4e33e6	1c10b203-fd0d-4f08-8238-2ac610a9813c	H-DEMO-B09	\N	\N	150000	150000	2021-10-06	2023-10-06	import	2026-12-02 03:48:56.549939+00	2026-12-02 03:48:56.549939+00
d04db519-2b02-4300-bb58-429abac75049	51a29bd6-bdf4-41e9-a321-7341a74141db	H-DEMO-B10	\N	\N	100000	100000	2021-08-20	2023-08-20	import	2026-12-02 03:48:56.565088+00	2026-12-02 03:48:56.565088+00
8ef4d16a-e97d-4151-ba50-b3745c1faa7f	9be356f3-94d1-4df3-8d1f-47223324a440	H-DEMO-B11	\N	\N	100000	100000	2021-07-04	2023-07-04	import	2026-12-02 03:48:56.573391+00	2026-12-02 03:48:56.573391+00
9b6182ea-5091-4445-950e-7bd0280c34cf	587f530c-a4f1-44a3-b866-47f88de4950f	H-DEMO-B12	\N	\N	150000	150000	2021-05-18	2023-05-18	import	2026-12-02 03:48:56.578162+00	2026-12-02 03:48:56.578162+00
04bd2897-caa7-4e64-a186-c85beef390c5	88e187e1-2b2e-4a83-a003-a1734fe9a2b8	H-DEMO-B13	\N	\N	100000	100000	2021-04-01	2023-04-01	import	2026-12-02 03:48:56.591688+00	2026-12-02 03:48:56.591688+00
66ac7601-6003-40f1-8dfb-ad1b793ad194	e967a782-53c6-4999-9df6-b5c4fc60510f	H-DEMO-B14	\N	\N	100000	100000	2021-02-13	2023-02-13	import	2026-12-02 03:48:56.601324+00	2026-12-02 03:48:56.601324+00
45cd84df-d060-47f8-8e22-52a7e8875cc3	33cd3ba3-a2ce-43d0-af19-200889905fd8	H-DEMO-B15	\N	\N	150000	150000	2020-12-28	2022-12-28	import	2026-12-02 03:48:56.606144+00	2026-12-02 03:48:56.606144+00
f94f21d1-ca44-4351-8e96-cb124355d6dd	e47f046e-cc19-4d65-a833-ecaa2ed64fb1	H-DEMO-B16	\N	\N	100000	100000	2020-11-11	2022-11-11	import	2026-12-02 03:48:56.618788+00	2026-12-02 03:48:56.618788+00
d3d6b1b2-36cb-4bee-8054-e01e61b4f17f	d72c1bbe-e258-4ada-9313-9ce7364284c7	H-DEMO-B17	\N	\N	100000	100000	2020-09-25	2022-09-25	import	2026-12-02 03:48:56.630104+00	2026-12-02 03:48:56.630104+00
d9c35ba4-6c5a-4368-81dc-ddd0d463a1c4	8846aeba-b701-4714-89ff-c92963598099	H-DEMO-B18	\N	\N	150000	150000	2020-08-09	2022-08-09	import	2026-12-02 03:48:56.645367+00	2026-12-02 03:48:56.645367+00
afd6178b-8f42-4dc7-accc-b9ea301b2313	9ee50911-01a1-4cf3-81dc-8904387165ee	H-DEMO-B19	\N	\N	100000	100000	2020-06-23	2022-06-23	import	2026-12-02 03:48:56.650507+00	2026-12-02 03:48:56.650507+00
870d008e-af90-4896-8d64-40dea5c764f3	752689a5-bded-49e6-8d79-ca573b056900	H-DEMO-B20	\N	\N	100000	100000	2020-05-07	2022-05-07	import	2026-12-02 03:48:56.664236+00	2026-12-02 03:48:56.664236+00
18cf28e5-ebd2-427a-9482-c487bd2bf0a6	d2c354bb-4a11-4e64-af89-cca4005d5c2d	H-DEMO-B21	\N	\N	150000	150000	2020-03-21	2022-03-21	import	2026-12-02 03:48:56.669549+00	2026-12-02 03:48:56.669549+00
5f0ee0e7-95f2-4d5f-be3b-b0362f3d3cc0	7afa4fae-f53e-43c9-8801-b3007c68e3d5	H-DEMO-B22	\N	\N	100000	100000	2020-02-02	2022-02-02	import	2026-12-02 03:48:56.684309+00	2026-12-02 03:48:56.684309+00
9608c0c4-5a34-4eeb-96f6-ebe964420768	da1eb852-cbce-43d8-99af-f91d3790703f	H-DEMO-B23	\N	\N	100000	100000	2019-12-17	2021-12-17	import	2026-12-02 03:48:56.698194+00	2026-12-02 03:48:56.698194+00
a6de5db1-1fb9-4d84-86a0-ba0550e483f4	9e30c05b-1bc7-4a3d-b09c-ae8eb590bd32	H-DEMO-B24	\N	\N	150000	150000	2019-10-31	2021-10-31	import	2026-12-02 03:48:56.708157+00	2026-12-02 03:48:56.708157+00
a6126f89-0235-4baf-98a7-88cd73b3bf1f	904fd08a-7e7e-41dc-a9ff-55a1d6d12014	H-DEMO-B25	\N	\N	100000	100000	2019-09-14	2021-09-14	import	2026-12-02 03:48:56.725386+00	2026-12-02 03:48:56.725386+00
21a252c3-e591-42f6-bca3-86019e7e5051	15248a3b-3ede-4482-9ecc-961c79ad1d8a	H-DEMO-B26	\N	\N	100000	100000	2019-07-29	2021-07-29	import	2026-12-02 03:48:56.735854+00	2026-12-02 03:48:56.735854+00
62f78be0-696b-4b54-b52e-2f7b08332425	11d3f149-8771-44d8-8c8d-123ac16ef963	H-DEMO-B27	\N	\N	150000	150000	2019-06-12	2021-06-12	import	2026-12-02 03:48:56.74215+00	2026-12-02 03:48:56.74215+00
7f649858-428c-4123-9215-b5706f327564	2cb9df33-4828-4764-95b9-c859c0e84335	H-DEMO-B28	\N	\N	100000	100000	2019-04-26	2021-04-26	import	2026-12-02 03:48:56.748781+00	2026-12-02 03:48:56.748781+00
b4806275-8860-4c7f-9a6d-1b89910438a7	40e287e3-33e2-432d-be76-e1ee2812082d	H-DEMO-B29	\N	\N	100000	100000	2019-03-10	2021-03-10	import	2026-12-02 03:48:56.764787+00	2026-12-02 03:48:56.764787+00
305b42e1-b6cd-4cbd-aac6-c375dc1d40b2	f86257dd-7aea-4d1e-9b58-4bd7bad94320	H-DEMO-B30	\N	\N	150000	150000	2019-01-23	2021-01-23	import	2026-12-02 03:48:56.772805+00	2026-12-02 03:48:56.772805+00
3d98aa43-18aa-4f9f-bd9b-1578c38e0231	a5217fb9-234b-42aa-b560-2992a8880fa5	H-DEMO-B31	\N	\N	100000	100000	2018-12-07	2020-12-07	import	2026-12-02 03:48:56.788832+00	2026-12-02 03:48:56.788832+00
8f9b89a2-7ccc-4e47-9eb2-8769071f04e0	09aba11c-7751-4f48-bfaf-0835ef37dafd	H-DEMO-B32	\N	\N	100000	100000	2018-10-21	2020-10-21	import	2026-12-02 03:48:56.800815+00	2026-12-02 03:48:56.800815+00
6bc33d8e-cb8f-4cfe-9abe-39882768b129	e63471af-6e61-4979-9abb-8fdf25b4fe1b	H-DEMO-B33	\N	\N	150000	150000	2018-09-04	2020-09-04	import	2026-12-02 03:48:56.810437+00	2026-12-02 03:48:56.810437+00
89da5a70-c021-4aef-93b0-6ed756f089ae	1ba14fde-a55d-4244-989e-aee4dca15f1b	H-DEMO-B34	\N	\N	100000	100000	2018-07-19	2020-07-19	import	2026-12-02 03:48:56.82484+00	2026-12-02 03:48:56.82484+00
1f0f3cd7-80d5-412c-8587-40b7debbe688	e68fb3eb-f5f8-478b-af16-838bc0539e87	H-DEMO-B35	\N	\N	100000	100000	2018-06-02	2020-06-02	import	2026-12-02 03:48:56.836818+00	2026-12-02 03:48:56.836818+00
6e693cdf-ae1e-4f5e-a05b-bd50661b843b	af1e5729-214f-4b02-8a76-f65d221abb1c	H-DEMO-B36	\N	\N	150000	150000	2018-04-16	2020-04-16	import	2026-12-02 03:48:56.852821+00	2026-12-02 03:48:56.852821+00
d5106e0c-bde6-4f26-b364-488ba981a14c	f6b92f9d-b879-4295-a11e-5b9b9fc6a37f	H-DEMO-B37	\N	\N	100000	100000	2018-02-28	2020-02-28	import	2026-12-02 03:48:56.86663+00	2026-12-02 03:48:56.86663+00
6f62701c-4358-412a-bad9-1292aec0cdb4	f480ef7a-7c60-45d3-9e27-ae52c9fb96b9	H-DEMO-B38	\N	\N	100000	100000	2018-01-12	2020-01-12	import	2026-12-02 03:48:56.876344+00	2026-12-02 03:48:56.876344+00
e9e50eb8-cc74-4c34-a311-525d5bc12772	0245a68f-8e3f-4011-b0e6-592c213f1d1a	H-DEMO-B39	\N	\N	150000	150000	2017-11-26	2019-11-26	import	2026-12-02 03:48:56.882711+00	2026-12-02 03:48:56.882711+00
745888c7-dc91-453b-b10d-5bd057d9459f	f0342313-5c84-460a-9878-d9c437eb8a89	H-DEMO-B40	\N	\N	100000	100000	2017-10-10	2019-10-10	import	2026-12-02 03:48:56.895706+00	2026-12-02 03:48:56.895706+00
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
17953866-f424-4eb3-be0a-621ebf819b81	FB-2569-000001-3	2569	1	complaint	web-form	study-spaces	U1	th	แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น	ทดสอบการย้ายฐานข้อมูล	มาลี	malee@example.org		email	t	f	\N	received	0				2026-12-02 03:48:58.656478+00	2026-12-02	2026-12-02	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-02 03:48:58.661915+00	2026-12-02 03:48:58.661915+00
082f673c-c33d-4a58-a4ab-d295b5b988c1	FB-2569-000002-1	2569	2	compliment	web-form	study-spaces	U1	th	ขอบคุณเจ้าหน้าที่เคาน์เตอร์	ทดสอบการย้ายฐานข้อมูล					f	t	\N	received	0				2026-12-02 03:48:58.736305+00	2026-12-02	2026-12-18	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-02 03:48:58.74609+00	2026-12-02 03:48:58.74609+00
\.


--
-- Data for Name: feedback_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_log (id, item_id, at, actor_kind, actor_id, actor_name, actor_role, action, from_status, to_status, note, is_public, seq) FROM stdin;
829ffdf5-9785-4408-8ac4-ecade3b951b8	17953866-f424-4eb3-be0a-621ebf819b81	2026-12-02 03:48:58.656478+00	submitter			\N	receive	\N	received	Web form	t	0
815f2bde-34b2-4251-9984-5c9a4b5ff0b6	082f673c-c33d-4a58-a4ab-d295b5b988c1	2026-12-02 03:48:58.736305+00	submitter			\N	receive	\N	received	Web form	t	0
\.


--
-- Data for Name: feedback_sequences; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_sequences (buddhist_year, last_number) FROM stdin;
2569	2
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
-- Data for Name: integrity_check_runs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.integrity_check_runs (id, checked_at, problem_count, problems) FROM stdin;
5f0aa334-e192-4022-b84d-7822b2cff722	2026-12-02 03:48:57.867531+00	0	
\.


--
-- Data for Name: ledger_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, corrects_id, reason, recorded_by_id, recorded_by_name, recorded_at, counter, payment_method, idempotency_key, documents, proxy_name, proxy_id_number, proxy_letter_date, override_reason, forfeiture_batch_id) FROM stdin;
5153845d-9783-42b9-9144-d48ce5a6bfff	4a91acc8-b548-4baa-b571-24f52df07c56	1244ed78-492e-4420-82bf-155b9019cea4	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-09 05:00:00+00	history import	cash	\N				\N		\N
e61a87e8-c00c-49c4-9c80-e275d2345d0d	061a0653-250e-475a-833b-6ba49e7079c2	b319081f-cbc8-4d40-a9fe-36817faf72e2	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-01 05:00:00+00	history import	cash	\N				\N		\N
b17aac97-750e-4bf9-b800-d6c356668567	7852c0fe-9da0-4bbf-95c9-12536a68ce58	ba77c0e9-e492-4247-96fb-990716289155	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2024-06-10 05:00:00+00	history import	cash	\N				\N		\N
4b1de36c-e724-4227-93f9-3e9ca1acf863	7852c0fe-9da0-4bbf-95c9-12536a68ce58	ba77c0e9-e492-4247-96fb-990716289155	refunded	100000	-100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-07-10 05:00:00+00	history import	cash	\N				\N		\N
3c138067-1091-4b9e-a857-5594f4bd9f84	f1dc7974-2d5c-4fb1-b071-a5cb6a17d072	f8f66322-3ba7-478e-bc8d-5d3d01016278	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2024-05-01 05:00:00+00	history import	cash	\N				\N		\N
814cad86-dd61-4d90-9d19-12d1d36ae445	ff5933f3-b22a-43d5-97a7-3fde2c3b9683	8527eb6a-9bd5-4c06-a852-6ead6a141f72	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-01-22 05:00:00+00	history import	cash	\N				\N		\N
e86822a9-ad6a-41e3-8cf0-adba1c0df4af	16e5bbf1-aa84-4d06-8570-93e69efabd56	e4ba1a65-958a-4732-a938-e0231517e2e3	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-02-17 05:00:00+00	history import	cash	\N				\N		\N
849f7ddd-fdd5-42df-8e74-ac5ffc5080ed	16e5bbf1-aa84-4d06-8570-93e69efabd56	e4ba1a65-958a-4732-a938-e0231517e2e3	refunded	100000	-100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-03-17 05:00:00+00	history import	cash	\N				\N		\N
c24c2b9a-85b8-459f-8954-a0dae08963e6	92d976bf-9f26-4943-90af-368e226d3a1e	0b7a70ff-0227-47ec-95be-0cc988c06a38	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-03-15 05:00:00+00	history import	cash	\N				\N		\N
d2e7b5d7-f0ab-40fc-b882-7fa61ccba5ff	5056fbda-3a94-4a32-9fc9-fd1d27fb241e	27ac8aa6-1eb4-4e3d-978e-70ccfaf076d0	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-04-10 05:00:00+00	history import	cash	\N				\N		\N
5f1dba7e-eecd-4c8e-9065-15a4e534f53c	040e3dee-5e37-4a94-a2ae-e83c500233a2	ae44965a-3cbf-4358-8a05-88a4fd23afb3	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-11-30 05:00:00+00	history import	cash	\N				\N		\N
f84ce9f1-3492-4629-a11f-c50282a52f73	eb9017bf-7393-4263-91be-3c569de75dcb	431dbea5-b626-4e8b-8df2-88d192d83897	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-26 05:00:00+00	history import	cash	\N				\N		\N
b881f2c2-e7cf-4c25-b6d8-97f05435928f	d384fbae-4a11-456a-ba62-afe348c520b2	860297ab-64bd-44e3-8edd-bb9fb158e83d	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-01-21 05:00:00+00	history import	cash	\N				\N		\N
c21a36af-dc21-4444-89ca-98f38f858c53	edd0dbc5-0568-45d2-a61d-5d5a927f2e91	d1d36298-b7cd-496c-902a-702ef7bc62f9	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-02-16 05:00:00+00	history import	cash	\N				\N		\N
2475d643-6234-4636-83cf-793e6ac9378b	aa449996-04a0-4f09-b55d-e4dc2b686479	61c4e966-5e9a-4fc1-aad2-efca469ca1f5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-03-14 05:00:00+00	history import	cash	\N				\N		\N
fe64e747-9353-4695-9aaf-1e04a72a21e8	c02cf707-4ed4-4f82-86b5-1ebe3582fa6a	5c7abc00-3276-4f9e-afcf-8cb55597b298	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-04-09 05:00:00+00	history import	cash	\N				\N		\N
4da6cbe8-7204-4fa7-af93-471fb924382b	5609b103-9db3-48c8-b30b-8ce74df73c47	95450db6-18d7-496f-9e56-bdf77e080467	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-05-05 05:00:00+00	history import	cash	\N				\N		\N
f97ef9d6-568f-4714-ae0c-f4ffe4a5963c	33c9b98b-650b-4142-a6e8-c04306a96617	f0c564e8-8d35-4d49-a0bf-8916eaf55f69	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-05-31 05:00:00+00	history import	cash	\N				\N		\N
bf3107c0-0a73-4c0e-923d-8a03b51999b2	f682d548-8608-4f59-b8c2-42648064d2e7	509e6894-027f-4580-bff3-72513a8e5229	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-10-17 05:00:00+00	history import	cash	\N				\N		\N
42163182-cf9c-4046-9dcb-36f53db0a254	9cb37c55-95ea-4c50-a26e-9753692baedf	8980a33e-e48b-4459-8036-c4fcb0cce1cf	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-08-31 05:00:00+00	history import	cash	\N				\N		\N
f04c8b5a-920d-4bdf-a150-257092d8e227	9858fd7f-d9b4-4a4f-bd49-768ac73a9fe5	59dd9086-0ae9-42bc-8101-45d710894de9	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-07-15 05:00:00+00	history import	cash	\N				\N		\N
c1978a06-188e-444f-8017-48afeaf8056f	a87ea226-e586-497d-84cd-52e6bebb2e96	a753ae34-78ef-485f-9eb5-d9e2410e7e0b	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-05-29 05:00:00+00	history import	cash	\N				\N		\N
a7dbbe8a-d0d9-429b-8a85-50fd650a5b11	3d32e5fb-ecfe-4dea-9799-35ed94e4c220	5c97e538-ac6d-42ba-b9e8-cb43c91b0519	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-04-12 05:00:00+00	history import	cash	\N				\N		\N
9221b30a-7fff-407f-a1f5-9a83ac201d60	c23fb0aa-f1c8-412e-86c3-74d564606aa1	49d19a76-8767-4432-92a6-26b3df98fd54	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-02-24 05:00:00+00	history import	cash	\N				\N		\N
4f37cae0-07e0-4291-a5de-f7ab97743186	46d65f2d-0c2e-4539-9801-b2bbeb466cfa	2a6b44f5-b896-42d6-8028-eadd312718fb	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2022-01-08 05:00:00+00	history import	cash	\N				\N		\N
9967edb1-ba03-4e26-9e9d-41d5f259156a	0f1283ee-c140-49db-9d99-59e0363e568d	ffa78e75-9c3c-4cc9-b576-1b169ca81cf4	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-11-22 05:00:00+00	history import	cash	\N				\N		\N
08a3cea0-cdf8-4952-b74e-f15bd4abcab6	fc78e3e8-07fe-4612-8e31-bb5faf4e33e6	1c10b203-fd0d-4f08-8238-2ac610a9813c	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-10-06 05:00:00+00	history import	cash	\N				\N		\N
0bf44253-db16-4d21-b21b-19a8058d6e3c	d04db519-2b02-4300-bb58-429abac75049	51a29bd6-bdf4-41e9-a321-7341a74141db	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-08-20 05:00:00+00	history import	cash	\N				\N		\N
11007791-6408-4c86-8d0b-cbb3beb62500	8ef4d16a-e97d-4151-ba50-b3745c1faa7f	9be356f3-94d1-4df3-8d1f-47223324a440	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-07-04 05:00:00+00	history import	cash	\N				\N		\N
69f193c8-3080-4aa9-9fef-9e9e61a6c522	9b6182ea-5091-4445-950e-7bd0280c34cf	587f530c-a4f1-44a3-b866-47f88de4950f	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-05-18 05:00:00+00	history import	cash	\N				\N		\N
bb4d2312-168c-498e-b220-e1425ea4df36	04bd2897-caa7-4e64-a186-c85beef390c5	88e187e1-2b2e-4a83-a003-a1734fe9a2b8	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-04-01 05:00:00+00	history import	cash	\N				\N		\N
74d7cdd1-c4ed-48df-8666-f2bbc78c7b93	66ac7601-6003-40f1-8dfb-ad1b793ad194	e967a782-53c6-4999-9df6-b5c4fc60510f	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2021-02-13 05:00:00+00	history import	cash	\N				\N		\N
28033fb9-4be7-4863-bb3d-03ff3bbe7906	45cd84df-d060-47f8-8e22-52a7e8875cc3	33cd3ba3-a2ce-43d0-af19-200889905fd8	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-12-28 05:00:00+00	history import	cash	\N				\N		\N
ac57b0b2-8902-4625-ab21-86480b9f2ea3	f94f21d1-ca44-4351-8e96-cb124355d6dd	e47f046e-cc19-4d65-a833-ecaa2ed64fb1	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-11-11 05:00:00+00	history import	cash	\N				\N		\N
e6334b4f-de44-4af3-a03c-942cbde5ac04	d3d6b1b2-36cb-4bee-8054-e01e61b4f17f	d72c1bbe-e258-4ada-9313-9ce7364284c7	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-09-25 05:00:00+00	history import	cash	\N				\N		\N
9d473443-9a10-4cc6-bef4-f03830b8150a	d9c35ba4-6c5a-4368-81dc-ddd0d463a1c4	8846aeba-b701-4714-89ff-c92963598099	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-08-09 05:00:00+00	history import	cash	\N				\N		\N
f9b0b612-31b3-49b2-ac91-9cf6a59718bd	afd6178b-8f42-4dc7-accc-b9ea301b2313	9ee50911-01a1-4cf3-81dc-8904387165ee	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-06-23 05:00:00+00	history import	cash	\N				\N		\N
0abee311-5d12-4ffa-92bd-1de65ade90f8	870d008e-af90-4896-8d64-40dea5c764f3	752689a5-bded-49e6-8d79-ca573b056900	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-05-07 05:00:00+00	history import	cash	\N				\N		\N
2e2ebc18-64b6-40ce-b5c8-f2acaaafd481	18cf28e5-ebd2-427a-9482-c487bd2bf0a6	d2c354bb-4a11-4e64-af89-cca4005d5c2d	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-03-21 05:00:00+00	history import	cash	\N				\N		\N
a1ef84c9-0dbc-46fa-9c6a-5388718e1dd9	5f0ee0e7-95f2-4d5f-be3b-b0362f3d3cc0	7afa4fae-f53e-43c9-8801-b3007c68e3d5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2020-02-02 05:00:00+00	history import	cash	\N				\N		\N
225094fe-64f4-4494-8eff-34ac3f849bae	9608c0c4-5a34-4eeb-96f6-ebe964420768	da1eb852-cbce-43d8-99af-f91d3790703f	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-12-17 05:00:00+00	history import	cash	\N				\N		\N
1bee4742-cdbb-4548-860d-347eb8438ccd	a6de5db1-1fb9-4d84-86a0-ba0550e483f4	9e30c05b-1bc7-4a3d-b09c-ae8eb590bd32	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-10-31 05:00:00+00	history import	cash	\N				\N		\N
3a2aabdf-ed10-47ec-8453-1efa1cb66763	a6126f89-0235-4baf-98a7-88cd73b3bf1f	904fd08a-7e7e-41dc-a9ff-55a1d6d12014	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-09-14 05:00:00+00	history import	cash	\N				\N		\N
64ffbaa0-4b13-4f1b-bb0f-81b713e85e90	21a252c3-e591-42f6-bca3-86019e7e5051	15248a3b-3ede-4482-9ecc-961c79ad1d8a	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-07-29 05:00:00+00	history import	cash	\N				\N		\N
39f51383-bc88-4bb2-b41a-483c0914c375	62f78be0-696b-4b54-b52e-2f7b08332425	11d3f149-8771-44d8-8c8d-123ac16ef963	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-06-12 05:00:00+00	history import	cash	\N				\N		\N
2bbfc151-1e60-4c0f-8a29-c5cd287648c9	7f649858-428c-4123-9215-b5706f327564	2cb9df33-4828-4764-95b9-c859c0e84335	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-04-26 05:00:00+00	history import	cash	\N				\N		\N
1982b841-81b2-4300-9674-547482ca2187	b4806275-8860-4c7f-9a6d-1b89910438a7	40e287e3-33e2-432d-be76-e1ee2812082d	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-03-10 05:00:00+00	history import	cash	\N				\N		\N
82088736-c186-440e-90fd-2d8db1e809cd	305b42e1-b6cd-4cbd-aac6-c375dc1d40b2	f86257dd-7aea-4d1e-9b58-4bd7bad94320	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2019-01-23 05:00:00+00	history import	cash	\N				\N		\N
9151f089-495f-442f-9367-f6fc9ace3c85	3d98aa43-18aa-4f9f-bd9b-1578c38e0231	a5217fb9-234b-42aa-b560-2992a8880fa5	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-12-07 05:00:00+00	history import	cash	\N				\N		\N
41b5c570-7a07-494d-90ea-3f1d2720962c	8f9b89a2-7ccc-4e47-9eb2-8769071f04e0	09aba11c-7751-4f48-bfaf-0835ef37dafd	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-10-21 05:00:00+00	history import	cash	\N				\N		\N
717b5515-26b6-4925-bdfe-bb8c533ac5b8	6bc33d8e-cb8f-4cfe-9abe-39882768b129	e63471af-6e61-4979-9abb-8fdf25b4fe1b	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-09-04 05:00:00+00	history import	cash	\N				\N		\N
bb9b38e6-0279-446c-819e-314f6977498e	89da5a70-c021-4aef-93b0-6ed756f089ae	1ba14fde-a55d-4244-989e-aee4dca15f1b	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-07-19 05:00:00+00	history import	cash	\N				\N		\N
7b90b971-026e-4d57-a6ae-a9e21531d33a	1f0f3cd7-80d5-412c-8587-40b7debbe688	e68fb3eb-f5f8-478b-af16-838bc0539e87	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-06-02 05:00:00+00	history import	cash	\N				\N		\N
4fddea75-a7cd-47ef-90e0-4827bff81b1f	6e693cdf-ae1e-4f5e-a05b-bd50661b843b	af1e5729-214f-4b02-8a76-f65d221abb1c	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-04-16 05:00:00+00	history import	cash	\N				\N		\N
2bf87e00-7869-4164-ad7c-d3400e9a1eac	d5106e0c-bde6-4f26-b364-488ba981a14c	f6b92f9d-b879-4295-a11e-5b9b9fc6a37f	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-02-28 05:00:00+00	history import	cash	\N				\N		\N
437f4c54-6c22-4b25-ac52-e4a463856932	6f62701c-4358-412a-bad9-1292aec0cdb4	f480ef7a-7c60-45d3-9e27-ae52c9fb96b9	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2018-01-12 05:00:00+00	history import	cash	\N				\N		\N
110af22a-9add-46cd-8a0f-863dc0e2a4fa	e9e50eb8-cc74-4c34-a311-525d5bc12772	0245a68f-8e3f-4011-b0e6-592c213f1d1a	received	150000	150000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2017-11-26 05:00:00+00	history import	cash	\N				\N		\N
0f4827ab-8570-4a4d-ad93-5eabed93ea22	745888c7-dc91-453b-b10d-5bd057d9459f	f0342313-5c84-460a-9878-d9c437eb8a89	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2017-10-10 05:00:00+00	history import	cash	\N				\N		\N
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
631fdb84-5a55-4798-ab27-6cb2ee35b433	DEMO-RENEW30	อรุณี	ต่ออายุ	Arunee	Renew	U5	external-b	2026-01-01	2027-01-01	active	arunee@example.org			5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	f	f		f	demo-renew30 อรุณี ต่ออายุ arunee renew arunee@example.org 	2026-12-02 03:48:55.47526+00	2026-12-02 03:48:55.47526+00	f	f	f	f	\N
1244ed78-492e-4420-82bf-155b9019cea4	DEMO-RENEW7	ชาตรี	ใกล้หมด	Chatree	Soon	U5	external-a	2025-12-09	2026-12-09	active		0812345670						th	f	f	t	f		f	demo-renew7 ชาตรี ใกล้หมด chatree soon  0812345670	2026-12-02 03:48:55.484564+00	2026-12-02 03:48:55.484564+00	f	f	f	f	\N
b319081f-cbc8-4d40-a9fe-36817faf72e2	DEMO-REFUND	สุดา	ขอคืน	Suda	Refund	Pa1	external-a	2025-12-01	2026-12-01	active				88/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-refund สุดา ขอคืน suda refund  	2026-12-02 03:48:55.49255+00	2026-12-02 03:48:55.49255+00	f	f	f	f	\N
ba77c0e9-e492-4247-96fb-990716289155	DEMO-OLD1	ประยุทธ	ลืมคืน1	Prayut	Forgot	Pa1	external-a	2024-06-10	2025-06-10	active				1 ถนนสุเทพ		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-old1 ประยุทธ ลืมคืน1 prayut forgot  	2026-12-02 03:48:55.497957+00	2026-12-02 03:48:55.497957+00	f	f	f	f	\N
f8f66322-3ba7-478e-bc8d-5d3d01016278	DEMO-OLD2	ประยุทธ	ลืมคืน2	Prayut	Forgot	Pa1	external-a	2024-05-01	2025-05-01	active				2 ถนนสุเทพ		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-old2 ประยุทธ ลืมคืน2 prayut forgot  	2026-12-02 03:48:55.501605+00	2026-12-02 03:48:55.501605+00	f	f	f	f	\N
9be62818-cca5-4811-97a1-a5ab40f736af	U100001	สมชาย	ใจดี	Somchai	Boonma	U1	student	2023-12-02	2024-12-02	suspended	member1@example.org	0810000000	Uaaaaaaaa0	10/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u100001 สมชาย ใจดี somchai boonma member1@example.org 0810000000	2026-12-02 03:48:55.510309+00	2026-12-02 03:48:55.510309+00	f	f	f	f	\N
d7fe2866-2599-4f05-be8d-33c2d30add60	U100002	สมหญิง	รักเรียน	Somying	Kaewmanee	U1	student	2023-12-15	2024-12-15	active	member2@example.org	0810007919		11/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u100002 สมหญิง รักเรียน somying kaewmanee member2@example.org 0810007919	2026-12-02 03:48:55.516553+00	2026-12-02 03:48:55.516553+00	f	f	f	f	\N
d8a9f1af-d14d-436f-b746-f70c0aa004f7	U100003	วิชัย	ศรีสุข	Wichai	Thongdee	U1	student	2023-12-28	2024-12-28	active	member3@example.org	0810015838		12/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u100003 วิชัย ศรีสุข wichai thongdee member3@example.org 0810015838	2026-12-02 03:48:55.522631+00	2026-12-02 03:48:55.522631+00	f	f	f	f	\N
27db4f5c-9762-491a-9145-ac2d75a17e9d	U100004	มาลี	บุญมา	Malee	Saisuwan	U1	student	2024-01-10	2025-01-10	active	member4@example.org	0810023757	Uaaaaaaaa3	13/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u100004 มาลี บุญมา malee saisuwan member4@example.org 0810023757	2026-12-02 03:48:55.532882+00	2026-12-02 03:48:55.532882+00	f	f	f	f	\N
5c8c2edf-c220-4061-9cba-73892ad864f2	U100005			Prasert	Pongpaiboon	U1	student	2024-01-23	2025-01-23	active	member5@example.org	0810031676		14/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	u100005   prasert pongpaiboon member5@example.org 0810031676	2026-12-02 03:48:55.536425+00	2026-12-02 03:48:55.536425+00	f	f	f	f	\N
d1198c4e-9086-4a25-a9e8-4ccf64901d4c	U100006	กนกพร	ทองดี	Kanokporn	Wongyai	U1	student	2024-02-05	2025-02-05	active	member6@example.org	0810039595		15/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u100006 กนกพร ทองดี kanokporn wongyai member6@example.org 0810039595	2026-12-02 03:48:55.544693+00	2026-12-02 03:48:55.544693+00	f	f	f	f	\N
a8ef6b9d-3a75-4849-b36a-914ce7801d6b	U100007	ธนากร	สายสุวรรณ	Thanakorn	Jankaew	U1	student	2024-02-18	2025-02-18	active	member7@example.org	0810047514	Uaaaaaaaa6	16/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u100007 ธนากร สายสุวรรณ thanakorn jankaew member7@example.org 0810047514	2026-12-02 03:48:55.550193+00	2026-12-02 03:48:55.550193+00	f	f	f	f	\N
b0e417bb-f6f5-4d2f-be8f-c86d0e645ef8	U100008	ศิริพร	พงษ์ไพบูลย์	Siriporn	Meesuk	U1	student	2024-03-03	2025-03-03	active	member8@example.org	0810055433		17/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u100008 ศิริพร พงษ์ไพบูลย์ siriporn meesuk member8@example.org 0810055433	2026-12-02 03:48:55.558377+00	2026-12-02 03:48:55.558377+00	f	f	f	f	\N
481d9c36-7028-4638-98cf-64944e9c72d4	U200009	อนุชา	วงศ์ใหญ่	Anucha	Petcharat	U2	student	2024-03-16	2025-03-16	active	member9@example.org	0810063352		18/9 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u200009 อนุชา วงศ์ใหญ่ anucha petcharat member9@example.org 0810063352	2026-12-02 03:48:55.561569+00	2026-12-02 03:48:55.561569+00	f	f	f	f	\N
aa35d3de-3b43-4da5-8d6e-3e81ad33f38c	U200010			Pimchanok	Jaidee	U2	student	2024-03-29	2025-03-29	active	member10@example.org	0810071271	Uaaaaaaaa9	19/1 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	t		f	u200010   pimchanok jaidee member10@example.org 0810071271	2026-12-02 03:48:55.570323+00	2026-12-02 03:48:55.570323+00	f	f	f	f	\N
d43933a1-f335-42f2-a4fb-eeced8b78f6d	U200011	ณัฐวุฒิ	มีสุข	Nattawut	Rakrian	U2	student	2024-04-11	2025-04-11	active	member11@example.org	0810079190		20/2 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u200011 ณัฐวุฒิ มีสุข nattawut rakrian member11@example.org 0810079190	2026-12-02 03:48:55.576648+00	2026-12-02 03:48:55.576648+00	f	f	f	f	\N
832cd353-688d-4ce0-9ad9-0ec34fd43686	U200012	สุภาพร	เพชรรัตน์	Supaporn	Srisuk	U2	student	2024-04-24	2025-04-24	active	member12@example.org	0810087109		21/3 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u200012 สุภาพร เพชรรัตน์ supaporn srisuk member12@example.org 0810087109	2026-12-02 03:48:55.584344+00	2026-12-02 03:48:55.584344+00	f	f	f	f	\N
b5bccfef-19ba-43d4-a1e0-a850b36fcee4	U200013	กิตติ	ใจดี	Kitti	Boonma	U2	student	2024-05-07	2025-05-07	active	member13@example.org	0810095028	Uaaaaaaaa12	22/4 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u200013 กิตติ ใจดี kitti boonma member13@example.org 0810095028	2026-12-02 03:48:55.596724+00	2026-12-02 03:48:55.596724+00	f	f	f	f	\N
5c97e538-ac6d-42ba-b9e8-cb43c91b0519	DEMO-B05	อำไพ	ทองคำ			Pa1	external-a	2022-04-12	2023-04-12	active	backlog5@example.org	0820017855		35/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b05 อำไพ ทองคำ   backlog5@example.org 0820017855	2026-12-02 03:48:56.148817+00	2026-12-02 03:48:56.148817+00	f	f	f	f	\N
04c19f08-9323-454e-8923-6f96781925ea	U200014	จันทร์เพ็ญ	รักเรียน	Janpen	Kaewmanee	U2	student	2024-05-20	2025-05-20	active	member14@example.org	0810102947		23/5 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u200014 จันทร์เพ็ญ รักเรียน janpen kaewmanee member14@example.org 0810102947	2026-12-02 03:48:55.60038+00	2026-12-02 03:48:55.60038+00	f	f	f	f	\N
7b42fcc0-9126-46b0-8bd0-f17f5b5a0d13	U200015			Worawut	Thongdee	U2	student	2024-06-02	2025-06-02	active	member15@example.org	0810110866		24/6 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	u200015   worawut thongdee member15@example.org 0810110866	2026-12-02 03:48:55.6041+00	2026-12-02 03:48:55.6041+00	f	f	f	f	\N
4a971f86-6ad1-4fc7-8ae5-29a0a5c8bc74	U200016	ปิยะนุช	บุญมา	Piyanut	Saisuwan	U2	student	2024-06-15	2025-06-15	active	member16@example.org	0810118785	Uaaaaaaaa15	25/7 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u200016 ปิยะนุช บุญมา piyanut saisuwan member16@example.org 0810118785	2026-12-02 03:48:55.61026+00	2026-12-02 03:48:55.61026+00	f	f	f	f	\N
b614564e-d808-4203-8dea-9edd83cd835d	U300017	สมชาย	แก้วมณี	Somchai	Pongpaiboon	U3	staff	2024-06-28	2025-06-28	active	member17@example.org	0810126704		26/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u300017 สมชาย แก้วมณี somchai pongpaiboon member17@example.org 0810126704	2026-12-02 03:48:55.617416+00	2026-12-02 03:48:55.617416+00	f	f	f	f	\N
fea6a47f-6b85-4ae5-a785-3b9d8f68aeec	U300018	สมหญิง	ทองดี	Somying	Wongyai	U3	staff	2024-07-11	2025-07-11	active	member18@example.org	0810134623		27/9 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u300018 สมหญิง ทองดี somying wongyai member18@example.org 0810134623	2026-12-02 03:48:55.625884+00	2026-12-02 03:48:55.625884+00	f	f	f	f	\N
6981d1aa-2ec8-4ee4-8adb-e191ecb0bdb8	U300019	วิชัย	สายสุวรรณ	Wichai	Jankaew	U3	staff	2024-07-24	2025-07-24	active	member19@example.org	0810142542	Uaaaaaaaa18	28/1 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u300019 วิชัย สายสุวรรณ wichai jankaew member19@example.org 0810142542	2026-12-02 03:48:55.629414+00	2026-12-02 03:48:55.629414+00	f	f	f	f	\N
887fe3de-21a3-4b5a-b0ff-0241031e503a	U300020			Malee	Meesuk	U3	staff	2024-08-06	2025-08-06	active	member20@example.org	0810150461		29/2 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	u300020   malee meesuk member20@example.org 0810150461	2026-12-02 03:48:55.636732+00	2026-12-02 03:48:55.636732+00	f	f	f	f	\N
5457891b-08fc-4819-b534-ca9e46dad6f9	U300021	ประเสริฐ	วงศ์ใหญ่	Prasert	Petcharat	U3	staff	2024-08-19	2025-08-19	active	member21@example.org	0810158380		30/3 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u300021 ประเสริฐ วงศ์ใหญ่ prasert petcharat member21@example.org 0810158380	2026-12-02 03:48:55.64111+00	2026-12-02 03:48:55.64111+00	f	f	f	f	\N
259c05f0-1ddf-4788-bf19-76563b817ee5	U300022	กนกพร	จันทร์แก้ว	Kanokporn	Jaidee	U3	staff	2024-09-01	2025-09-01	active	member22@example.org	0810166299	Uaaaaaaaa21	31/4 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	u300022 กนกพร จันทร์แก้ว kanokporn jaidee member22@example.org 0810166299	2026-12-02 03:48:55.652756+00	2026-12-02 03:48:55.652756+00	f	f	f	f	\N
3f6b3577-3c6b-4c8e-ba6d-529218f4db0f	U300023	ธนากร	มีสุข	Thanakorn	Rakrian	U3	staff	2024-09-14	2025-09-14	active	member23@example.org	0810174218		32/5 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u300023 ธนากร มีสุข thanakorn rakrian member23@example.org 0810174218	2026-12-02 03:48:55.655856+00	2026-12-02 03:48:55.655856+00	f	f	f	f	\N
a2d9cd55-0292-4a1c-b55f-5ee348aad7e0	U300024	ศิริพร	เพชรรัตน์	Siriporn	Srisuk	U3	staff	2024-09-27	2025-09-27	suspended	member24@example.org	0810182137		33/6 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u300024 ศิริพร เพชรรัตน์ siriporn srisuk member24@example.org 0810182137	2026-12-02 03:48:55.664754+00	2026-12-02 03:48:55.664754+00	f	f	f	f	\N
1a857154-60f7-48d1-be36-cbe46141d4d0	U400025			Anucha	Boonma	U4	staff	2024-10-10	2025-10-10	active	member25@example.org	0810190056	Uaaaaaaaa24	34/7 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	t		f	u400025   anucha boonma member25@example.org 0810190056	2026-12-02 03:48:55.66962+00	2026-12-02 03:48:55.66962+00	f	f	f	f	\N
c26134cc-71b6-4f29-9967-c3b75ebdcb49	U400026	พิมพ์ชนก	รักเรียน	Pimchanok	Kaewmanee	U4	staff	2024-10-23	2025-10-23	active	member26@example.org	0810197975		35/8 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u400026 พิมพ์ชนก รักเรียน pimchanok kaewmanee member26@example.org 0810197975	2026-12-02 03:48:55.678284+00	2026-12-02 03:48:55.678284+00	f	f	f	f	\N
66fc1689-3ab9-4cc1-9fd5-2eff9051a9c6	U400027	ณัฐวุฒิ	ศรีสุข	Nattawut	Thongdee	U4	staff	2024-11-05	2025-11-05	active	member27@example.org	0810205894		36/9 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u400027 ณัฐวุฒิ ศรีสุข nattawut thongdee member27@example.org 0810205894	2026-12-02 03:48:55.681701+00	2026-12-02 03:48:55.681701+00	f	f	f	f	\N
1270446c-c226-4af6-8663-c02b4da8f4bc	U400028	สุภาพร	บุญมา	Supaporn	Saisuwan	U4	staff	2024-11-18	2025-11-18	active	member28@example.org	0810213813	Uaaaaaaaa27	37/1 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u400028 สุภาพร บุญมา supaporn saisuwan member28@example.org 0810213813	2026-12-02 03:48:55.692692+00	2026-12-02 03:48:55.692692+00	f	f	f	f	\N
93637bd2-3b36-4bb1-9772-b8c4bc521e9f	U400029	กิตติ	แก้วมณี	Kitti	Pongpaiboon	U4	staff	2024-12-01	2025-12-01	active	member29@example.org	0810221732		38/2 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u400029 กิตติ แก้วมณี kitti pongpaiboon member29@example.org 0810221732	2026-12-02 03:48:55.695881+00	2026-12-02 03:48:55.695881+00	f	f	f	f	\N
a5383fce-38cf-4ade-a8ae-0a9130da572b	U400030			Janpen	Wongyai	U4	staff	2024-12-14	2025-12-14	active	member30@example.org	0810229651		39/3 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	f		f	u400030   janpen wongyai member30@example.org 0810229651	2026-12-02 03:48:55.698599+00	2026-12-02 03:48:55.698599+00	f	f	f	f	\N
5549a1ac-a09e-4fe0-8b48-5066ee57446e	U400031	วรวุฒิ	สายสุวรรณ	Worawut	Jankaew	U4	staff	2024-12-27	2025-12-27	active	member31@example.org	0810237570	Uaaaaaaaa30	40/4 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u400031 วรวุฒิ สายสุวรรณ worawut jankaew member31@example.org 0810237570	2026-12-02 03:48:55.701303+00	2026-12-02 03:48:55.701303+00	f	f	f	f	\N
2e2e9ae8-b990-4bcb-81f8-cf6f109a52a3	U400032	ปิยะนุช	พงษ์ไพบูลย์	Piyanut	Meesuk	U4	staff	2025-01-09	2026-01-09	active	member32@example.org	0810245489		41/5 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u400032 ปิยะนุช พงษ์ไพบูลย์ piyanut meesuk member32@example.org 0810245489	2026-12-02 03:48:55.708809+00	2026-12-02 03:48:55.708809+00	f	f	f	f	\N
8527eb6a-9bd5-4c06-a852-6ead6a141f72	U500033	สมชาย	วงศ์ใหญ่	Somchai	Petcharat	U5	external-a	2025-01-22	2026-01-22	active	member33@example.org	0810253408		42/6 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u500033 สมชาย วงศ์ใหญ่ somchai petcharat member33@example.org 0810253408	2026-12-02 03:48:55.717271+00	2026-12-02 03:48:55.717271+00	f	f	f	f	\N
aec54128-e84f-4336-a442-4d479447d252	U500034	สมหญิง	จันทร์แก้ว	Somying	Jaidee	U5	external-b	2025-02-04	2026-02-04	active	member34@example.org	0810261327	Uaaaaaaaa33	43/7 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	u500034 สมหญิง จันทร์แก้ว somying jaidee member34@example.org 0810261327	2026-12-02 03:48:55.719581+00	2026-12-02 03:48:55.719581+00	f	f	f	f	\N
e4ba1a65-958a-4732-a938-e0231517e2e3	U500035			Wichai	Rakrian	U5	external-a	2025-02-17	2026-02-17	active	member35@example.org	0810269246		44/8 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	u500035   wichai rakrian member35@example.org 0810269246	2026-12-02 03:48:55.728736+00	2026-12-02 03:48:55.728736+00	f	f	f	f	\N
31729fab-3aba-4705-8939-8705f604c94f	U500036	มาลี	เพชรรัตน์	Malee	Srisuk	U5	external-b	2025-03-02	2026-03-02	active	member36@example.org	0810277165		45/9 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u500036 มาลี เพชรรัตน์ malee srisuk member36@example.org 0810277165	2026-12-02 03:48:55.732632+00	2026-12-02 03:48:55.732632+00	f	f	f	f	\N
0b7a70ff-0227-47ec-95be-0cc988c06a38	U500037	ประเสริฐ	ใจดี	Prasert	Boonma	U5	external-a	2025-03-15	2026-03-15	active	member37@example.org	0810285084	Uaaaaaaaa36	46/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u500037 ประเสริฐ ใจดี prasert boonma member37@example.org 0810285084	2026-12-02 03:48:55.744718+00	2026-12-02 03:48:55.744718+00	f	f	f	f	\N
e2368143-78d4-428b-9641-8d70b7e63282	U500038	กนกพร	รักเรียน	Kanokporn	Kaewmanee	U5	external-b	2025-03-28	2026-03-28	active	member38@example.org	0810293003		47/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u500038 กนกพร รักเรียน kanokporn kaewmanee member38@example.org 0810293003	2026-12-02 03:48:55.748334+00	2026-12-02 03:48:55.748334+00	f	f	f	f	\N
27ac8aa6-1eb4-4e3d-978e-70ccfaf076d0	U500039	ธนากร	ศรีสุข	Thanakorn	Thongdee	U5	external-a	2025-04-10	2026-04-10	active	member39@example.org	0810300922		48/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u500039 ธนากร ศรีสุข thanakorn thongdee member39@example.org 0810300922	2026-12-02 03:48:55.756716+00	2026-12-02 03:48:55.756716+00	f	f	f	f	\N
1b008787-4b17-426d-b067-f8fa5f9c6486	U500040			Siriporn	Saisuwan	U5	external-b	2025-04-23	2026-04-23	active	member40@example.org	0810308841	Uaaaaaaaa39	49/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	t		f	u500040   siriporn saisuwan member40@example.org 0810308841	2026-12-02 03:48:55.765479+00	2026-12-02 03:48:55.765479+00	f	f	f	f	\N
30de6f2a-3433-49a0-81e1-31e004f9c108	F100041	อนุชา	แก้วมณี	Anucha	Pongpaiboon	F1	external-b	2025-05-06	2026-05-06	active	member41@example.org	0810316760		50/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	f100041 อนุชา แก้วมณี anucha pongpaiboon member41@example.org 0810316760	2026-12-02 03:48:55.769013+00	2026-12-02 03:48:55.769013+00	f	f	f	f	\N
3ed74973-f9e7-476e-9146-63232fb5eb5c	F100042	พิมพ์ชนก	ทองดี	Pimchanok	Wongyai	F1	external-b	2025-05-19	2026-05-19	active	member42@example.org	0810324679		51/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	f100042 พิมพ์ชนก ทองดี pimchanok wongyai member42@example.org 0810324679	2026-12-02 03:48:55.775369+00	2026-12-02 03:48:55.775369+00	f	f	f	f	\N
2f318488-fa08-49dd-bc13-e02322f60202	F100043	ณัฐวุฒิ	สายสุวรรณ	Nattawut	Jankaew	F1	external-b	2025-06-01	2026-06-01	active	member43@example.org	0810332598	Uaaaaaaaa42	52/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	f100043 ณัฐวุฒิ สายสุวรรณ nattawut jankaew member43@example.org 0810332598	2026-12-02 03:48:55.779543+00	2026-12-02 03:48:55.779543+00	f	f	f	f	\N
ec3e8d6b-a2af-461c-a5f2-db0ea9c4213e	F100044	สุภาพร	พงษ์ไพบูลย์	Supaporn	Meesuk	F1	external-b	2025-06-14	2026-06-14	active	member44@example.org	0810340517		53/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f100044 สุภาพร พงษ์ไพบูลย์ supaporn meesuk member44@example.org 0810340517	2026-12-02 03:48:55.788731+00	2026-12-02 03:48:55.788731+00	f	f	f	f	\N
ad1cfc77-8a03-47a4-b231-131ce12ee00e	F100045			Kitti	Petcharat	F1	external-b	2025-06-27	2026-06-27	active	member45@example.org	0810348436		54/9 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	f100045   kitti petcharat member45@example.org 0810348436	2026-12-02 03:48:55.792269+00	2026-12-02 03:48:55.792269+00	f	f	f	f	\N
3b51989b-4054-4a42-b3d5-f0c8089a3752	F100046	จันทร์เพ็ญ	จันทร์แก้ว	Janpen	Jaidee	F1	external-b	2025-07-10	2026-07-10	active	member46@example.org	0810356355	Uaaaaaaaa45	55/1 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	f100046 จันทร์เพ็ญ จันทร์แก้ว janpen jaidee member46@example.org 0810356355	2026-12-02 03:48:55.795896+00	2026-12-02 03:48:55.795896+00	f	f	f	f	\N
be6c90d3-aceb-41d3-a7e0-a278928412d8	F100047	วรวุฒิ	มีสุข	Worawut	Rakrian	F1	external-b	2025-07-23	2026-07-23	suspended	member47@example.org	0810364274		56/2 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	f100047 วรวุฒิ มีสุข worawut rakrian member47@example.org 0810364274	2026-12-02 03:48:55.798909+00	2026-12-02 03:48:55.798909+00	f	f	f	f	\N
b766c1ca-8065-4fe6-9899-664eca9df93e	F100048	ปิยะนุช	เพชรรัตน์	Piyanut	Srisuk	F1	external-b	2025-08-05	2026-08-05	active	member48@example.org	0810372193		57/3 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f100048 ปิยะนุช เพชรรัตน์ piyanut srisuk member48@example.org 0810372193	2026-12-02 03:48:55.804651+00	2026-12-02 03:48:55.804651+00	f	f	f	f	\N
3acf0b95-36af-47b5-ad77-df0f037a35e5	F200049	สมชาย	ใจดี	Somchai	Boonma	F2	external-b	2025-08-18	2026-08-18	active	member49@example.org	0810380112	Uaaaaaaaa48	58/4 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	f200049 สมชาย ใจดี somchai boonma member49@example.org 0810380112	2026-12-02 03:48:55.807638+00	2026-12-02 03:48:55.807638+00	f	f	f	f	\N
7dad78ae-61e6-48e4-8275-aa7084a49016	F200050			Somying	Kaewmanee	F2	external-b	2025-08-31	2026-08-31	active	member50@example.org	0810388031		59/5 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	f		f	f200050   somying kaewmanee member50@example.org 0810388031	2026-12-02 03:48:55.812656+00	2026-12-02 03:48:55.812656+00	f	f	f	f	\N
7ae9cec6-f2e5-4ab3-bcf8-f6fa4c827a3f	F200051	วิชัย	ศรีสุข	Wichai	Thongdee	F2	external-b	2025-09-13	2026-09-13	active	member51@example.org	0810395950		60/6 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	f200051 วิชัย ศรีสุข wichai thongdee member51@example.org 0810395950	2026-12-02 03:48:55.817209+00	2026-12-02 03:48:55.817209+00	f	f	f	f	\N
42dcacf8-c724-439b-aa9e-63fa53270fe4	F200052	มาลี	บุญมา	Malee	Saisuwan	F2	external-b	2025-09-26	2026-09-26	active	member52@example.org	0810403869	Uaaaaaaaa51	61/7 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	f200052 มาลี บุญมา malee saisuwan member52@example.org 0810403869	2026-12-02 03:48:55.828252+00	2026-12-02 03:48:55.828252+00	f	f	f	f	\N
e6e10af8-7a6b-48a2-9047-71a6f57c70e6	F200053	ประเสริฐ	แก้วมณี	Prasert	Pongpaiboon	F2	external-b	2025-10-09	2026-10-09	active	member53@example.org	0810411788		62/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	f200053 ประเสริฐ แก้วมณี prasert pongpaiboon member53@example.org 0810411788	2026-12-02 03:48:55.831708+00	2026-12-02 03:48:55.831708+00	f	f	f	f	\N
67c16a5b-92ad-41e0-94e9-85c87a7f7e4b	F200054	กนกพร	ทองดี	Kanokporn	Wongyai	F2	external-b	2025-10-22	2026-10-22	active	member54@example.org	0810419707		63/9 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	f200054 กนกพร ทองดี kanokporn wongyai member54@example.org 0810419707	2026-12-02 03:48:55.836685+00	2026-12-02 03:48:55.836685+00	f	f	f	f	\N
28f131bb-c2ef-4ba2-82f5-c480f32d796c	F200055			Thanakorn	Jankaew	F2	external-b	2025-11-04	2026-11-04	active	member55@example.org	0810427626	Uaaaaaaaa54	64/1 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	t		f	f200055   thanakorn jankaew member55@example.org 0810427626	2026-12-02 03:48:55.845295+00	2026-12-02 03:48:55.845295+00	f	f	f	f	\N
d9ec2450-2846-4b35-b17f-532ce8648fd3	F200056	ศิริพร	พงษ์ไพบูลย์	Siriporn	Meesuk	F2	external-b	2025-11-17	2026-11-17	active	member56@example.org	0810435545		65/2 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f200056 ศิริพร พงษ์ไพบูลย์ siriporn meesuk member56@example.org 0810435545	2026-12-02 03:48:55.848247+00	2026-12-02 03:48:55.848247+00	f	f	f	f	\N
ae44965a-3cbf-4358-8a05-88a4fd23afb3	PA100057	อนุชา	วงศ์ใหญ่	Anucha	Petcharat	Pa1	external-a	2025-11-30	2026-11-30	active	member57@example.org	0810443464		66/3 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa100057 อนุชา วงศ์ใหญ่ anucha petcharat member57@example.org 0810443464	2026-12-02 03:48:55.856724+00	2026-12-02 03:48:55.856724+00	f	f	f	f	\N
1b48b4ee-01c3-4984-a2c5-6aabb80b72c0	PA100058	พิมพ์ชนก	จันทร์แก้ว	Pimchanok	Jaidee	Pa1	external-b	2025-12-13	2026-12-13	active	member58@example.org	0810451383	Uaaaaaaaa57	67/4 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	pa100058 พิมพ์ชนก จันทร์แก้ว pimchanok jaidee member58@example.org 0810451383	2026-12-02 03:48:55.860223+00	2026-12-02 03:48:55.860223+00	f	f	f	f	\N
431dbea5-b626-4e8b-8df2-88d192d83897	PA100059	ณัฐวุฒิ	มีสุข	Nattawut	Rakrian	Pa1	external-a	2025-12-26	2026-12-26	active	member59@example.org	0810459302		68/5 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa100059 ณัฐวุฒิ มีสุข nattawut rakrian member59@example.org 0810459302	2026-12-02 03:48:55.874775+00	2026-12-02 03:48:55.874775+00	f	f	f	f	\N
eedf6b6a-33a6-4902-8e05-94b90ba32158	PA100060			Supaporn	Srisuk	Pa1	external-b	2026-01-08	2027-01-08	active	member60@example.org	0810467221		69/6 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	pa100060   supaporn srisuk member60@example.org 0810467221	2026-12-02 03:48:55.886176+00	2026-12-02 03:48:55.886176+00	f	f	f	f	\N
860297ab-64bd-44e3-8edd-bb9fb158e83d	PA100061	กิตติ	ใจดี	Kitti	Boonma	Pa1	external-a	2026-01-21	2027-01-21	active	member61@example.org	0810475140	Uaaaaaaaa60	70/7 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	pa100061 กิตติ ใจดี kitti boonma member61@example.org 0810475140	2026-12-02 03:48:55.888995+00	2026-12-02 03:48:55.888995+00	f	f	f	f	\N
b1800ef8-4e8d-45ee-b526-2ed92e113cf1	PA100062	จันทร์เพ็ญ	รักเรียน	Janpen	Kaewmanee	Pa1	external-b	2026-02-03	2027-02-03	active	member62@example.org	0810483059		71/8 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa100062 จันทร์เพ็ญ รักเรียน janpen kaewmanee member62@example.org 0810483059	2026-12-02 03:48:55.891068+00	2026-12-02 03:48:55.891068+00	f	f	f	f	\N
d1d36298-b7cd-496c-902a-702ef7bc62f9	PA100063	วรวุฒิ	ศรีสุข	Worawut	Thongdee	Pa1	external-a	2026-02-16	2027-02-16	active	member63@example.org	0810490978		72/9 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa100063 วรวุฒิ ศรีสุข worawut thongdee member63@example.org 0810490978	2026-12-02 03:48:55.893272+00	2026-12-02 03:48:55.893272+00	f	f	f	f	\N
d92e939f-71dc-4bab-8994-eddd368cbf7d	PA100064	ปิยะนุช	บุญมา	Piyanut	Saisuwan	Pa1	external-b	2026-03-01	2027-03-01	active	member64@example.org	0810498897	Uaaaaaaaa63	73/1 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	pa100064 ปิยะนุช บุญมา piyanut saisuwan member64@example.org 0810498897	2026-12-02 03:48:55.895294+00	2026-12-02 03:48:55.895294+00	f	f	f	f	\N
61c4e966-5e9a-4fc1-aad2-efca469ca1f5	PA200065			Somchai	Pongpaiboon	Pa2	external-a	2026-03-14	2027-03-14	active	member65@example.org	0810506816		74/2 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	pa200065   somchai pongpaiboon member65@example.org 0810506816	2026-12-02 03:48:55.897144+00	2026-12-02 03:48:55.897144+00	f	f	f	f	\N
fb90390f-f0dc-4dd2-a8d8-ee07ebe15a6f	PA200066	สมหญิง	ทองดี	Somying	Wongyai	Pa2	external-b	2026-03-27	2027-03-27	active	member66@example.org	0810514735		75/3 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa200066 สมหญิง ทองดี somying wongyai member66@example.org 0810514735	2026-12-02 03:48:55.898872+00	2026-12-02 03:48:55.898872+00	f	f	f	f	\N
5c7abc00-3276-4f9e-afcf-8cb55597b298	PA200067	วิชัย	สายสุวรรณ	Wichai	Jankaew	Pa2	external-a	2026-04-09	2027-04-09	active	member67@example.org	0810522654	Uaaaaaaaa66	76/4 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	pa200067 วิชัย สายสุวรรณ wichai jankaew member67@example.org 0810522654	2026-12-02 03:48:55.900671+00	2026-12-02 03:48:55.900671+00	f	f	f	f	\N
ad3b2907-f6fb-4686-aa29-a962db0b7c53	PA200068	มาลี	พงษ์ไพบูลย์	Malee	Meesuk	Pa2	external-b	2026-04-22	2027-04-22	active	member68@example.org	0810530573		77/5 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	pa200068 มาลี พงษ์ไพบูลย์ malee meesuk member68@example.org 0810530573	2026-12-02 03:48:55.902565+00	2026-12-02 03:48:55.902565+00	f	f	f	f	\N
95450db6-18d7-496f-9e56-bdf77e080467	PA200069	ประเสริฐ	วงศ์ใหญ่	Prasert	Petcharat	Pa2	external-a	2026-05-05	2027-05-05	active	member69@example.org	0810538492		78/6 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa200069 ประเสริฐ วงศ์ใหญ่ prasert petcharat member69@example.org 0810538492	2026-12-02 03:48:55.904466+00	2026-12-02 03:48:55.904466+00	f	f	f	f	\N
d17a610b-fb10-488f-8550-99d9124e6f4c	PA200070			Kanokporn	Jaidee	Pa2	external-b	2026-05-18	2027-05-18	suspended	member70@example.org	0810546411	Uaaaaaaaa69	79/7 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	t		f	pa200070   kanokporn jaidee member70@example.org 0810546411	2026-12-02 03:48:55.906334+00	2026-12-02 03:48:55.906334+00	f	f	f	f	\N
f0c564e8-8d35-4d49-a0bf-8916eaf55f69	PA200071	ธนากร	มีสุข	Thanakorn	Rakrian	Pa2	external-a	2026-05-31	2027-05-31	active	member71@example.org	0810554330		80/8 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa200071 ธนากร มีสุข thanakorn rakrian member71@example.org 0810554330	2026-12-02 03:48:55.908425+00	2026-12-02 03:48:55.908425+00	f	f	f	f	\N
184b552f-0e69-492d-9f17-25202dde93c8	PA200072	ศิริพร	เพชรรัตน์	Siriporn	Srisuk	Pa2	external-b	2026-06-13	2027-06-13	active	member72@example.org	0810562249		81/9 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	pa200072 ศิริพร เพชรรัตน์ siriporn srisuk member72@example.org 0810562249	2026-12-02 03:48:55.910462+00	2026-12-02 03:48:55.910462+00	f	f	f	f	\N
641f4264-79fe-4b8d-bd11-7d116427a1de	PA300073	อนุชา	ใจดี	Anucha	Boonma	Pa3	external-b	2026-06-26	2027-06-26	active	member73@example.org	0810570168	Uaaaaaaaa72	82/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	pa300073 อนุชา ใจดี anucha boonma member73@example.org 0810570168	2026-12-02 03:48:55.912461+00	2026-12-02 03:48:55.912461+00	f	f	f	f	\N
d04bde4e-668c-4209-bf3e-d1d05d3c4a69	PA300074	พิมพ์ชนก	รักเรียน	Pimchanok	Kaewmanee	Pa3	external-b	2026-07-09	2027-07-09	active	member74@example.org	0810578087		83/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa300074 พิมพ์ชนก รักเรียน pimchanok kaewmanee member74@example.org 0810578087	2026-12-02 03:48:55.914516+00	2026-12-02 03:48:55.914516+00	f	f	f	f	\N
0f51337f-cc0a-4ef7-8bb5-08492703c455	PA300075			Nattawut	Thongdee	Pa3	external-b	2026-07-22	2027-07-22	active	member75@example.org	0810586006		84/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	pa300075   nattawut thongdee member75@example.org 0810586006	2026-12-02 03:48:55.916501+00	2026-12-02 03:48:55.916501+00	f	f	f	f	\N
9450eef3-b4f5-4cc0-8647-4ba37b16a70e	PA300076	สุภาพร	บุญมา	Supaporn	Saisuwan	Pa3	external-b	2026-08-04	2027-08-04	active	member76@example.org	0810593925	Uaaaaaaaa75	85/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	pa300076 สุภาพร บุญมา supaporn saisuwan member76@example.org 0810593925	2026-12-02 03:48:55.91875+00	2026-12-02 03:48:55.91875+00	f	f	f	f	\N
1f471b9b-8844-4f50-aef6-48d224663cc7	PA300077	กิตติ	แก้วมณี	Kitti	Pongpaiboon	Pa3	external-b	2026-08-17	2027-08-17	active	member77@example.org	0810601844		86/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa300077 กิตติ แก้วมณี kitti pongpaiboon member77@example.org 0810601844	2026-12-02 03:48:55.921107+00	2026-12-02 03:48:55.921107+00	f	f	f	f	\N
b63a6a0d-20a4-4a23-aedc-0b4c927c0bf6	PA300078	จันทร์เพ็ญ	ทองดี	Janpen	Wongyai	Pa3	external-b	2026-08-30	2027-08-30	active	member78@example.org	0810609763		87/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa300078 จันทร์เพ็ญ ทองดี janpen wongyai member78@example.org 0810609763	2026-12-02 03:48:55.923442+00	2026-12-02 03:48:55.923442+00	f	f	f	f	\N
f0a888ab-17e8-43ac-9caa-5744b826f7dd	PA300079	วรวุฒิ	สายสุวรรณ	Worawut	Jankaew	Pa3	external-b	2026-09-12	2027-09-12	active	member79@example.org	0810617682	Uaaaaaaaa78	88/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	pa300079 วรวุฒิ สายสุวรรณ worawut jankaew member79@example.org 0810617682	2026-12-02 03:48:55.925579+00	2026-12-02 03:48:55.925579+00	f	f	f	f	\N
fe07d89c-53e3-4371-b961-c885d89708c3	PA300080			Piyanut	Meesuk	Pa3	external-b	2026-09-25	2027-09-25	active	member80@example.org	0810625601		89/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	pa300080   piyanut meesuk member80@example.org 0810625601	2026-12-02 03:48:55.927637+00	2026-12-02 03:48:55.927637+00	f	f	f	f	\N
509e6894-027f-4580-bff3-72513a8e5229	DEMO-B01	วันดี	ศรีวงศ์			Pa1	external-a	2022-10-17	2023-10-17	active	backlog1@example.org			7/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b01 วันดี ศรีวงศ์   backlog1@example.org 	2026-12-02 03:48:56.122037+00	2026-12-02 03:48:56.122037+00	f	f	f	f	\N
8980a33e-e48b-4459-8036-c4fcb0cce1cf	DEMO-B02	ประสิทธิ์	แสงทอง			Pa1	external-a	2022-08-31	2023-08-31	active	backlog2@example.org			14/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b02 ประสิทธิ์ แสงทอง   backlog2@example.org 	2026-12-02 03:48:56.129855+00	2026-12-02 03:48:56.129855+00	f	f	f	f	\N
59dd9086-0ae9-42bc-8101-45d710894de9	DEMO-B03	บุญเรือน	มั่นคง			Pa1	external-a	2022-07-15	2023-07-15	active				21/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b03 บุญเรือน มั่นคง    	2026-12-02 03:48:56.133104+00	2026-12-02 03:48:56.133104+00	f	f	f	f	\N
a753ae34-78ef-485f-9eb5-d9e2410e7e0b	DEMO-B04	สุนทร	บุญมี			Pa1	external-a	2022-05-29	2023-05-29	active	backlog4@example.org			28/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b04 สุนทร บุญมี   backlog4@example.org 	2026-12-02 03:48:56.1409+00	2026-12-02 03:48:56.1409+00	f	f	f	f	\N
49d19a76-8767-4432-92a6-26b3df98fd54	DEMO-B06	ชัยวัฒน์	ศรีวงศ์			Pa1	external-a	2022-02-24	2023-02-24	active				42/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b06 ชัยวัฒน์ ศรีวงศ์    	2026-12-02 03:48:56.151868+00	2026-12-02 03:48:56.151868+00	f	f	f	f	\N
2a6b44f5-b896-42d6-8028-eadd312718fb	DEMO-B07	ละเอียด	แสงทอง			Pa1	external-a	2022-01-08	2023-01-08	active								th	f	f	f	f		f	demo-b07 ละเอียด แสงทอง    	2026-12-02 03:48:56.157836+00	2026-12-02 03:48:56.157836+00	f	f	f	f	\N
ffa78e75-9c3c-4cc9-b576-1b169ca81cf4	DEMO-B08	สมศักดิ์	มั่นคง			Pa1	external-a	2021-11-22	2022-11-22	active	backlog8@example.org			56/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b08 สมศักดิ์ มั่นคง   backlog8@example.org 	2026-12-02 03:48:56.160203+00	2026-12-02 03:48:56.160203+00	f	f	f	f	\N
1c10b203-fd0d-4f08-8238-2ac610a9813c	DEMO-B09	วันดี	บุญมี			Pa1	external-a	2021-10-06	2022-10-06	active				63/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b09 วันดี บุญมี    	2026-12-02 03:48:56.164815+00	2026-12-02 03:48:56.164815+00	f	f	f	f	\N
51a29bd6-bdf4-41e9-a321-7341a74141db	DEMO-B10	ประสิทธิ์	ทองคำ			Pa1	external-a	2021-08-20	2022-08-20	active	backlog10@example.org	0820035710		70/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b10 ประสิทธิ์ ทองคำ   backlog10@example.org 0820035710	2026-12-02 03:48:56.169241+00	2026-12-02 03:48:56.169241+00	f	f	f	f	\N
9be356f3-94d1-4df3-8d1f-47223324a440	DEMO-B11	บุญเรือน	ศรีวงศ์			Pa1	external-a	2021-07-04	2022-07-04	active	backlog11@example.org			77/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b11 บุญเรือน ศรีวงศ์   backlog11@example.org 	2026-12-02 03:48:56.184567+00	2026-12-02 03:48:56.184567+00	f	f	f	f	\N
587f530c-a4f1-44a3-b866-47f88de4950f	DEMO-B12	สุนทร	แสงทอง			Pa1	external-a	2021-05-18	2022-05-18	active				84/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b12 สุนทร แสงทอง    	2026-12-02 03:48:56.189754+00	2026-12-02 03:48:56.189754+00	f	f	f	f	\N
88e187e1-2b2e-4a83-a003-a1734fe9a2b8	DEMO-B13	อำไพ	มั่นคง			Pa1	external-a	2021-04-01	2022-04-01	active	backlog13@example.org			91/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b13 อำไพ มั่นคง   backlog13@example.org 	2026-12-02 03:48:56.192056+00	2026-12-02 03:48:56.192056+00	f	f	f	f	\N
e967a782-53c6-4999-9df6-b5c4fc60510f	DEMO-B14	ชัยวัฒน์	บุญมี			Pa1	external-a	2021-02-13	2022-02-13	active	backlog14@example.org			98/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b14 ชัยวัฒน์ บุญมี   backlog14@example.org 	2026-12-02 03:48:56.196259+00	2026-12-02 03:48:56.196259+00	f	f	f	f	\N
33cd3ba3-a2ce-43d0-af19-200889905fd8	DEMO-B15	ละเอียด	ทองคำ			Pa1	external-a	2020-12-28	2021-12-28	active		0820053565		105/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b15 ละเอียด ทองคำ    0820053565	2026-12-02 03:48:56.208668+00	2026-12-02 03:48:56.208668+00	f	f	f	f	\N
e47f046e-cc19-4d65-a833-ecaa2ed64fb1	DEMO-B16	สมศักดิ์	ศรีวงศ์			Pa1	external-a	2020-11-11	2021-11-11	active	backlog16@example.org			112/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b16 สมศักดิ์ ศรีวงศ์   backlog16@example.org 	2026-12-02 03:48:56.216604+00	2026-12-02 03:48:56.216604+00	f	f	f	f	\N
d72c1bbe-e258-4ada-9313-9ce7364284c7	DEMO-B17	วันดี	แสงทอง			Pa1	external-a	2020-09-25	2021-09-25	active	backlog17@example.org			119/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b17 วันดี แสงทอง   backlog17@example.org 	2026-12-02 03:48:56.228892+00	2026-12-02 03:48:56.228892+00	f	f	f	f	\N
8846aeba-b701-4714-89ff-c92963598099	DEMO-B18	ประสิทธิ์	มั่นคง			Pa1	external-a	2020-08-09	2021-08-09	active				126/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b18 ประสิทธิ์ มั่นคง    	2026-12-02 03:48:56.232298+00	2026-12-02 03:48:56.232298+00	f	f	f	f	\N
9ee50911-01a1-4cf3-81dc-8904387165ee	DEMO-B19	บุญเรือน	บุญมี			Pa1	external-a	2020-06-23	2021-06-23	active	backlog19@example.org			133/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b19 บุญเรือน บุญมี   backlog19@example.org 	2026-12-02 03:48:56.240606+00	2026-12-02 03:48:56.240606+00	f	f	f	f	\N
752689a5-bded-49e6-8d79-ca573b056900	DEMO-B20	สุนทร	ทองคำ			Pa1	external-a	2020-05-07	2021-05-07	active	backlog20@example.org	0820071420		140/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b20 สุนทร ทองคำ   backlog20@example.org 0820071420	2026-12-02 03:48:56.248739+00	2026-12-02 03:48:56.248739+00	f	f	f	f	\N
d2c354bb-4a11-4e64-af89-cca4005d5c2d	DEMO-B21	อำไพ	ศรีวงศ์			Pa1	external-a	2020-03-21	2021-03-21	active				147/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b21 อำไพ ศรีวงศ์    	2026-12-02 03:48:56.260646+00	2026-12-02 03:48:56.260646+00	f	f	f	f	\N
7afa4fae-f53e-43c9-8801-b3007c68e3d5	DEMO-B22	ชัยวัฒน์	แสงทอง			Pa1	external-a	2020-02-02	2021-02-02	active	backlog22@example.org			154/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b22 ชัยวัฒน์ แสงทอง   backlog22@example.org 	2026-12-02 03:48:56.263768+00	2026-12-02 03:48:56.263768+00	f	f	f	f	\N
da1eb852-cbce-43d8-99af-f91d3790703f	DEMO-B23	ละเอียด	มั่นคง			Pa1	external-a	2019-12-17	2020-12-17	active	backlog23@example.org			161/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b23 ละเอียด มั่นคง   backlog23@example.org 	2026-12-02 03:48:56.266413+00	2026-12-02 03:48:56.266413+00	f	f	f	f	\N
9e30c05b-1bc7-4a3d-b09c-ae8eb590bd32	DEMO-B24	สมศักดิ์	บุญมี			Pa1	external-a	2019-10-31	2020-10-31	active				168/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b24 สมศักดิ์ บุญมี    	2026-12-02 03:48:56.280794+00	2026-12-02 03:48:56.280794+00	f	f	f	f	\N
904fd08a-7e7e-41dc-a9ff-55a1d6d12014	DEMO-B25	วันดี	ทองคำ			Pa1	external-a	2019-09-14	2020-09-14	active	backlog25@example.org	0820089275		175/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b25 วันดี ทองคำ   backlog25@example.org 0820089275	2026-12-02 03:48:56.289668+00	2026-12-02 03:48:56.289668+00	f	f	f	f	\N
15248a3b-3ede-4482-9ecc-961c79ad1d8a	DEMO-B26	ประสิทธิ์	ศรีวงศ์			Pa1	external-a	2019-07-29	2020-07-29	active	backlog26@example.org			182/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b26 ประสิทธิ์ ศรีวงศ์   backlog26@example.org 	2026-12-02 03:48:56.30157+00	2026-12-02 03:48:56.30157+00	f	f	f	f	\N
11d3f149-8771-44d8-8c8d-123ac16ef963	DEMO-B27	บุญเรือน	แสงทอง			Pa1	external-a	2019-06-12	2020-06-12	active								th	f	f	f	f		f	demo-b27 บุญเรือน แสงทอง    	2026-12-02 03:48:56.305286+00	2026-12-02 03:48:56.305286+00	f	f	f	f	\N
2cb9df33-4828-4764-95b9-c859c0e84335	DEMO-B28	สุนทร	มั่นคง			Pa1	external-a	2019-04-26	2020-04-26	active	backlog28@example.org			196/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b28 สุนทร มั่นคง   backlog28@example.org 	2026-12-02 03:48:56.310869+00	2026-12-02 03:48:56.310869+00	f	f	f	f	\N
40e287e3-33e2-432d-be76-e1ee2812082d	DEMO-B29	อำไพ	บุญมี			Pa1	external-a	2019-03-10	2020-03-10	active	backlog29@example.org			203/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b29 อำไพ บุญมี   backlog29@example.org 	2026-12-02 03:48:56.31682+00	2026-12-02 03:48:56.31682+00	f	f	f	f	\N
f86257dd-7aea-4d1e-9b58-4bd7bad94320	DEMO-B30	ชัยวัฒน์	ทองคำ			Pa1	external-a	2019-01-23	2020-01-23	active		0820107130		210/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b30 ชัยวัฒน์ ทองคำ    0820107130	2026-12-02 03:48:56.321224+00	2026-12-02 03:48:56.321224+00	f	f	f	f	\N
a5217fb9-234b-42aa-b560-2992a8880fa5	DEMO-B31	ละเอียด	ศรีวงศ์			Pa1	external-a	2018-12-07	2019-12-07	active	backlog31@example.org			217/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b31 ละเอียด ศรีวงศ์   backlog31@example.org 	2026-12-02 03:48:56.329381+00	2026-12-02 03:48:56.329381+00	f	f	f	f	\N
09aba11c-7751-4f48-bfaf-0835ef37dafd	DEMO-B32	สมศักดิ์	แสงทอง			Pa1	external-a	2018-10-21	2019-10-21	active	backlog32@example.org			224/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b32 สมศักดิ์ แสงทอง   backlog32@example.org 	2026-12-02 03:48:56.340753+00	2026-12-02 03:48:56.340753+00	f	f	f	f	\N
e63471af-6e61-4979-9abb-8fdf25b4fe1b	DEMO-B33	วันดี	มั่นคง			Pa1	external-a	2018-09-04	2019-09-04	active				231/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b33 วันดี มั่นคง    	2026-12-02 03:48:56.353539+00	2026-12-02 03:48:56.353539+00	f	f	f	f	\N
1ba14fde-a55d-4244-989e-aee4dca15f1b	DEMO-B34	ประสิทธิ์	บุญมี			Pa1	external-a	2018-07-19	2019-07-19	active	backlog34@example.org			238/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b34 ประสิทธิ์ บุญมี   backlog34@example.org 	2026-12-02 03:48:56.362733+00	2026-12-02 03:48:56.362733+00	f	f	f	f	\N
e68fb3eb-f5f8-478b-af16-838bc0539e87	DEMO-B35	บุญเรือน	ทองคำ			Pa1	external-a	2018-06-02	2019-06-02	active	backlog35@example.org	0820124985		245/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b35 บุญเรือน ทองคำ   backlog35@example.org 0820124985	2026-12-02 03:48:56.37463+00	2026-12-02 03:48:56.37463+00	f	f	f	f	\N
af1e5729-214f-4b02-8a76-f65d221abb1c	DEMO-B36	สุนทร	ศรีวงศ์			Pa1	external-a	2018-04-16	2019-04-16	active				252/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b36 สุนทร ศรีวงศ์    	2026-12-02 03:48:56.381536+00	2026-12-02 03:48:56.381536+00	f	f	f	f	\N
f6b92f9d-b879-4295-a11e-5b9b9fc6a37f	DEMO-B37	อำไพ	แสงทอง			Pa1	external-a	2018-02-28	2019-02-28	active	backlog37@example.org			259/2 ถนนห้วยแก้ว		แขวงลาดยาว เขตจตุจักร กรุงเทพฯ	10900	th	f	f	f	f		f	demo-b37 อำไพ แสงทอง   backlog37@example.org 	2026-12-02 03:48:56.39274+00	2026-12-02 03:48:56.39274+00	f	f	f	f	\N
f480ef7a-7c60-45d3-9e27-ae52c9fb96b9	DEMO-B38	ชัยวัฒน์	มั่นคง			Pa1	external-a	2018-01-12	2019-01-12	active	backlog38@example.org			266/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	f	f	f	f		f	demo-b38 ชัยวัฒน์ มั่นคง   backlog38@example.org 	2026-12-02 03:48:56.404746+00	2026-12-02 03:48:56.404746+00	f	f	f	f	\N
0245a68f-8e3f-4011-b0e6-592c213f1d1a	DEMO-B39	ละเอียด	บุญมี			Pa1	external-a	2017-11-26	2018-11-26	active				273/4 ถนนห้วยแก้ว		ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต	83000	th	f	f	f	f		f	demo-b39 ละเอียด บุญมี    	2026-12-02 03:48:56.411221+00	2026-12-02 03:48:56.411221+00	f	f	f	f	\N
f0342313-5c84-460a-9878-d9c437eb8a89	DEMO-B40	สมศักดิ์	ทองคำ			Pa1	external-a	2017-10-10	2018-10-10	active	backlog40@example.org	0820142840		280/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	f	f	f	f		f	demo-b40 สมศักดิ์ ทองคำ   backlog40@example.org 0820142840	2026-12-02 03:48:56.422277+00	2026-12-02 03:48:56.422277+00	f	f	f	f	\N
260da5e4-0428-49e2-8230-fcadb5906275	6410110001	สมชาย	ใจดี			U1	student	2021-06-01	2025-05-31	active	somchai.j@ku.th	0812345678		99/1 หมู่ 2, ถนนพหลโยธิน	แขวงลาดยาว	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6410110001 สมชาย ใจดี   somchai.j@ku.th 0812345678	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
d67b9874-ea5c-4336-97c3-056e5e6e4bb1	6410110002	สุดารัตน์	รักเรียน			U1	student	2021-06-01	2025-05-31	active	sudarat.r@ku.th	0891234567		45 ซอยงามวงศ์วาน 25	แขวงลาดยาว	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6410110002 สุดารัตน์ รักเรียน   sudarat.r@ku.th 0891234567	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
e05d2f59-b957-4e7b-a1bb-e6bf737b7e86	6410110003			John	Smith	U1	student	2022-08-15	2026-08-14	active	john.smith@example.com	0955550101		12 Sukhumvit Soi 3	Khlong Toei Nuea	Watthana Bangkok	10110	en	f	f	f	f	Exchange student, spring term	f	6410110003   john smith john.smith@example.com 0955550101	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
2e010d23-f6c5-4c11-b18e-dcbd05acd3eb	6520200004	มาลี	ศรีสุข			U2	student	2022-06-01	2024-05-31	active	malee.s@ku.th	0861234567		88 ถนนงามวงศ์วาน		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6520200004 มาลี ศรีสุข   malee.s@ku.th 0861234567	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
b85a19d0-05f9-4f27-afb5-4b438627c572	6520200005			Thi Lan	Nguyen	U2	student	2022-08-15	2024-08-14	active	lan.nguyen@example.org	0623456789		7 Ngam Wong Wan Rd		Chatuchak Bangkok	10900	en	f	f	f	f		f	6520200005   thi lan nguyen lan.nguyen@example.org 0623456789	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
30efe25b-4892-41cd-9762-17eed1f1552f	T001001	ประเสริฐ	วงศ์สวัสดิ์			U3	staff	2010-04-01	2030-03-31	active	prasert.w@ku.th	0819876543		50 ถนนงามวงศ์วาน		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	t001001 ประเสริฐ วงศ์สวัสดิ์   prasert.w@ku.th 0819876543	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
998b36a4-510a-4b45-8de5-aa3a7f4c485b	T001002			Hiroshi	Tanaka	U3	staff	2018-10-01	2028-09-30	active	h.tanaka@ku.th							en	f	f	f	f		f	t001002   hiroshi tanaka h.tanaka@ku.th 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
55e1cdc3-3991-4322-a807-3a1580166fd7	T001003	อรุณี	แก้วมณี			U3	staff	2015-06-01	2027-05-31	active	arunee.k@ku.th	0923334444		123/45 คอนโดลุมพินี	ถนนพหลโยธิน	เขตจตุจักร	10900	th	f	f	f	f		f	t001003 อรุณี แก้วมณี   arunee.k@ku.th 0923334444	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
33f11816-233a-40ba-97c6-797bd7c08ef3	T001004	ธนากร	บุญมา			U3	staff	2018-01-15	2028-01-14	active		0935556666						th	f	f	f	f		f	t001004 ธนากร บุญมา    0935556666	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
69087cca-fdba-4770-bff9-857c97ad30cf	S002001	วิชัย	ทองคำ			U4	staff	2012-10-01	2026-09-30	active	wichai.t@ku.th	0845557777		9 ซอยพหลโยธิน 45		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	s002001 วิชัย ทองคำ   wichai.t@ku.th 0845557777	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
86bf5875-f78c-417e-9a9f-de907e020801	S002002	พิมพ์ชนก	สายใจ			U4	staff	2019-03-01	2027-02-28	suspended	pimchanok.s@ku.th	0867778888						th	f	f	f	f	ค้างคืนหนังสือ 3 เล่ม	f	s002002 พิมพ์ชนก สายใจ   pimchanok.s@ku.th 0867778888	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
a013a22b-490e-4d2f-ab68-2915ed2dd9a9	EXA-0001	พัฒนพงศ์	กิตติ			U5	external-a	2023-06-01	2024-05-31	active	pattanapong@gmail.com	0891230000		55/7 หมู่บ้านสวนธน, ซอยพุทธบูชา 36	แขวงบางมด	เขตทุ่งครุ กรุงเทพมหานคร	10140	th	f	f	f	f	วางเงินประกัน 500 บาท	f	exa-0001 พัฒนพงศ์ กิตติ   pattanapong@gmail.com 0891230000	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
7c30b496-84b3-42f1-89b1-c12aed269abb	EXA-0002			Emily	Johnson	U5	external-a	2023-09-01	2024-08-31	active	emily.j@example.com	0658889999		1 Wireless Road	Lumphini	Pathum Wan Bangkok	10330	en	f	f	f	f		f	exa-0002   emily johnson emily.j@example.com 0658889999	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
ca3e47c7-06f7-4cef-baf5-db4dec28f1ca	EXA-0003	วรรณา	ศักดิ์ดี			U5	external-a	2024-01-01	2024-12-31	active		0971112233						th	f	f	f	f		f	exa-0003 วรรณา ศักดิ์ดี    0971112233	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
980f2740-82d6-4baf-83b3-90f8d574603d	EXB-0001	ชัยวัฒน์	มั่นคง			Pa1	external-b	2019-01-01	2019-12-31	active	chaiwat.m@hotmail.com							th	f	f	f	f	สมาชิกภายนอกเดิม	f	exb-0001 ชัยวัฒน์ มั่นคง   chaiwat.m@hotmail.com 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
6c96a5e2-82ba-41c8-b1ae-9b8ebca390a6	EXB-0002			Klaus	Müller	U5	external-b	2024-02-01	2025-01-31	active	klaus.mueller@example.de							en	f	f	f	f		f	exb-0002   klaus müller klaus.mueller@example.de 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
44781d3d-7e51-428c-a72b-846090681dd5	EXB-0003	กมลชนก	ศรีสวัสดิ์			U5	external-b	2024-05-15	2025-05-14	active		0612223344						th	f	f	f	f		f	exb-0003 กมลชนก ศรีสวัสดิ์    0612223344	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
876e3922-c06a-4359-acfc-cd66b5aac852	PT-0001	สุรเชษฐ์	เพชรรัตน์			U5	external-b	2024-07-01	2025-06-30	active	surachet.p@outlook.co.th							th	f	f	f	f		f	pt-0001 สุรเชษฐ์ เพชรรัตน์   surachet.p@outlook.co.th 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
79951eeb-046e-4103-83e8-0403af1f81a9	SCH-0001	ภูมิ	จันทร์เพ็ญ			F1	external-b	2024-11-01	2025-03-31	active								th	f	f	f	f	โครงการห้องสมุดสู่โรงเรียน	f	sch-0001 ภูมิ จันทร์เพ็ญ    	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
8974ff9f-89b2-429d-a2e3-af8fc04149b4	SCH-0002	ปวีณา	สุขประเสริฐ			F1	external-b	2024-11-01	2025-03-31	active								th	f	f	f	f		f	sch-0002 ปวีณา สุขประเสริฐ    	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
463ffb39-4727-424c-b2b1-90222c1c0565	EDU-0001	อัมพร	ทองดี			F2	external-b	2024-06-10	2025-06-09	active	amporn.t@school.ac.th	0894445555		โรงเรียนสาธิต	ถนนงามวงศ์วาน	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	edu-0001 อัมพร ทองดี   amporn.t@school.ac.th 0894445555	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
c8c1934d-b8be-4c6b-9754-f0df5de482bc	AL-0001	ณัฐพล	ศิริวัฒน์			Pa3	external-b	2015-06-01	2016-05-31	active	nattapon.s@gmail.com							th	f	f	f	f		f	al-0001 ณัฐพล ศิริวัฒน์   nattapon.s@gmail.com 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
a93556c8-43c5-4b61-b226-37e032c8bd6e	AL-0002			Mei Ling	Chen	Pa3	external-b	2014-06-01	2018-05-31	active	meiling.chen@example.com							en	f	f	f	f		f	al-0002   mei ling chen meiling.chen@example.com 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
b55354b4-6908-4106-960c-946d411cad94	EXA-0004	ธีรวัฒน์	ใจงาม			Pa2	external-a	2020-01-01	2020-12-31	active	teerawat.j@gmail.com	0811119999						th	f	f	f	f		f	exa-0004 ธีรวัฒน์ ใจงาม   teerawat.j@gmail.com 0811119999	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
a1a42c31-0512-4ae3-8dd6-e64115b63505	6410110025	ชนิดา	มีสุข			U1	student	2024-06-01	2028-05-31	active	chanida.m@ku.th							th	f	f	f	f		f	6410110025 ชนิดา มีสุข   chanida.m@ku.th 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
6f46908c-f25d-49a4-9eb1-5d1f151bdecc	6410110026			Emma	Wilson	U2	student	2024-06-01	2028-05-31	active	emma.wilson@example.com							en	f	f	f	f	ป.โท ต่อเนื่อง	f	6410110026   emma wilson emma.wilson@example.com 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
8a85d576-cfca-44e6-b480-c598e8bc2e48	6410110027	ณัฐพงษ์	สมบูรณ์			U1	student	2024-06-01	2028-05-31	active	nattapong.s@ku.th							th	f	f	f	f	ย้ายคณะ, รอเอกสาร	f	6410110027 ณัฐพงษ์ สมบูรณ์   nattapong.s@ku.th 	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
03443768-257f-4875-a60a-90075c515566	6520200028	อนุชา	ประเสริฐศรี			U2	student	2023-06-01	2025-05-31	active		0812349999						th	f	f	f	f		f	6520200028 อนุชา ประเสริฐศรี    0812349999	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
7e2e3575-60da-46a5-89ed-3d7af184f7e9	T001005	กนกวรรณ	ศรีวงศ์			U3	staff	2016-06-01	2031-05-31	active	kanokwan.s@ku.th	0891112222						th	f	f	f	f		f	t001005 กนกวรรณ ศรีวงศ์   kanokwan.s@ku.th 0891112222	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
36ed335d-380c-4e9d-9169-c68f1b34fc78	S002003	สมใจ	บุญเรือง			U4	staff	2011-02-01	2026-01-31	active								th	f	f	f	f		f	s002003 สมใจ บุญเรือง    	2026-12-02 03:48:57.125052+00	2026-12-02 03:48:57.125052+00	f	f	f	f	\N
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
54764baf-909a-4240-a4f8-6f8eee02ca9c	reminder/b319081f-cbc8-4d40-a9fe-36817faf72e2/refund:2026-12-02	reminder	b319081f-cbc8-4d40-a9fe-36817faf72e2	สุดา ขอคืน	postcard	สุดา ขอคืน\n88/8 ถนนห้วยแก้ว\nต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่\n50200		th		เรียน สุดา ขอคืน\nสมาชิกภาพห้องสมุด บัตรหมายเลข DEMO-REFUND ของท่านหมดอายุเมื่อวันที่ 1 ธันวาคม พ.ศ. 2569 ท่านยังมีเงินประกันรอรับคืน 1,000.00 บาท\nกรุณาขอรับเงินคืนภายในวันที่ 1 ธันวาคม พ.ศ. 2570\nขั้นตอน: http://127.0.0.1:8080/refund-steps\nเคาน์เตอร์เปิด จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\nเอกสาร: ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย; สำเนาบัตรประจำตัวประชาชนของสมาชิก; สำเนาหน้าสมุดบัญชีธนาคาร (กรณีรับเงินโอนเข้าบัญชี)\nหากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้ โดยผู้รับมอบอำนาจต้องนำหนังสือมอบอำนาจ (ฉบับจริง) และ สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย		queued	0	2026-12-02 03:48:57.427229+00			\N	\N	\N	refund	2026-12-02 03:48:57.427229+00
8a7b36c5-9bcb-45cf-a4cc-57e62fc83cd1	reminder/631fdb84-5a55-4798-ab27-6cb2ee35b433/renewal:2026-12-02	reminder	631fdb84-5a55-4798-ab27-6cb2ee35b433	อรุณี ต่ออายุ	email	arunee@example.org	postcard	th	สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 1 มกราคม พ.ศ. 2570	เรียน อรุณี ต่ออายุ\n\nบัตรสมาชิกห้องสมุดหมายเลข DEMO-RENEW30 ของท่านจะหมดอายุในวันที่ 1 มกราคม พ.ศ. 2570\nหากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\n\nหากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ http://127.0.0.1:8080/refund-steps\n\nขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด	<!doctype html><html><body style="font-family: Tahoma, sans-serif"><p>เรียน อรุณี ต่ออายุ</p><p>บัตรสมาชิกห้องสมุดหมายเลข DEMO-RENEW30 ของท่านจะหมดอายุในวันที่ 1 มกราคม พ.ศ. 2570<br>หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.</p><p>หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ <a href="http://127.0.0.1:8080/refund-steps">http://127.0.0.1:8080/refund-steps</a></p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน ห้องสมุด</p></body></html>	queued	0	2026-12-02 03:48:57.427229+00			\N	\N	\N	renewal	2026-12-02 03:48:57.427229+00
0b15d4fa-0a44-478a-9130-e6ac7567d5fb	reminder/ae44965a-3cbf-4358-8a05-88a4fd23afb3/refund:2026-12-01	reminder	ae44965a-3cbf-4358-8a05-88a4fd23afb3	อนุชา วงศ์ใหญ่	postcard	อนุชา วงศ์ใหญ่\n66/3 ถนนห้วยแก้ว\nต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่\n50200	email,sms	th		เรียน อนุชา วงศ์ใหญ่\nสมาชิกภาพห้องสมุด บัตรหมายเลข PA100057 ของท่านหมดอายุเมื่อวันที่ 30 พฤศจิกายน พ.ศ. 2569 ท่านยังมีเงินประกันรอรับคืน 1,000.00 บาท\nกรุณาขอรับเงินคืนภายในวันที่ 30 พฤศจิกายน พ.ศ. 2570\nขั้นตอน: http://127.0.0.1:8080/refund-steps\nเคาน์เตอร์เปิด จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\nเอกสาร: ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย; สำเนาบัตรประจำตัวประชาชนของสมาชิก; สำเนาหน้าสมุดบัญชีธนาคาร (กรณีรับเงินโอนเข้าบัญชี)\nหากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้ โดยผู้รับมอบอำนาจต้องนำหนังสือมอบอำนาจ (ฉบับจริง) และ สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย		queued	0	2026-12-02 03:48:57.427229+00			\N	\N	\N	refund	2026-12-02 03:48:57.427229+00
bee02194-209f-43dd-a13f-e5e56ff2b817	reminder/1244ed78-492e-4420-82bf-155b9019cea4/renewal:2026-12-02	reminder	1244ed78-492e-4420-82bf-155b9019cea4	ชาตรี ใกล้หมด	sms	0812345670		th		ห้องสมุด: บัตรสมาชิก DEMO-RENEW7 หมดอายุ 9 ธ.ค. 2569 ต่ออายุที่เคาน์เตอร์ยืม-คืน ขั้นตอนรับเงินประกันคืน http://127.0.0.1:8080/refund-steps		queued	0	2026-12-02 03:48:57.427229+00			\N	\N	\N	renewal	2026-12-02 03:48:57.427229+00
88c27c8c-e011-4596-a19d-c40325f16942	reminder/431dbea5-b626-4e8b-8df2-88d192d83897/renewal:2026-11-26	reminder	431dbea5-b626-4e8b-8df2-88d192d83897	ณัฐวุฒิ มีสุข	email	member59@example.org	sms,postcard	th	สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 26 ธันวาคม พ.ศ. 2569	เรียน ณัฐวุฒิ มีสุข\n\nบัตรสมาชิกห้องสมุดหมายเลข PA100059 ของท่านจะหมดอายุในวันที่ 26 ธันวาคม พ.ศ. 2569\nหากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\n\nหากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ http://127.0.0.1:8080/refund-steps\n\nขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด	<!doctype html><html><body style="font-family: Tahoma, sans-serif"><p>เรียน ณัฐวุฒิ มีสุข</p><p>บัตรสมาชิกห้องสมุดหมายเลข PA100059 ของท่านจะหมดอายุในวันที่ 26 ธันวาคม พ.ศ. 2569<br>หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.</p><p>หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ <a href="http://127.0.0.1:8080/refund-steps">http://127.0.0.1:8080/refund-steps</a></p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน ห้องสมุด</p></body></html>	queued	0	2026-12-02 03:48:57.427229+00			\N	\N	\N	renewal	2026-12-02 03:48:57.427229+00
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
feedback|127.0.0.1	2026-12-02 03:48:58.642205+00
feedback|127.0.0.1	2026-12-02 03:48:58.72202+00
\.


--
-- Data for Name: rate_limit_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rate_limit_keys (bucket_key, touched_at) FROM stdin;
feedback|127.0.0.1	2026-12-02 03:48:58.72202+00
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
13967e20-c09d-4acb-a648-eadb09f1382e	admin	ผู้ดูแลระบบ (Admin)	admin	$2b$12$Plp7VI4/MmYNgLxcXGsyCO6iZzI61cnWKl8jnYvLQJOs9siFoY8Pu	t	2026-12-02 03:48:53.137119+00	2026-12-02 03:48:53.137119+00	\N	f
88bcdece-b542-483d-bfa6-396e10fe08dc	counter	สมหญิง ใจดี (Counter)	counter	$2b$12$euWn5uIf9u8bSBQuUMZrk.01UzzxgLAUdmsfnws4Uv8KLedO7/zKq	t	2026-12-02 03:48:53.722308+00	2026-12-02 03:48:53.722308+00	\N	f
f4ebfc95-3963-4ffd-a2da-f972e692ff3d	team	ทีมลูกค้าสัมพันธ์ (Customer team)	customer-team	$2b$12$15QQqY/TiSZawJEPIcPqXeakCsBNUJE/912BXeJ2J266a4adbh2x2	t	2026-12-02 03:48:54.328299+00	2026-12-02 03:48:54.328299+00	\N	f
a6df16e8-7bb3-482d-b54a-d263300ca6f0	head	หัวหน้างานบริการ (Head)	head	$2b$12$Ui3MWZydc.RDrJhrAtz6wupyJeqk7fHgRSCBIqkLQGZweX0Ely2wm	t	2026-12-02 03:48:54.887187+00	2026-12-02 03:48:54.887187+00	\N	f
82fdff76-6f0d-458b-8411-889d722f40b1	committee	กรรมการ MT (Committee)	committee	$2b$12$1j34pSLNHeEe1ZSoQKaaZu.ydxTb4U3KnFDKAkDliW2wFaNUtS6d.	t	2026-12-02 03:48:55.457132+00	2026-12-02 03:48:55.457132+00	\N	f
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

\unrestrict vnvlqvjDRVzUgrbeekbqSGVZng91Fx0wIelvX1lvjRXcvbXvKXgjFZQSssNNhg1


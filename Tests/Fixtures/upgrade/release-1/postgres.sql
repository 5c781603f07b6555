--
-- PostgreSQL database dump
--

\restrict aM2WgVuDa7EPdNfo1P8YBlbsYhE6E8Bp08nUjCvMDigYf4wObZJwsL4Va8BCEvf

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
-- Name: refuse_feedback_log_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_feedback_log_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'the feedback log is append-only: add a new entry instead'; END;
$$;


--
-- Name: refuse_ledger_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_ledger_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'ledger entries are append-only: add a correction instead'; END;
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
    updated_at timestamp with time zone
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
    updated_at timestamp with time zone
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_migrations (id, name, batch, created_at, updated_at) FROM stdin;
4cfb669a-95e8-4cc8-9502-008fc4d0f0fc	Fluent.SessionRecord.Create	1	2026-12-01 20:24:27.500915+00	2026-12-01 20:24:27.500915+00
4f969b94-bc8f-4781-8cc5-07d1e5628210	PatronCare.CreateStaffUser	1	2026-12-01 20:24:27.521934+00	2026-12-01 20:24:27.521934+00
b89bd69a-6619-4004-a382-59482998b215	PatronCare.CreateMember	1	2026-12-01 20:24:27.556442+00	2026-12-01 20:24:27.556442+00
e98e90b8-7657-42ca-bc2c-288f35adcbdf	PatronCare.CreateMemberDocument	1	2026-12-01 20:24:27.568602+00	2026-12-01 20:24:27.568602+00
eb4e4adb-ffaf-40ce-9430-16b73f242878	PatronCare.CreateDeposits	1	2026-12-01 20:24:27.733434+00	2026-12-01 20:24:27.733434+00
aaef956a-cc7d-4915-95b2-783d679a05c5	PatronCare.CreateOutboxMessage	1	2026-12-01 20:24:27.760787+00	2026-12-01 20:24:27.760787+00
1bf26488-1a1f-40f2-a7ee-896cfa1d4ccc	PatronCare.CreateMessageTemplate	1	2026-12-01 20:24:27.779977+00	2026-12-01 20:24:27.779977+00
7963fd51-5641-4817-b35c-0c1676cde4a1	PatronCare.CreateOutboxAttempt	1	2026-12-01 20:24:27.792826+00	2026-12-01 20:24:27.792826+00
6ca376cc-46bb-4c19-8bd5-ed9ceec51321	PatronCare.CreatePostcardBatch	1	2026-12-01 20:24:27.800797+00	2026-12-01 20:24:27.800797+00
519080e2-8818-46df-b2e6-65a405558165	PatronCare.CreateFeedback	1	2026-12-01 20:24:27.94079+00	2026-12-01 20:24:27.94079+00
\.


--
-- Data for Name: _fluent_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_sessions (id, key, data) FROM stdin;
6b40df6b-b6ed-4c90-95b4-28a360b1a3ac	k+UGc885kedYqiONP2BD/hQ2rXACOnq6DjQ8lckI6iU=	{"csrf": "NYny2adVGmD6Pomw60XqmoYyjseO/rUa7YS19bA4S+M="}
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
-- Data for Name: deposits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deposits (id, member_id, receipt_number, fiscal_year, receipt_sequence, amount_satang, balance_satang, received_on, last_claim_day, source, created_at, updated_at) FROM stdin;
120778e6-b667-485a-839e-cdfcc4de7d20	971e0840-95a6-457c-8151-fd77c56fa679	H-DEMO-RENEW7	\N	\N	100000	100000	2025-12-09	2027-12-09	import	2026-12-01 20:24:30.418831+00	2026-12-01 20:24:30.418831+00
f0913292-fb9d-46a9-a42f-0cd928848879	6e0ef474-1341-4775-a46e-65c22eb01e39	H-DEMO-REFUND	\N	\N	100000	100000	2025-12-01	2027-12-01	import	2026-12-01 20:24:30.424954+00	2026-12-01 20:24:30.424954+00
bf5cec82-433b-4c70-a1fa-50e974b817fc	f3cd6a49-6b3f-42a9-9a75-48a3c7f859e0	H-DEMO-OLD1	\N	\N	100000	0	2024-06-10	2026-06-10	import	2026-12-01 20:24:30.427986+00	2026-12-01 20:24:30.427986+00
a8c0c3d6-648c-482e-9cb8-aebc4259443c	72eea0e6-aacb-45cf-a8ca-0f48a5fb6614	H-DEMO-OLD2	\N	\N	100000	100000	2024-05-01	2026-05-01	import	2026-12-01 20:24:30.432704+00	2026-12-01 20:24:30.432704+00
f3f06706-7ce8-43ec-91a9-9bbd62acdeb9	6e1b5ef4-adff-4b9f-b025-c3b40d52f29a	H-U500033	\N	\N	100000	100000	2025-01-22	2027-01-22	import	2026-12-01 20:24:30.437677+00	2026-12-01 20:24:30.437677+00
9a88ad8e-7779-4321-bc76-86082e9100ee	9eb47aa8-8853-445a-a2b3-11cbd5421754	H-U500035	\N	\N	100000	0	2025-02-17	2027-02-17	import	2026-12-01 20:24:30.44075+00	2026-12-01 20:24:30.44075+00
72c475e5-bef3-46cc-b5cf-0edd1aa71364	aa459070-d59a-4aa6-94ce-3c724bfcb058	H-U500037	\N	\N	100000	100000	2025-03-15	2027-03-15	import	2026-12-01 20:24:30.445152+00	2026-12-01 20:24:30.445152+00
36161fbf-d9df-474f-94b8-2e9406d8d4b4	c6b75243-2736-4115-a246-0247426a6cb3	H-U500039	\N	\N	100000	100000	2025-04-10	2027-04-10	import	2026-12-01 20:24:30.448361+00	2026-12-01 20:24:30.448361+00
973c51e9-8fe9-483b-9dc1-83f4166f2e6c	18e95d89-0700-49be-9ae5-0a04a3a9a676	H-PA100057	\N	\N	100000	100000	2025-11-30	2027-11-30	import	2026-12-01 20:24:30.451515+00	2026-12-01 20:24:30.451515+00
91e3c7d9-90e6-4705-bef1-1654c3e55b4b	77daf2da-3883-4d20-b708-aead59fa5711	H-PA100059	\N	\N	100000	100000	2025-12-26	2027-12-26	import	2026-12-01 20:24:30.456762+00	2026-12-01 20:24:30.456762+00
144e9eac-eb8d-465b-9645-ba25b246f201	9831d856-00bd-4a75-a330-9dc5d2947f3e	H-PA100061	\N	\N	100000	100000	2026-01-21	2028-01-21	import	2026-12-01 20:24:30.459634+00	2026-12-01 20:24:30.459634+00
abcc30fe-6d82-4283-a4f1-3b32735a5a53	725a7793-7440-4e11-9c59-f5e6f3244be9	H-PA100063	\N	\N	100000	100000	2026-02-16	2028-02-16	import	2026-12-01 20:24:30.462485+00	2026-12-01 20:24:30.462485+00
5eea13fa-0b97-4605-8597-4d870b87b0ac	3432b057-8267-4703-a4d7-290d0917deac	H-PA200065	\N	\N	100000	100000	2026-03-14	2028-03-14	import	2026-12-01 20:24:30.465376+00	2026-12-01 20:24:30.465376+00
3c0cc7b6-1a5f-4ad6-a659-984afb0f156d	4e344226-ad84-4eb0-a96b-ae68ca5b882c	H-PA200067	\N	\N	100000	100000	2026-04-09	2028-04-09	import	2026-12-01 20:24:30.468165+00	2026-12-01 20:24:30.468165+00
cabe63e7-bdf1-40c2-b86a-440f78825ee1	6d068175-0901-4b44-88e6-f5a90d429b28	H-PA200069	\N	\N	100000	100000	2026-05-05	2028-05-05	import	2026-12-01 20:24:30.47108+00	2026-12-01 20:24:30.47108+00
8b4adaf7-0dc8-48c0-aad4-53a78e832740	1e5bfe35-e3b6-446c-821e-cf255c3f3bb4	H-PA200071	\N	\N	100000	100000	2026-05-31	2028-05-31	import	2026-12-01 20:24:30.476332+00	2026-12-01 20:24:30.476332+00
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
ce3ecdeb-80f3-4daf-af7f-1c96ea9fe8d6	FB-2569-000001-3	2569	1	complaint	web-form	study-spaces	U1	th	แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น	ทดสอบการย้ายฐานข้อมูล	มาลี	malee@example.org		email	t	f	\N	received	0				2026-12-01 20:24:31.6404+00	2026-12-02	2026-12-02	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-01 20:24:31.645003+00	2026-12-01 20:24:31.645003+00
1ab851d5-0ef2-4b1e-893f-9b3e4118caf8	FB-2569-000002-1	2569	2	compliment	web-form	study-spaces	U1	th	ขอบคุณเจ้าหน้าที่เคาน์เตอร์	ทดสอบการย้ายฐานข้อมูล					f	t	\N	received	0				2026-12-01 20:24:31.691539+00	2026-12-02	2026-12-18	\N	\N	\N	\N	\N	f	\N	f	\N	\N	0	2026-12-01 20:24:31.693886+00	2026-12-01 20:24:31.693886+00
\.


--
-- Data for Name: feedback_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.feedback_log (id, item_id, at, actor_kind, actor_id, actor_name, actor_role, action, from_status, to_status, note, is_public, seq) FROM stdin;
d8d168b4-5553-41e1-8ed7-2dd842a9d4d7	ce3ecdeb-80f3-4daf-af7f-1c96ea9fe8d6	2026-12-01 20:24:31.6404+00	submitter			\N	receive	\N	received	Web form	t	0
3beefee7-19ad-490b-ac81-cbf797360d12	1ab851d5-0ef2-4b1e-893f-9b3e4118caf8	2026-12-01 20:24:31.691539+00	submitter			\N	receive	\N	received	Web form	t	0
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
127.0.0.1	2026-12-01 20:24:31.635699+00
127.0.0.1	2026-12-01 20:24:31.68861+00
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
-- Data for Name: ledger_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, corrects_id, reason, recorded_by_id, recorded_by_name, recorded_at, counter, payment_method, idempotency_key, documents, proxy_name, proxy_id_number, proxy_letter_date, override_reason, forfeiture_batch_id) FROM stdin;
df94e641-b340-43b6-bc7a-e61fe66bd6da	120778e6-b667-485a-839e-cdfcc4de7d20	971e0840-95a6-457c-8151-fd77c56fa679	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-09 05:00:00+00	history import	cash	\N				\N		\N
8c7c4064-61eb-48e7-b8f2-5ba101284c03	f0913292-fb9d-46a9-a42f-0cd928848879	6e0ef474-1341-4775-a46e-65c22eb01e39	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-01 05:00:00+00	history import	cash	\N				\N		\N
64a5553f-7ece-48b1-9a0a-eefa7453ecb8	bf5cec82-433b-4c70-a1fa-50e974b817fc	f3cd6a49-6b3f-42a9-9a75-48a3c7f859e0	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2024-06-10 05:00:00+00	history import	cash	\N				\N		\N
957c3c19-9e32-40b2-bf19-78a34f732717	bf5cec82-433b-4c70-a1fa-50e974b817fc	f3cd6a49-6b3f-42a9-9a75-48a3c7f859e0	refunded	100000	-100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-07-10 05:00:00+00	history import	cash	\N				\N		\N
b5b32f3b-431e-4dd8-91e4-2fbb428d7b0c	a8c0c3d6-648c-482e-9cb8-aebc4259443c	72eea0e6-aacb-45cf-a8ca-0f48a5fb6614	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2024-05-01 05:00:00+00	history import	cash	\N				\N		\N
924a25fb-169f-4bca-8dc7-5cade8748879	f3f06706-7ce8-43ec-91a9-9bbd62acdeb9	6e1b5ef4-adff-4b9f-b025-c3b40d52f29a	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-01-22 05:00:00+00	history import	cash	\N				\N		\N
b70c8032-3f54-4b7b-9fcc-70d6e6f49124	9a88ad8e-7779-4321-bc76-86082e9100ee	9eb47aa8-8853-445a-a2b3-11cbd5421754	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-02-17 05:00:00+00	history import	cash	\N				\N		\N
42d7c83f-6bb7-44a7-8b9c-25123510fe19	9a88ad8e-7779-4321-bc76-86082e9100ee	9eb47aa8-8853-445a-a2b3-11cbd5421754	refunded	100000	-100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-03-17 05:00:00+00	history import	cash	\N				\N		\N
84f47889-4ea0-4250-93b2-376d6d9e0202	72c475e5-bef3-46cc-b5cf-0edd1aa71364	aa459070-d59a-4aa6-94ce-3c724bfcb058	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-03-15 05:00:00+00	history import	cash	\N				\N		\N
852a76b9-d438-431a-9f2f-14b81aacb29a	36161fbf-d9df-474f-94b8-2e9406d8d4b4	c6b75243-2736-4115-a246-0247426a6cb3	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-04-10 05:00:00+00	history import	cash	\N				\N		\N
f12af896-52c9-4e09-819f-f0f53d29ce1f	973c51e9-8fe9-483b-9dc1-83f4166f2e6c	18e95d89-0700-49be-9ae5-0a04a3a9a676	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-11-30 05:00:00+00	history import	cash	\N				\N		\N
e45998ee-15c1-4f78-94fc-613c1463a53b	91e3c7d9-90e6-4705-bef1-1654c3e55b4b	77daf2da-3883-4d20-b708-aead59fa5711	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2025-12-26 05:00:00+00	history import	cash	\N				\N		\N
b92de84e-a54e-47da-906b-6d17d0f57d60	144e9eac-eb8d-465b-9645-ba25b246f201	9831d856-00bd-4a75-a330-9dc5d2947f3e	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-01-21 05:00:00+00	history import	cash	\N				\N		\N
3b411ff2-317f-4e66-baee-b5fde9eae623	abcc30fe-6d82-4283-a4f1-3b32735a5a53	725a7793-7440-4e11-9c59-f5e6f3244be9	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-02-16 05:00:00+00	history import	cash	\N				\N		\N
e6be3dd5-2672-4410-be00-b3c716364550	5eea13fa-0b97-4605-8597-4d870b87b0ac	3432b057-8267-4703-a4d7-290d0917deac	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-03-14 05:00:00+00	history import	cash	\N				\N		\N
27c092e0-9c93-40d4-abaf-e145a214f293	3c0cc7b6-1a5f-4ad6-a659-984afb0f156d	4e344226-ad84-4eb0-a96b-ae68ca5b882c	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-04-09 05:00:00+00	history import	cash	\N				\N		\N
75bede16-b645-49f2-b637-47dcf285f201	cabe63e7-bdf1-40c2-b86a-440f78825ee1	6d068175-0901-4b44-88e6-f5a90d429b28	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-05-05 05:00:00+00	history import	cash	\N				\N		\N
aba6117e-4713-4dc4-a585-85689304a237	8b4adaf7-0dc8-48c0-aad4-53a78e832740	1e5bfe35-e3b6-446c-821e-cf255c3f3bb4	received	100000	100000	\N	นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded	history-import	นำเข้าประวัติเดิม (history import)	2026-05-31 05:00:00+00	history import	cash	\N				\N		\N
\.


--
-- Data for Name: member_documents; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.member_documents (id, member_id, name, kind, dated_on, recorded_by, stored_file, created_at) FROM stdin;
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.members (id, card_number, first_name_th, last_name_th, first_name_en, last_name_en, segment, membership_type, enrolled_on, expires_on, status, email, mobile, line_user_id, address_line1, address_line2, address_line3, postcode, preferred_language, consent_postcard, consent_email, consent_sms, consent_line, notes, reminders_opt_out, search_text, created_at, updated_at) FROM stdin;
479dbc95-c82f-4e03-a6bc-d68a1be2951d	DEMO-RENEW30	อรุณี	ต่ออายุ	Arunee	Renew	U5	external-b	2026-01-01	2027-01-01	active	arunee@example.org			5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	f	f		f	demo-renew30 อรุณี ต่ออายุ arunee renew arunee@example.org 	2026-12-01 20:24:30.172178+00	2026-12-01 20:24:30.172178+00
971e0840-95a6-457c-8151-fd77c56fa679	DEMO-RENEW7	ชาตรี	ใกล้หมด	Chatree	Soon	U5	external-a	2025-12-09	2026-12-09	active		0812345670						th	f	f	t	f		f	demo-renew7 ชาตรี ใกล้หมด chatree soon  0812345670	2026-12-01 20:24:30.175511+00	2026-12-01 20:24:30.175511+00
6e0ef474-1341-4775-a46e-65c22eb01e39	DEMO-REFUND	สุดา	ขอคืน	Suda	Refund	Pa1	external-a	2025-12-01	2026-12-01	active				88/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-refund สุดา ขอคืน suda refund  	2026-12-01 20:24:30.182123+00	2026-12-01 20:24:30.182123+00
f3cd6a49-6b3f-42a9-9a75-48a3c7f859e0	DEMO-OLD1	ประยุทธ	ลืมคืน1	Prayut	Forgot	Pa1	external-a	2024-06-10	2025-06-10	active				1 ถนนสุเทพ		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-old1 ประยุทธ ลืมคืน1 prayut forgot  	2026-12-01 20:24:30.184475+00	2026-12-01 20:24:30.184475+00
72eea0e6-aacb-45cf-a8ca-0f48a5fb6614	DEMO-OLD2	ประยุทธ	ลืมคืน2	Prayut	Forgot	Pa1	external-a	2024-05-01	2025-05-01	active				2 ถนนสุเทพ		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	f	f	f		f	demo-old2 ประยุทธ ลืมคืน2 prayut forgot  	2026-12-01 20:24:30.188398+00	2026-12-01 20:24:30.188398+00
5da943f7-59fb-4c1c-9140-22e33f1c7b97	U100001	สมชาย	ใจดี	Somchai	Boonma	U1	student	2023-12-02	2024-12-02	suspended	member1@example.org	0810000000	Uaaaaaaaa0	10/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u100001 สมชาย ใจดี somchai boonma member1@example.org 0810000000	2026-12-01 20:24:30.190656+00	2026-12-01 20:24:30.190656+00
d5e6d5b6-12bc-4f95-8bed-cdee40144996	U100002	สมหญิง	รักเรียน	Somying	Kaewmanee	U1	student	2023-12-15	2024-12-15	active	member2@example.org	0810007919		11/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u100002 สมหญิง รักเรียน somying kaewmanee member2@example.org 0810007919	2026-12-01 20:24:30.192685+00	2026-12-01 20:24:30.192685+00
019d8b9e-299d-4bec-b431-dd514029397a	U100003	วิชัย	ศรีสุข	Wichai	Thongdee	U1	student	2023-12-28	2024-12-28	active	member3@example.org	0810015838		12/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u100003 วิชัย ศรีสุข wichai thongdee member3@example.org 0810015838	2026-12-01 20:24:30.194685+00	2026-12-01 20:24:30.194685+00
a98d01cd-8dd0-4004-a991-660b50ca79d4	U100004	มาลี	บุญมา	Malee	Saisuwan	U1	student	2024-01-10	2025-01-10	active	member4@example.org	0810023757	Uaaaaaaaa3	13/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u100004 มาลี บุญมา malee saisuwan member4@example.org 0810023757	2026-12-01 20:24:30.196629+00	2026-12-01 20:24:30.196629+00
1d76a416-152b-4546-a189-49cc8379ea71	U100005			Prasert	Pongpaiboon	U1	student	2024-01-23	2025-01-23	active	member5@example.org	0810031676		14/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	u100005   prasert pongpaiboon member5@example.org 0810031676	2026-12-01 20:24:30.198564+00	2026-12-01 20:24:30.198564+00
51a1886e-6b97-4849-882a-791245784c71	U100006	กนกพร	ทองดี	Kanokporn	Wongyai	U1	student	2024-02-05	2025-02-05	active	member6@example.org	0810039595		15/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u100006 กนกพร ทองดี kanokporn wongyai member6@example.org 0810039595	2026-12-01 20:24:30.204378+00	2026-12-01 20:24:30.204378+00
e7a94393-0f77-4926-8809-767ef85a20b7	U100007	ธนากร	สายสุวรรณ	Thanakorn	Jankaew	U1	student	2024-02-18	2025-02-18	active	member7@example.org	0810047514	Uaaaaaaaa6	16/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u100007 ธนากร สายสุวรรณ thanakorn jankaew member7@example.org 0810047514	2026-12-01 20:24:30.206542+00	2026-12-01 20:24:30.206542+00
1c8e4df9-753f-4e4c-91bf-d3912ff8038b	U100008	ศิริพร	พงษ์ไพบูลย์	Siriporn	Meesuk	U1	student	2024-03-03	2025-03-03	active	member8@example.org	0810055433		17/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u100008 ศิริพร พงษ์ไพบูลย์ siriporn meesuk member8@example.org 0810055433	2026-12-01 20:24:30.208554+00	2026-12-01 20:24:30.208554+00
e9bc8ff3-b768-4f4d-b7fe-3a6c42f8f280	U200009	อนุชา	วงศ์ใหญ่	Anucha	Petcharat	U2	student	2024-03-16	2025-03-16	active	member9@example.org	0810063352		18/9 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u200009 อนุชา วงศ์ใหญ่ anucha petcharat member9@example.org 0810063352	2026-12-01 20:24:30.210584+00	2026-12-01 20:24:30.210584+00
1d667f4d-332a-4589-83f4-5ffc438e7118	U200010			Pimchanok	Jaidee	U2	student	2024-03-29	2025-03-29	active	member10@example.org	0810071271	Uaaaaaaaa9	19/1 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	t		f	u200010   pimchanok jaidee member10@example.org 0810071271	2026-12-01 20:24:30.212665+00	2026-12-01 20:24:30.212665+00
8eb1a9c4-f282-4ab5-8994-df805f62594c	U200011	ณัฐวุฒิ	มีสุข	Nattawut	Rakrian	U2	student	2024-04-11	2025-04-11	active	member11@example.org	0810079190		20/2 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u200011 ณัฐวุฒิ มีสุข nattawut rakrian member11@example.org 0810079190	2026-12-01 20:24:30.214594+00	2026-12-01 20:24:30.214594+00
71277c1e-3490-4743-b796-9f61dd471d97	U200012	สุภาพร	เพชรรัตน์	Supaporn	Srisuk	U2	student	2024-04-24	2025-04-24	active	member12@example.org	0810087109		21/3 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u200012 สุภาพร เพชรรัตน์ supaporn srisuk member12@example.org 0810087109	2026-12-01 20:24:30.216488+00	2026-12-01 20:24:30.216488+00
987e4551-d7b3-4d06-ba15-44b6f87f6c4a	U200013	กิตติ	ใจดี	Kitti	Boonma	U2	student	2024-05-07	2025-05-07	active	member13@example.org	0810095028	Uaaaaaaaa12	22/4 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u200013 กิตติ ใจดี kitti boonma member13@example.org 0810095028	2026-12-01 20:24:30.218393+00	2026-12-01 20:24:30.218393+00
c1fab5eb-7dce-43b8-8352-6fef6b12602e	U200014	จันทร์เพ็ญ	รักเรียน	Janpen	Kaewmanee	U2	student	2024-05-20	2025-05-20	active	member14@example.org	0810102947		23/5 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u200014 จันทร์เพ็ญ รักเรียน janpen kaewmanee member14@example.org 0810102947	2026-12-01 20:24:30.220342+00	2026-12-01 20:24:30.220342+00
e5253a41-f314-4b5b-be2b-98bfb9850c53	T001004	ธนากร	บุญมา			U3	staff	2018-01-15	2028-01-14	active		0935556666						th	f	f	f	f		f	t001004 ธนากร บุญมา    0935556666	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
f85a8668-4129-4851-9272-f4481db6c26e	U200015			Worawut	Thongdee	U2	student	2024-06-02	2025-06-02	active	member15@example.org	0810110866		24/6 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	u200015   worawut thongdee member15@example.org 0810110866	2026-12-01 20:24:30.22224+00	2026-12-01 20:24:30.22224+00
1be6b573-d252-4083-8ec1-3705a24c3960	U200016	ปิยะนุช	บุญมา	Piyanut	Saisuwan	U2	student	2024-06-15	2025-06-15	active	member16@example.org	0810118785	Uaaaaaaaa15	25/7 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u200016 ปิยะนุช บุญมา piyanut saisuwan member16@example.org 0810118785	2026-12-01 20:24:30.224287+00	2026-12-01 20:24:30.224287+00
fb8b7657-1287-4760-95bc-032a133e6968	U300017	สมชาย	แก้วมณี	Somchai	Pongpaiboon	U3	staff	2024-06-28	2025-06-28	active	member17@example.org	0810126704		26/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u300017 สมชาย แก้วมณี somchai pongpaiboon member17@example.org 0810126704	2026-12-01 20:24:30.228415+00	2026-12-01 20:24:30.228415+00
0939f387-c490-4063-8a64-43fb91b9dc5a	U300018	สมหญิง	ทองดี	Somying	Wongyai	U3	staff	2024-07-11	2025-07-11	active	member18@example.org	0810134623		27/9 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u300018 สมหญิง ทองดี somying wongyai member18@example.org 0810134623	2026-12-01 20:24:30.232346+00	2026-12-01 20:24:30.232346+00
ff0ad94a-7657-4330-9a92-777c46d84fdb	U300019	วิชัย	สายสุวรรณ	Wichai	Jankaew	U3	staff	2024-07-24	2025-07-24	active	member19@example.org	0810142542	Uaaaaaaaa18	28/1 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u300019 วิชัย สายสุวรรณ wichai jankaew member19@example.org 0810142542	2026-12-01 20:24:30.234322+00	2026-12-01 20:24:30.234322+00
a2cbfd79-5342-4583-b723-54ac6b8dcd40	U300020			Malee	Meesuk	U3	staff	2024-08-06	2025-08-06	active	member20@example.org	0810150461		29/2 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	u300020   malee meesuk member20@example.org 0810150461	2026-12-01 20:24:30.236321+00	2026-12-01 20:24:30.236321+00
cdf99476-f729-484b-8151-a783ef27eeb3	U300021	ประเสริฐ	วงศ์ใหญ่	Prasert	Petcharat	U3	staff	2024-08-19	2025-08-19	active	member21@example.org	0810158380		30/3 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u300021 ประเสริฐ วงศ์ใหญ่ prasert petcharat member21@example.org 0810158380	2026-12-01 20:24:30.238849+00	2026-12-01 20:24:30.238849+00
28d56299-676d-407c-b9b8-1a277ef23b60	U300022	กนกพร	จันทร์แก้ว	Kanokporn	Jaidee	U3	staff	2024-09-01	2025-09-01	active	member22@example.org	0810166299	Uaaaaaaaa21	31/4 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	u300022 กนกพร จันทร์แก้ว kanokporn jaidee member22@example.org 0810166299	2026-12-01 20:24:30.244374+00	2026-12-01 20:24:30.244374+00
c4929f76-785b-4bd7-afe3-4be1e7e491f3	U300023	ธนากร	มีสุข	Thanakorn	Rakrian	U3	staff	2024-09-14	2025-09-14	active	member23@example.org	0810174218		32/5 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u300023 ธนากร มีสุข thanakorn rakrian member23@example.org 0810174218	2026-12-01 20:24:30.246477+00	2026-12-01 20:24:30.246477+00
800d5db2-80ef-4261-930d-396d86883b2a	U300024	ศิริพร	เพชรรัตน์	Siriporn	Srisuk	U3	staff	2024-09-27	2025-09-27	suspended	member24@example.org	0810182137		33/6 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u300024 ศิริพร เพชรรัตน์ siriporn srisuk member24@example.org 0810182137	2026-12-01 20:24:30.248509+00	2026-12-01 20:24:30.248509+00
d0449780-de20-47f3-995d-9f6cc968ef6f	U400025			Anucha	Boonma	U4	staff	2024-10-10	2025-10-10	active	member25@example.org	0810190056	Uaaaaaaaa24	34/7 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	t		f	u400025   anucha boonma member25@example.org 0810190056	2026-12-01 20:24:30.250512+00	2026-12-01 20:24:30.250512+00
32682587-c744-45fa-a303-e396700dfb7b	U400026	พิมพ์ชนก	รักเรียน	Pimchanok	Kaewmanee	U4	staff	2024-10-23	2025-10-23	active	member26@example.org	0810197975		35/8 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u400026 พิมพ์ชนก รักเรียน pimchanok kaewmanee member26@example.org 0810197975	2026-12-01 20:24:30.25242+00	2026-12-01 20:24:30.25242+00
6b4fc7db-23ed-4510-a44d-79f057dbc219	U400027	ณัฐวุฒิ	ศรีสุข	Nattawut	Thongdee	U4	staff	2024-11-05	2025-11-05	active	member27@example.org	0810205894		36/9 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u400027 ณัฐวุฒิ ศรีสุข nattawut thongdee member27@example.org 0810205894	2026-12-01 20:24:30.254381+00	2026-12-01 20:24:30.254381+00
e4f1beb2-0808-4553-95fe-926589fe6a39	U400028	สุภาพร	บุญมา	Supaporn	Saisuwan	U4	staff	2024-11-18	2025-11-18	active	member28@example.org	0810213813	Uaaaaaaaa27	37/1 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	u400028 สุภาพร บุญมา supaporn saisuwan member28@example.org 0810213813	2026-12-01 20:24:30.256297+00	2026-12-01 20:24:30.256297+00
19b2a2cb-0987-4567-b1ab-7b412ba1b31e	U400029	กิตติ	แก้วมณี	Kitti	Pongpaiboon	U4	staff	2024-12-01	2025-12-01	active	member29@example.org	0810221732		38/2 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u400029 กิตติ แก้วมณี kitti pongpaiboon member29@example.org 0810221732	2026-12-01 20:24:30.26094+00	2026-12-01 20:24:30.26094+00
603bf832-eece-46de-a2b1-a4125d68f45d	U400030			Janpen	Wongyai	U4	staff	2024-12-14	2025-12-14	active	member30@example.org	0810229651		39/3 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	f		f	u400030   janpen wongyai member30@example.org 0810229651	2026-12-01 20:24:30.264375+00	2026-12-01 20:24:30.264375+00
cea85e7a-35fb-4128-9227-9cee817d99ec	U400031	วรวุฒิ	สายสุวรรณ	Worawut	Jankaew	U4	staff	2024-12-27	2025-12-27	active	member31@example.org	0810237570	Uaaaaaaaa30	40/4 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	u400031 วรวุฒิ สายสุวรรณ worawut jankaew member31@example.org 0810237570	2026-12-01 20:24:30.266334+00	2026-12-01 20:24:30.266334+00
632de971-9a61-4c91-9177-18fce168b28e	U400032	ปิยะนุช	พงษ์ไพบูลย์	Piyanut	Meesuk	U4	staff	2025-01-09	2026-01-09	active	member32@example.org	0810245489		41/5 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u400032 ปิยะนุช พงษ์ไพบูลย์ piyanut meesuk member32@example.org 0810245489	2026-12-01 20:24:30.268254+00	2026-12-01 20:24:30.268254+00
98f53c87-df95-462e-8560-b96f211f657c	S002001	วิชัย	ทองคำ			U4	staff	2012-10-01	2026-09-30	active	wichai.t@ku.th	0845557777		9 ซอยพหลโยธิน 45		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	s002001 วิชัย ทองคำ   wichai.t@ku.th 0845557777	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
6e1b5ef4-adff-4b9f-b025-c3b40d52f29a	U500033	สมชาย	วงศ์ใหญ่	Somchai	Petcharat	U5	external-a	2025-01-22	2026-01-22	active	member33@example.org	0810253408		42/6 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	u500033 สมชาย วงศ์ใหญ่ somchai petcharat member33@example.org 0810253408	2026-12-01 20:24:30.270296+00	2026-12-01 20:24:30.270296+00
84aeb711-f317-43c2-8202-b3d1d6096b33	U500034	สมหญิง	จันทร์แก้ว	Somying	Jaidee	U5	external-b	2025-02-04	2026-02-04	active	member34@example.org	0810261327	Uaaaaaaaa33	43/7 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	u500034 สมหญิง จันทร์แก้ว somying jaidee member34@example.org 0810261327	2026-12-01 20:24:30.276391+00	2026-12-01 20:24:30.276391+00
9eb47aa8-8853-445a-a2b3-11cbd5421754	U500035			Wichai	Rakrian	U5	external-a	2025-02-17	2026-02-17	active	member35@example.org	0810269246		44/8 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	u500035   wichai rakrian member35@example.org 0810269246	2026-12-01 20:24:30.278538+00	2026-12-01 20:24:30.278538+00
2c3a355e-d0e7-49f7-9754-00f503c894eb	U500036	มาลี	เพชรรัตน์	Malee	Srisuk	U5	external-b	2025-03-02	2026-03-02	active	member36@example.org	0810277165		45/9 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	u500036 มาลี เพชรรัตน์ malee srisuk member36@example.org 0810277165	2026-12-01 20:24:30.280594+00	2026-12-01 20:24:30.280594+00
aa459070-d59a-4aa6-94ce-3c724bfcb058	U500037	ประเสริฐ	ใจดี	Prasert	Boonma	U5	external-a	2025-03-15	2026-03-15	active	member37@example.org	0810285084	Uaaaaaaaa36	46/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	u500037 ประเสริฐ ใจดี prasert boonma member37@example.org 0810285084	2026-12-01 20:24:30.282554+00	2026-12-01 20:24:30.282554+00
80915491-9e2f-4527-b355-60cc79d89227	U500038	กนกพร	รักเรียน	Kanokporn	Kaewmanee	U5	external-b	2025-03-28	2026-03-28	active	member38@example.org	0810293003		47/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	u500038 กนกพร รักเรียน kanokporn kaewmanee member38@example.org 0810293003	2026-12-01 20:24:30.284516+00	2026-12-01 20:24:30.284516+00
c6b75243-2736-4115-a246-0247426a6cb3	U500039	ธนากร	ศรีสุข	Thanakorn	Thongdee	U5	external-a	2025-04-10	2026-04-10	active	member39@example.org	0810300922		48/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	u500039 ธนากร ศรีสุข thanakorn thongdee member39@example.org 0810300922	2026-12-01 20:24:30.286552+00	2026-12-01 20:24:30.286552+00
3eae2a95-c120-40ad-a4a6-b20a57034013	U500040			Siriporn	Saisuwan	U5	external-b	2025-04-23	2026-04-23	active	member40@example.org	0810308841	Uaaaaaaaa39	49/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	t		f	u500040   siriporn saisuwan member40@example.org 0810308841	2026-12-01 20:24:30.288497+00	2026-12-01 20:24:30.288497+00
30b90098-10f5-41ea-bbd7-2b305d7ac69f	F100041	อนุชา	แก้วมณี	Anucha	Pongpaiboon	F1	external-b	2025-05-06	2026-05-06	active	member41@example.org	0810316760		50/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	f100041 อนุชา แก้วมณี anucha pongpaiboon member41@example.org 0810316760	2026-12-01 20:24:30.292874+00	2026-12-01 20:24:30.292874+00
146906dd-c0be-43af-9857-b495639f2de5	F100042	พิมพ์ชนก	ทองดี	Pimchanok	Wongyai	F1	external-b	2025-05-19	2026-05-19	active	member42@example.org	0810324679		51/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	f100042 พิมพ์ชนก ทองดี pimchanok wongyai member42@example.org 0810324679	2026-12-01 20:24:30.296359+00	2026-12-01 20:24:30.296359+00
9e2fad05-8583-4dd5-9abf-fc98d5aabcc3	F100043	ณัฐวุฒิ	สายสุวรรณ	Nattawut	Jankaew	F1	external-b	2025-06-01	2026-06-01	active	member43@example.org	0810332598	Uaaaaaaaa42	52/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	f100043 ณัฐวุฒิ สายสุวรรณ nattawut jankaew member43@example.org 0810332598	2026-12-01 20:24:30.298354+00	2026-12-01 20:24:30.298354+00
4e7e5387-43a2-4df1-ada1-b2e43ddfc8ff	F100044	สุภาพร	พงษ์ไพบูลย์	Supaporn	Meesuk	F1	external-b	2025-06-14	2026-06-14	active	member44@example.org	0810340517		53/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f100044 สุภาพร พงษ์ไพบูลย์ supaporn meesuk member44@example.org 0810340517	2026-12-01 20:24:30.300405+00	2026-12-01 20:24:30.300405+00
40371efa-f961-431b-9fa3-b2152c6a0ab4	F100045			Kitti	Petcharat	F1	external-b	2025-06-27	2026-06-27	active	member45@example.org	0810348436		54/9 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	f100045   kitti petcharat member45@example.org 0810348436	2026-12-01 20:24:30.302368+00	2026-12-01 20:24:30.302368+00
88459de8-4bb4-4a6f-8b86-1b99a542abe1	F100046	จันทร์เพ็ญ	จันทร์แก้ว	Janpen	Jaidee	F1	external-b	2025-07-10	2026-07-10	active	member46@example.org	0810356355	Uaaaaaaaa45	55/1 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	f100046 จันทร์เพ็ญ จันทร์แก้ว janpen jaidee member46@example.org 0810356355	2026-12-01 20:24:30.308438+00	2026-12-01 20:24:30.308438+00
3f8a7635-8b4b-4b40-be6f-520eeaa45480	F100047	วรวุฒิ	มีสุข	Worawut	Rakrian	F1	external-b	2025-07-23	2026-07-23	suspended	member47@example.org	0810364274		56/2 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	f100047 วรวุฒิ มีสุข worawut rakrian member47@example.org 0810364274	2026-12-01 20:24:30.310765+00	2026-12-01 20:24:30.310765+00
e3f42b51-5036-4542-b3b7-1e6c5b5ea071	F100048	ปิยะนุช	เพชรรัตน์	Piyanut	Srisuk	F1	external-b	2025-08-05	2026-08-05	active	member48@example.org	0810372193		57/3 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f100048 ปิยะนุช เพชรรัตน์ piyanut srisuk member48@example.org 0810372193	2026-12-01 20:24:30.312795+00	2026-12-01 20:24:30.312795+00
4b82bf1c-3092-463e-9a11-7fc8fdc434e7	F200049	สมชาย	ใจดี	Somchai	Boonma	F2	external-b	2025-08-18	2026-08-18	active	member49@example.org	0810380112	Uaaaaaaaa48	58/4 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	f200049 สมชาย ใจดี somchai boonma member49@example.org 0810380112	2026-12-01 20:24:30.314802+00	2026-12-01 20:24:30.314802+00
6fe31e91-e880-48ce-94e2-b22406bfbe5f	F200050			Somying	Kaewmanee	F2	external-b	2025-08-31	2026-08-31	active	member50@example.org	0810388031		59/5 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	f		f	f200050   somying kaewmanee member50@example.org 0810388031	2026-12-01 20:24:30.31673+00	2026-12-01 20:24:30.31673+00
7721a294-6059-44c4-b76b-af1582fb617c	F200051	วิชัย	ศรีสุข	Wichai	Thongdee	F2	external-b	2025-09-13	2026-09-13	active	member51@example.org	0810395950		60/6 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	f200051 วิชัย ศรีสุข wichai thongdee member51@example.org 0810395950	2026-12-01 20:24:30.318723+00	2026-12-01 20:24:30.318723+00
0cb6601f-93fc-4d45-9513-7020831ba558	F200052	มาลี	บุญมา	Malee	Saisuwan	F2	external-b	2025-09-26	2026-09-26	active	member52@example.org	0810403869	Uaaaaaaaa51	61/7 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	f200052 มาลี บุญมา malee saisuwan member52@example.org 0810403869	2026-12-01 20:24:30.320722+00	2026-12-01 20:24:30.320722+00
55420689-8322-4f40-82a4-7dc819af4320	F200053	ประเสริฐ	แก้วมณี	Prasert	Pongpaiboon	F2	external-b	2025-10-09	2026-10-09	active	member53@example.org	0810411788		62/8 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	f200053 ประเสริฐ แก้วมณี prasert pongpaiboon member53@example.org 0810411788	2026-12-01 20:24:30.322692+00	2026-12-01 20:24:30.322692+00
77a7a964-f82d-4e44-adf1-90d9184334f2	F200054	กนกพร	ทองดี	Kanokporn	Wongyai	F2	external-b	2025-10-22	2026-10-22	active	member54@example.org	0810419707		63/9 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	f200054 กนกพร ทองดี kanokporn wongyai member54@example.org 0810419707	2026-12-01 20:24:30.328177+00	2026-12-01 20:24:30.328177+00
f8efd761-944d-41af-9520-629b5b5a2fbb	F200055			Thanakorn	Jankaew	F2	external-b	2025-11-04	2026-11-04	active	member55@example.org	0810427626	Uaaaaaaaa54	64/1 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	t		f	f200055   thanakorn jankaew member55@example.org 0810427626	2026-12-01 20:24:30.330399+00	2026-12-01 20:24:30.330399+00
c86eb008-42a6-4c4f-80d2-472ed59b9a16	F200056	ศิริพร	พงษ์ไพบูลย์	Siriporn	Meesuk	F2	external-b	2025-11-17	2026-11-17	active	member56@example.org	0810435545		65/2 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	f200056 ศิริพร พงษ์ไพบูลย์ siriporn meesuk member56@example.org 0810435545	2026-12-01 20:24:30.332335+00	2026-12-01 20:24:30.332335+00
18e95d89-0700-49be-9ae5-0a04a3a9a676	PA100057	อนุชา	วงศ์ใหญ่	Anucha	Petcharat	Pa1	external-a	2025-11-30	2026-11-30	active	member57@example.org	0810443464		66/3 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa100057 อนุชา วงศ์ใหญ่ anucha petcharat member57@example.org 0810443464	2026-12-01 20:24:30.33429+00	2026-12-01 20:24:30.33429+00
b829083b-4c5f-4394-9a42-25a9e0b5e6a4	PA100058	พิมพ์ชนก	จันทร์แก้ว	Pimchanok	Jaidee	Pa1	external-b	2025-12-13	2026-12-13	active	member58@example.org	0810451383	Uaaaaaaaa57	67/4 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	t		f	pa100058 พิมพ์ชนก จันทร์แก้ว pimchanok jaidee member58@example.org 0810451383	2026-12-01 20:24:30.336257+00	2026-12-01 20:24:30.336257+00
77daf2da-3883-4d20-b708-aead59fa5711	PA100059	ณัฐวุฒิ	มีสุข	Nattawut	Rakrian	Pa1	external-a	2025-12-26	2026-12-26	active	member59@example.org	0810459302		68/5 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa100059 ณัฐวุฒิ มีสุข nattawut rakrian member59@example.org 0810459302	2026-12-01 20:24:30.338193+00	2026-12-01 20:24:30.338193+00
31894b7c-3fc2-43ed-8080-39633b01589e	PA100060			Supaporn	Srisuk	Pa1	external-b	2026-01-08	2027-01-08	active	member60@example.org	0810467221		69/6 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	pa100060   supaporn srisuk member60@example.org 0810467221	2026-12-01 20:24:30.340091+00	2026-12-01 20:24:30.340091+00
9831d856-00bd-4a75-a330-9dc5d2947f3e	PA100061	กิตติ	ใจดี	Kitti	Boonma	Pa1	external-a	2026-01-21	2027-01-21	active	member61@example.org	0810475140	Uaaaaaaaa60	70/7 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	pa100061 กิตติ ใจดี kitti boonma member61@example.org 0810475140	2026-12-01 20:24:30.345049+00	2026-12-01 20:24:30.345049+00
156e7fa8-b933-4c89-aec3-03f4f2872c12	PA100062	จันทร์เพ็ญ	รักเรียน	Janpen	Kaewmanee	Pa1	external-b	2026-02-03	2027-02-03	active	member62@example.org	0810483059		71/8 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa100062 จันทร์เพ็ญ รักเรียน janpen kaewmanee member62@example.org 0810483059	2026-12-01 20:24:30.348372+00	2026-12-01 20:24:30.348372+00
725a7793-7440-4e11-9c59-f5e6f3244be9	PA100063	วรวุฒิ	ศรีสุข	Worawut	Thongdee	Pa1	external-a	2026-02-16	2027-02-16	active	member63@example.org	0810490978		72/9 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa100063 วรวุฒิ ศรีสุข worawut thongdee member63@example.org 0810490978	2026-12-01 20:24:30.350443+00	2026-12-01 20:24:30.350443+00
e61758c8-8ec5-446f-a874-5870701608a4	PA100064	ปิยะนุช	บุญมา	Piyanut	Saisuwan	Pa1	external-b	2026-03-01	2027-03-01	active	member64@example.org	0810498897	Uaaaaaaaa63	73/1 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	pa100064 ปิยะนุช บุญมา piyanut saisuwan member64@example.org 0810498897	2026-12-01 20:24:30.352354+00	2026-12-01 20:24:30.352354+00
3432b057-8267-4703-a4d7-290d0917deac	PA200065			Somchai	Pongpaiboon	Pa2	external-a	2026-03-14	2027-03-14	active	member65@example.org	0810506816		74/2 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	en	t	t	t	f		f	pa200065   somchai pongpaiboon member65@example.org 0810506816	2026-12-01 20:24:30.354293+00	2026-12-01 20:24:30.354293+00
6db2f1b6-7cea-4c84-b88a-66dba30bae26	PA200066	สมหญิง	ทองดี	Somying	Wongyai	Pa2	external-b	2026-03-27	2027-03-27	active	member66@example.org	0810514735		75/3 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa200066 สมหญิง ทองดี somying wongyai member66@example.org 0810514735	2026-12-01 20:24:30.360426+00	2026-12-01 20:24:30.360426+00
4e344226-ad84-4eb0-a96b-ae68ca5b882c	PA200067	วิชัย	สายสุวรรณ	Wichai	Jankaew	Pa2	external-a	2026-04-09	2027-04-09	active	member67@example.org	0810522654	Uaaaaaaaa66	76/4 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	pa200067 วิชัย สายสุวรรณ wichai jankaew member67@example.org 0810522654	2026-12-01 20:24:30.362426+00	2026-12-01 20:24:30.362426+00
54076126-6ac6-4b1c-b92a-d401977a0351	PA200068	มาลี	พงษ์ไพบูลย์	Malee	Meesuk	Pa2	external-b	2026-04-22	2027-04-22	active	member68@example.org	0810530573		77/5 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	pa200068 มาลี พงษ์ไพบูลย์ malee meesuk member68@example.org 0810530573	2026-12-01 20:24:30.36435+00	2026-12-01 20:24:30.36435+00
6d068175-0901-4b44-88e6-f5a90d429b28	PA200069	ประเสริฐ	วงศ์ใหญ่	Prasert	Petcharat	Pa2	external-a	2026-05-05	2027-05-05	active	member69@example.org	0810538492		78/6 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa200069 ประเสริฐ วงศ์ใหญ่ prasert petcharat member69@example.org 0810538492	2026-12-01 20:24:30.36626+00	2026-12-01 20:24:30.36626+00
62ac9053-aa0f-4b63-ba5e-488bf963d495	PA200070			Kanokporn	Jaidee	Pa2	external-b	2026-05-18	2027-05-18	suspended	member70@example.org	0810546411	Uaaaaaaaa69	79/7 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	en	t	t	f	t		f	pa200070   kanokporn jaidee member70@example.org 0810546411	2026-12-01 20:24:30.368234+00	2026-12-01 20:24:30.368234+00
1e5bfe35-e3b6-446c-821e-cf255c3f3bb4	PA200071	ธนากร	มีสุข	Thanakorn	Rakrian	Pa2	external-a	2026-05-31	2027-05-31	active	member71@example.org	0810554330		80/8 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	f		f	pa200071 ธนากร มีสุข thanakorn rakrian member71@example.org 0810554330	2026-12-01 20:24:30.370192+00	2026-12-01 20:24:30.370192+00
ec5fc792-5fd7-4566-8e66-00efac692833	PA200072	ศิริพร	เพชรรัตน์	Siriporn	Srisuk	Pa2	external-b	2026-06-13	2027-06-13	active	member72@example.org	0810562249		81/9 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	f		f	pa200072 ศิริพร เพชรรัตน์ siriporn srisuk member72@example.org 0810562249	2026-12-01 20:24:30.372099+00	2026-12-01 20:24:30.372099+00
b9fba26c-9dcf-4748-851c-56f574fb4464	PA300073	อนุชา	ใจดี	Anucha	Boonma	Pa3	external-b	2026-06-26	2027-06-26	active	member73@example.org	0810570168	Uaaaaaaaa72	82/1 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	t		f	pa300073 อนุชา ใจดี anucha boonma member73@example.org 0810570168	2026-12-01 20:24:30.374014+00	2026-12-01 20:24:30.374014+00
685fd83a-f5bd-4e99-b81d-8a30b723a4d0	PA300074	พิมพ์ชนก	รักเรียน	Pimchanok	Kaewmanee	Pa3	external-b	2026-07-09	2027-07-09	active	member74@example.org	0810578087		83/2 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa300074 พิมพ์ชนก รักเรียน pimchanok kaewmanee member74@example.org 0810578087	2026-12-01 20:24:30.375928+00	2026-12-01 20:24:30.375928+00
03b34612-8e9f-4bd7-bd72-26b932841f71	PA300075			Nattawut	Thongdee	Pa3	external-b	2026-07-22	2027-07-22	active	member75@example.org	0810586006		84/3 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	en	t	t	t	f		f	pa300075   nattawut thongdee member75@example.org 0810586006	2026-12-01 20:24:30.377867+00	2026-12-01 20:24:30.377867+00
7eacab0b-06c3-4cf1-8c97-8ee8f3b16967	PA300076	สุภาพร	บุญมา	Supaporn	Saisuwan	Pa3	external-b	2026-08-04	2027-08-04	active	member76@example.org	0810593925	Uaaaaaaaa75	85/4 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	th	t	t	f	t		f	pa300076 สุภาพร บุญมา supaporn saisuwan member76@example.org 0810593925	2026-12-01 20:24:30.384353+00	2026-12-01 20:24:30.384353+00
d888fc46-ceeb-4ae9-b763-b5a6fd7731ab	PA300077	กิตติ	แก้วมณี	Kitti	Pongpaiboon	Pa3	external-b	2026-08-17	2027-08-17	active	member77@example.org	0810601844		86/5 ถนนห้วยแก้ว		ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่	50200	th	t	t	t	f		f	pa300077 กิตติ แก้วมณี kitti pongpaiboon member77@example.org 0810601844	2026-12-01 20:24:30.386394+00	2026-12-01 20:24:30.386394+00
946a5f33-4ff9-458d-9239-f73308e92b76	PA300078	จันทร์เพ็ญ	ทองดี	Janpen	Wongyai	Pa3	external-b	2026-08-30	2027-08-30	active	member78@example.org	0810609763		87/6 ถนนห้วยแก้ว		แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ	10330	th	t	t	f	f		f	pa300078 จันทร์เพ็ญ ทองดี janpen wongyai member78@example.org 0810609763	2026-12-01 20:24:30.388294+00	2026-12-01 20:24:30.388294+00
2625409d-dfe6-47b0-9fc6-87852fa97454	PA300079	วรวุฒิ	สายสุวรรณ	Worawut	Jankaew	Pa3	external-b	2026-09-12	2027-09-12	active	member79@example.org	0810617682	Uaaaaaaaa78	88/7 ถนนห้วยแก้ว		ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น	40000	th	t	t	t	t		f	pa300079 วรวุฒิ สายสุวรรณ worawut jankaew member79@example.org 0810617682	2026-12-01 20:24:30.390275+00	2026-12-01 20:24:30.390275+00
15a44f72-0908-48c9-821f-87599a8070f5	PA300080			Piyanut	Meesuk	Pa3	external-b	2026-09-25	2027-09-25	active	member80@example.org	0810625601		89/8 ถนนห้วยแก้ว		ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา	90110	en	t	t	f	f		f	pa300080   piyanut meesuk member80@example.org 0810625601	2026-12-01 20:24:30.392135+00	2026-12-01 20:24:30.392135+00
9210a700-a561-452b-8c16-9f49e5dd0e09	6410110001	สมชาย	ใจดี			U1	student	2021-06-01	2025-05-31	active	somchai.j@ku.th	0812345678		99/1 หมู่ 2, ถนนพหลโยธิน	แขวงลาดยาว	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6410110001 สมชาย ใจดี   somchai.j@ku.th 0812345678	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
ab77ff07-420f-48d7-8af4-87cfcffaf883	6410110002	สุดารัตน์	รักเรียน			U1	student	2021-06-01	2025-05-31	active	sudarat.r@ku.th	0891234567		45 ซอยงามวงศ์วาน 25	แขวงลาดยาว	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6410110002 สุดารัตน์ รักเรียน   sudarat.r@ku.th 0891234567	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
6d27a4f0-aeff-4526-9ac7-1e5356822180	6410110003			John	Smith	U1	student	2022-08-15	2026-08-14	active	john.smith@example.com	0955550101		12 Sukhumvit Soi 3	Khlong Toei Nuea	Watthana Bangkok	10110	en	f	f	f	f	Exchange student, spring term	f	6410110003   john smith john.smith@example.com 0955550101	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
3af56f86-b47d-4913-9f95-ad0ba036caee	6520200004	มาลี	ศรีสุข			U2	student	2022-06-01	2024-05-31	active	malee.s@ku.th	0861234567		88 ถนนงามวงศ์วาน		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	6520200004 มาลี ศรีสุข   malee.s@ku.th 0861234567	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
b4632fd9-2ff6-4006-b85a-82b5137d8583	6520200005			Thi Lan	Nguyen	U2	student	2022-08-15	2024-08-14	active	lan.nguyen@example.org	0623456789		7 Ngam Wong Wan Rd		Chatuchak Bangkok	10900	en	f	f	f	f		f	6520200005   thi lan nguyen lan.nguyen@example.org 0623456789	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
a0ea68fd-361c-45e4-b652-b9f7a842700e	T001001	ประเสริฐ	วงศ์สวัสดิ์			U3	staff	2010-04-01	2030-03-31	active	prasert.w@ku.th	0819876543		50 ถนนงามวงศ์วาน		เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	t001001 ประเสริฐ วงศ์สวัสดิ์   prasert.w@ku.th 0819876543	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
24570368-871e-476a-b980-3dfdc91b7e2a	T001002			Hiroshi	Tanaka	U3	staff	2018-10-01	2028-09-30	active	h.tanaka@ku.th							en	f	f	f	f		f	t001002   hiroshi tanaka h.tanaka@ku.th 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
129955bb-023b-41e8-8fb2-3517bcb544b3	T001003	อรุณี	แก้วมณี			U3	staff	2015-06-01	2027-05-31	active	arunee.k@ku.th	0923334444		123/45 คอนโดลุมพินี	ถนนพหลโยธิน	เขตจตุจักร	10900	th	f	f	f	f		f	t001003 อรุณี แก้วมณี   arunee.k@ku.th 0923334444	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
40adfd50-bdf2-46e2-9bd0-addd2208c2c0	S002002	พิมพ์ชนก	สายใจ			U4	staff	2019-03-01	2027-02-28	suspended	pimchanok.s@ku.th	0867778888						th	f	f	f	f	ค้างคืนหนังสือ 3 เล่ม	f	s002002 พิมพ์ชนก สายใจ   pimchanok.s@ku.th 0867778888	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
0c809aee-759c-4905-b8a9-56c2e01d7d3c	EXA-0001	พัฒนพงศ์	กิตติ			U5	external-a	2023-06-01	2024-05-31	active	pattanapong@gmail.com	0891230000		55/7 หมู่บ้านสวนธน, ซอยพุทธบูชา 36	แขวงบางมด	เขตทุ่งครุ กรุงเทพมหานคร	10140	th	f	f	f	f	วางเงินประกัน 500 บาท	f	exa-0001 พัฒนพงศ์ กิตติ   pattanapong@gmail.com 0891230000	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
cc5cf3f8-9ea2-4302-a1e8-e84dfaa53205	EXA-0002			Emily	Johnson	U5	external-a	2023-09-01	2024-08-31	active	emily.j@example.com	0658889999		1 Wireless Road	Lumphini	Pathum Wan Bangkok	10330	en	f	f	f	f		f	exa-0002   emily johnson emily.j@example.com 0658889999	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
8ee53903-4618-47bb-acba-ef9d20aeb997	EXA-0003	วรรณา	ศักดิ์ดี			U5	external-a	2024-01-01	2024-12-31	active		0971112233						th	f	f	f	f		f	exa-0003 วรรณา ศักดิ์ดี    0971112233	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
86585720-a1cf-4430-8892-755b9f35a850	EXB-0001	ชัยวัฒน์	มั่นคง			Pa1	external-b	2019-01-01	2019-12-31	active	chaiwat.m@hotmail.com							th	f	f	f	f	สมาชิกภายนอกเดิม	f	exb-0001 ชัยวัฒน์ มั่นคง   chaiwat.m@hotmail.com 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
be229e84-1eb9-4513-acd5-5de61e4ad2f1	EXB-0002			Klaus	Müller	U5	external-b	2024-02-01	2025-01-31	active	klaus.mueller@example.de							en	f	f	f	f		f	exb-0002   klaus müller klaus.mueller@example.de 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
e702cb87-47c3-456e-a103-2068c997c648	EXB-0003	กมลชนก	ศรีสวัสดิ์			U5	external-b	2024-05-15	2025-05-14	active		0612223344						th	f	f	f	f		f	exb-0003 กมลชนก ศรีสวัสดิ์    0612223344	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
d56e2e83-f2df-4400-9254-961410213061	PT-0001	สุรเชษฐ์	เพชรรัตน์			U5	external-b	2024-07-01	2025-06-30	active	surachet.p@outlook.co.th							th	f	f	f	f		f	pt-0001 สุรเชษฐ์ เพชรรัตน์   surachet.p@outlook.co.th 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
9a47e347-bddf-4bf3-a97f-6f87d86b45a7	SCH-0001	ภูมิ	จันทร์เพ็ญ			F1	external-b	2024-11-01	2025-03-31	active								th	f	f	f	f	โครงการห้องสมุดสู่โรงเรียน	f	sch-0001 ภูมิ จันทร์เพ็ญ    	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
fc04b30f-2a40-4faf-99f6-ce6bb613e628	SCH-0002	ปวีณา	สุขประเสริฐ			F1	external-b	2024-11-01	2025-03-31	active								th	f	f	f	f		f	sch-0002 ปวีณา สุขประเสริฐ    	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
fafd555c-213e-4c23-a8e7-09f829dc5011	EDU-0001	อัมพร	ทองดี			F2	external-b	2024-06-10	2025-06-09	active	amporn.t@school.ac.th	0894445555		โรงเรียนสาธิต	ถนนงามวงศ์วาน	เขตจตุจักร กรุงเทพมหานคร	10900	th	f	f	f	f		f	edu-0001 อัมพร ทองดี   amporn.t@school.ac.th 0894445555	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
105ae9b8-8ad0-4a24-8a9b-d5efeac6988c	AL-0001	ณัฐพล	ศิริวัฒน์			Pa3	external-b	2015-06-01	2016-05-31	active	nattapon.s@gmail.com							th	f	f	f	f		f	al-0001 ณัฐพล ศิริวัฒน์   nattapon.s@gmail.com 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
3be76c99-7fb0-472f-8853-3eb1fab17157	AL-0002			Mei Ling	Chen	Pa3	external-b	2014-06-01	2018-05-31	active	meiling.chen@example.com							en	f	f	f	f		f	al-0002   mei ling chen meiling.chen@example.com 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
58715014-f4c8-4c73-bb50-a84e4a41d5d9	EXA-0004	ธีรวัฒน์	ใจงาม			Pa2	external-a	2020-01-01	2020-12-31	active	teerawat.j@gmail.com	0811119999						th	f	f	f	f		f	exa-0004 ธีรวัฒน์ ใจงาม   teerawat.j@gmail.com 0811119999	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
74509267-73b0-41cd-80b0-dc05ae07a85d	6410110025	ชนิดา	มีสุข			U1	student	2024-06-01	2028-05-31	active	chanida.m@ku.th							th	f	f	f	f		f	6410110025 ชนิดา มีสุข   chanida.m@ku.th 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
292a5c54-c101-4a88-89ed-2bf5b0f1498e	6410110026			Emma	Wilson	U2	student	2024-06-01	2028-05-31	active	emma.wilson@example.com							en	f	f	f	f	ป.โท ต่อเนื่อง	f	6410110026   emma wilson emma.wilson@example.com 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
c8fd9c18-29ad-40af-9604-521d806700df	6410110027	ณัฐพงษ์	สมบูรณ์			U1	student	2024-06-01	2028-05-31	active	nattapong.s@ku.th							th	f	f	f	f	ย้ายคณะ, รอเอกสาร	f	6410110027 ณัฐพงษ์ สมบูรณ์   nattapong.s@ku.th 	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
722c7a56-5537-4c51-82cc-f5ba5e5d7007	6520200028	อนุชา	ประเสริฐศรี			U2	student	2023-06-01	2025-05-31	active		0812349999						th	f	f	f	f		f	6520200028 อนุชา ประเสริฐศรี    0812349999	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
623d9c75-c0aa-41db-a005-bb46d1abd9de	T001005	กนกวรรณ	ศรีวงศ์			U3	staff	2016-06-01	2031-05-31	active	kanokwan.s@ku.th	0891112222						th	f	f	f	f		f	t001005 กนกวรรณ ศรีวงศ์   kanokwan.s@ku.th 0891112222	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
d523f74e-de1b-4772-9f44-d57d45c5cef3	S002003	สมใจ	บุญเรือง			U4	staff	2011-02-01	2026-01-31	active								th	f	f	f	f		f	s002003 สมใจ บุญเรือง    	2026-12-01 20:24:30.634898+00	2026-12-01 20:24:30.634898+00
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
b796cbb5-8ea8-4a08-aaec-7b046f48f04f	reminder/6e0ef474-1341-4775-a46e-65c22eb01e39/refund:2026-12-02	reminder	6e0ef474-1341-4775-a46e-65c22eb01e39	สุดา ขอคืน	postcard	สุดา ขอคืน\n88/8 ถนนห้วยแก้ว\nต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่\n50200		th		เรียน สุดา ขอคืน\nสมาชิกภาพห้องสมุด บัตรหมายเลข DEMO-REFUND ของท่านหมดอายุเมื่อวันที่ 1 ธันวาคม พ.ศ. 2569 ท่านยังมีเงินประกันรอรับคืน 1,000.00 บาท\nกรุณาขอรับเงินคืนภายในวันที่ 1 ธันวาคม พ.ศ. 2570\nขั้นตอน: http://127.0.0.1:8080/refund-steps\nเคาน์เตอร์เปิด จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\nเอกสาร: ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย; สำเนาบัตรประจำตัวประชาชนของสมาชิก; สำเนาหน้าสมุดบัญชีธนาคาร (กรณีรับเงินโอนเข้าบัญชี)\nหากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้ โดยผู้รับมอบอำนาจต้องนำหนังสือมอบอำนาจ (ฉบับจริง) และ สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย		queued	0	2026-12-01 20:24:30.719411+00			\N	\N	\N	refund	2026-12-01 20:24:30.751767+00
f6276dab-982f-4fee-b1a6-e8de4d11b0bd	reminder/77daf2da-3883-4d20-b708-aead59fa5711/renewal:2026-11-26	reminder	77daf2da-3883-4d20-b708-aead59fa5711	ณัฐวุฒิ มีสุข	email	member59@example.org	sms,postcard	th	สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 26 ธันวาคม พ.ศ. 2569	เรียน ณัฐวุฒิ มีสุข\n\nบัตรสมาชิกห้องสมุดหมายเลข PA100059 ของท่านจะหมดอายุในวันที่ 26 ธันวาคม พ.ศ. 2569\nหากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\n\nหากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ http://127.0.0.1:8080/refund-steps\n\nขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด	<!doctype html><html><body style="font-family: Tahoma, sans-serif"><p>เรียน ณัฐวุฒิ มีสุข</p><p>บัตรสมาชิกห้องสมุดหมายเลข PA100059 ของท่านจะหมดอายุในวันที่ 26 ธันวาคม พ.ศ. 2569<br>หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.</p><p>หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ <a href="http://127.0.0.1:8080/refund-steps</p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน">http://127.0.0.1:8080/refund-steps</p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน</a> ห้องสมุด</p></body></html>	queued	0	2026-12-01 20:24:30.719411+00			\N	\N	\N	renewal	2026-12-01 20:24:30.751797+00
110914cc-3b05-4fcb-aa18-c3dac7ae4b2f	reminder/479dbc95-c82f-4e03-a6bc-d68a1be2951d/renewal:2026-12-02	reminder	479dbc95-c82f-4e03-a6bc-d68a1be2951d	อรุณี ต่ออายุ	email	arunee@example.org	postcard	th	สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 1 มกราคม พ.ศ. 2570	เรียน อรุณี ต่ออายุ\n\nบัตรสมาชิกห้องสมุดหมายเลข DEMO-RENEW30 ของท่านจะหมดอายุในวันที่ 1 มกราคม พ.ศ. 2570\nหากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\n\nหากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ http://127.0.0.1:8080/refund-steps\n\nขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด	<!doctype html><html><body style="font-family: Tahoma, sans-serif"><p>เรียน อรุณี ต่ออายุ</p><p>บัตรสมาชิกห้องสมุดหมายเลข DEMO-RENEW30 ของท่านจะหมดอายุในวันที่ 1 มกราคม พ.ศ. 2570<br>หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.</p><p>หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ <a href="http://127.0.0.1:8080/refund-steps</p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน">http://127.0.0.1:8080/refund-steps</p><p>ขอแสดงความนับถือ<br>งานบริการยืม-คืน</a> ห้องสมุด</p></body></html>	queued	0	2026-12-01 20:24:30.719411+00			\N	\N	\N	renewal	2026-12-01 20:24:30.751805+00
3069e6df-02f7-477f-af1a-0bfd45380443	reminder/971e0840-95a6-457c-8151-fd77c56fa679/renewal:2026-12-02	reminder	971e0840-95a6-457c-8151-fd77c56fa679	ชาตรี ใกล้หมด	sms	0812345670		th		ห้องสมุด: บัตรสมาชิก DEMO-RENEW7 หมดอายุ 9 ธ.ค. 2569 ต่ออายุที่เคาน์เตอร์ยืม-คืน ขั้นตอนรับเงินประกันคืน http://127.0.0.1:8080/refund-steps		queued	0	2026-12-01 20:24:30.719411+00			\N	\N	\N	renewal	2026-12-01 20:24:30.751812+00
7c3bc929-01a8-4511-927f-4bc9f4ba1ed0	reminder/18e95d89-0700-49be-9ae5-0a04a3a9a676/refund:2026-12-01	reminder	18e95d89-0700-49be-9ae5-0a04a3a9a676	อนุชา วงศ์ใหญ่	postcard	อนุชา วงศ์ใหญ่\n66/3 ถนนห้วยแก้ว\nต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่\n50200	email,sms	th		เรียน อนุชา วงศ์ใหญ่\nสมาชิกภาพห้องสมุด บัตรหมายเลข PA100057 ของท่านหมดอายุเมื่อวันที่ 30 พฤศจิกายน พ.ศ. 2569 ท่านยังมีเงินประกันรอรับคืน 1,000.00 บาท\nกรุณาขอรับเงินคืนภายในวันที่ 30 พฤศจิกายน พ.ศ. 2570\nขั้นตอน: http://127.0.0.1:8080/refund-steps\nเคาน์เตอร์เปิด จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.\nเอกสาร: ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย; สำเนาบัตรประจำตัวประชาชนของสมาชิก; สำเนาหน้าสมุดบัญชีธนาคาร (กรณีรับเงินโอนเข้าบัญชี)\nหากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้ โดยผู้รับมอบอำนาจต้องนำหนังสือมอบอำนาจ (ฉบับจริง) และ สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย		queued	0	2026-12-01 20:24:30.719411+00			\N	\N	\N	refund	2026-12-01 20:24:30.751819+00
\.


--
-- Data for Name: postcard_batches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.postcard_batches (id, created_by, card_count, printed_at, printed_by, created_at) FROM stdin;
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
-- Data for Name: staff_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.staff_users (id, username, display_name, role, password_hash, active, created_at, updated_at) FROM stdin;
8d2192df-dc85-4ce5-b950-2b8a28ccb7cb	admin	ผู้ดูแลระบบ (Admin)	admin	$2b$12$jaV9IuVXTRuTxQ/D3xDB1el.TI05HKi7nL4oE692UtxjF7gV0eBcq	t	2026-12-01 20:24:28.348609+00	2026-12-01 20:24:28.348609+00
7099b9a4-99c1-47ba-8488-bc561ae2e4fe	counter	สมหญิง ใจดี (Counter)	counter	$2b$12$8V5Ugy.UHXEgmoQjpdZm/e.UGpRXuKuGC6VwJ8r1dsP4nIU8ij39G	t	2026-12-01 20:24:28.76738+00	2026-12-01 20:24:28.76738+00
a2656461-1870-4458-a256-cef63d72b4a2	team	ทีมลูกค้าสัมพันธ์ (Customer team)	customer-team	$2b$12$gqG6yG6mOfwOPN3JmrCVmu3I67HXiiaJmzBk0powvrq5QO54reIDu	t	2026-12-01 20:24:29.262351+00	2026-12-01 20:24:29.262351+00
1372057e-bcfc-46c5-b8a0-60aa691324a5	head	หัวหน้างานบริการ (Head)	head	$2b$12$EhVvdRgxS/rV7l/0Fit4u.VCP2YztIdEujX1XQzN8s3/PmOUWOafG	t	2026-12-01 20:24:29.694826+00	2026-12-01 20:24:29.694826+00
9cc00ac5-5e79-4ebb-8a35-76979118ff8a	committee	กรรมการ MT (Committee)	committee	$2b$12$UtHB7Yo.n6tGnBqvA2j7d.KOsbBIPlwlGVJLpZpFFn/GRC2m7LRoC	t	2026-12-01 20:24:30.158945+00	2026-12-01 20:24:30.158945+00
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
-- Name: staff_users uq:staff_users.username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_users
    ADD CONSTRAINT "uq:staff_users.username" UNIQUE (username);


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
-- Name: feedback_log feedback_log_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER feedback_log_append_only BEFORE DELETE OR UPDATE ON public.feedback_log FOR EACH ROW EXECUTE FUNCTION public.refuse_feedback_log_change();


--
-- Name: ledger_entries ledger_entries_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ledger_entries_append_only BEFORE DELETE OR UPDATE ON public.ledger_entries FOR EACH ROW EXECUTE FUNCTION public.refuse_ledger_change();


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
-- PostgreSQL database dump complete
--

\unrestrict aM2WgVuDa7EPdNfo1P8YBlbsYhE6E8Bp08nUjCvMDigYf4wObZJwsL4Va8BCEvf


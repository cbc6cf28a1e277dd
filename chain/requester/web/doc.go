// Package web is the requester as a service (`zkpool serve`): a web page
// and a JSON API with which people who never open a terminal, and
// programs, prove decision-tree inference on the network (DESIGN.md §2
// step 1: "the user triggers a proof task from the UI"). It drives a
// requester client (chain/requester, through its exported API only) that
// quotes from every node it reaches, pays into the contract's escrow,
// follows the task on gossip, and verifies the receipt; the service then
// verifies the receipt again itself, from the task's own input (package
// prover/task and prover/receipt), before it shows any result.
//
// # Routes
//
// openapi.yaml (served at /v1/openapi.yaml) documents every route, field
// and error:
//
//	GET  /v1/info                 the paying account, network, limits
//	GET  /v1/examples             the tasks shipped in the binary (Iris)
//	POST /v1/quotes               quotes for a task, paying nothing
//	POST /v1/train                a model fitted to a labelled CSV
//	POST /v1/tasks                prove a task: 201 once paid
//	GET  /v1/tasks                the user's tasks, newest first
//	GET  /v1/tasks/{id}           one task: quotes, segments, attestations, result
//	GET  /v1/tasks/{id}/receipt   the verified receipt (zkpool verify reads it)
//	GET  /v1/tasks/{id}/events    server-sent events of one task
//	GET  /                        the page (ui/, embedded; no build step)
//
// # A task's states
//
//	quoting ──paid──▶ proving ──fulfilled on chain──▶ verifying ──receipt verified here──▶ verified
//	   │                 │                                 │
//	   ▼                 ├──deadline passed──▶ refunded    └──does not verify──▶ failed (no result shown)
//	 failed (no quote,   └──service stopped──▶ interrupted
//	 unreachable)
//
// A task is written to the store (a bbolt file, tasks.db, in the data dir)
// with its input before any node is asked, and again at each stage, so the
// list of past tasks survives restarts; a task the service stopped under
// is marked interrupted when it starts again, saying what was paid.
// POST /v1/tasks answers once the task is paid (or ends unpaid); the task
// then runs in the service whether or not the client stays.
//
// # What the page shows, and whose word it is
//
// The segment timeline is drawn from the market's gossip as the requester
// client sees it (it stays off the announcement topic, whose subscribers a
// node counts as provers): awards count only when the task's node signed
// them, attestations only from verifiers the contract counts for the
// task, each once; bids are any prover's offers, for segments the task
// has, the first 32 of each attempt kept. An auction's bar runs from its
// first bid (provers bid as soon as a segment is announced) to its award.
// Receipts travel from provers to the node directly, so a proof's bar ends
// at the first attestation (verifiers attest once every receipt is in) or
// when the segment is auctioned again (a missed proof). Predictions,
// labels and the receipt appear only once the receipt has verified here.
//
// # Limits and trust
//
// The service spends its account's money, so: it serves only requests for
// loopback names and Config.AllowedHosts (a rebound DNS name is refused);
// a POST from another origin is refused (no web page can make the user's
// browser pay); the page's Content-Security-Policy allows no inline
// script and no framing, and strings from the API reach it only as text.
// A request body is capped at Config.MaxUpload (by its declared length
// before reading, and as read); a form holds at most 16 parts of known
// names, fields at most 1 KiB; at most Config.MaxTasks tasks run and one
// training (at most Config.MaxTrainSamples samples) at a time; what gossip
// reports of a task is bounded (segments by the task's samples and 4096,
// 16 attempts, 32 bids kept, 64 attestations). A bad request gets a 4xx
// that says what is wrong — for a file, its name, row and column — and
// never touches another task.
package web

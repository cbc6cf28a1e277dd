// Package node is the Aoraki node: it quotes prices, picks tasks up from the
// Aoraki contract, splits them into segments, runs the segment market on
// gossip, collects and verifies receipts, takes part in verifier consensus
// and submits results on chain. It wires the prover, p2p and chain packages
// together; those packages know nothing of it.
//
// # Lifecycle
//
// New builds the node and registers its services; it opens the store and
// starts nothing. Start runs the services in order, Close stops them in
// reverse and returns what failed (p2p/service):
//
//	store (held) → chain → network → artifacts → streams → pipeline → watcher → api → status
//
// chain connects to the contract and registers the node's stake; network
// is the node's network stack (p2p/netstack); artifacts loads the trusted
// families' keys and serves their blobs; streams serves quotes, uploads,
// receipt deliveries and the network file; pipeline runs the work loop, the
// market's tick, the verifier's workers and the gossip consumers, and
// resumes every open task; watcher delivers TaskPublished and this
// node's TaskFulfilled (and their retractions); api (when
// Config.API.Addr is set) is the HTTP API and dashboard (node/api); status
// (Config.StatusFile) keeps status.json in the data directory. A service
// that fails to start stops the ones started before it.
//
// # Files
//
// intake.go takes tasks from the chain; tasks.go is the task state machine
// below; market.go is the node's side of its segment market (node/market);
// attestations.go keeps the attestations to this node's proposals (with
// the task, in the store); verifier.go checks other nodes' proposals;
// quotes.go quotes, takes uploads and picks segment sizes; status.go is
// what the node says about itself (protocol/status); streams.go serves the
// stream protocols; fromfile.go maps the operator's config file;
// reorgs.go brings back to submitting a fulfilled task whose fulfil a
// chain reorganisation took.
//
// # Task states
//
//	published ──► executing ──► proving ──► aggregated ──► attesting ──► submitting ──► fulfilled
//	     │             │            │                           │              │
//	     └─────────────┴────────────┴──────────► failed ◄───────┴──────────────┘
//	                                  (deadline passed: the requester refunds; the node's stake is slashed)
//
// published: TaskPublished naming this node was seen at the confirmation
// depth. executing: the input blob is fetched by CID and the program runs
// natively, on one of Config.Executors executors off the work loop (so a
// long execution holds up no other task's steps); segment witnesses are
// stored as blobs. proving: every segment is
// in the market. aggregated: every segment receipt proven; the proposal is
// built once (every seal verified), the composite receipt stored by CID and
// the proposal's values recorded with the task, which propose and submit
// read back. attesting: the attestation request is out; the node
// collects EIP-712 attestations from the verifier set up to the contract's
// quorum. submitting: fulfil is sent, waiting for confirmations. A fulfil
// that fails (refused by its simulation, which runs with the fees the
// transaction carries, or mined and reverted) is retried after a backoff
// that doubles (FulfilPolicy); after FulfilPolicy.MaxReverts mined reverts
// the task fails (ErrFulfilStopped) rather than pay for more. Every failed
// attempt is in the task's record (Error, FulfilReverts, NextFulfil).
//
// Reorganisations: a TaskPublished retracted leaves its task as it is
// (nothing is sent for a task the chain does not know; the log delivered
// again from the new branch queues it again; one that never comes back
// fails at its deadline). A fulfilled task whose TaskFulfilled is
// retracted, or that the chain has open again while its fulfil is under
// 64 blocks deep, goes back to submitting: the same transaction sealed
// again closes it with nothing sent, a pending one is waited for, a lost
// one is sent again from its nonce.
//
// # What a node takes on
//
// A requester must not be able to profit from making a node fail (the
// node's stake is slashed at the refund). The node quotes a task naming a
// verifier contract only when the verifier is one it trusts
// (Config.TrustedVerifiers: the network's receipt verifier), and only
// tasks it can finish (Limits): at most MaxSegments segments (never more
// than a receipt holds), per-program sizes, the witness memory an
// execution holds, and a conservative estimate of execution, proving over
// the provers online, bid windows and an attestation margin that fits
// before the deadline. An execution is checked against the limits again
// before it runs, and abandoned if the deadline passed while it ran.
//
// # Verifying others' proposals
//
// A verifier remembers (bounded) the attestations it signed, by proposal,
// and answers a republished proposal with the same attestation without
// checking every seal again; it bounds the composite receipt it fetches by
// the segment count of the task's input. Uploaded inputs that no task
// refers to are deleted once Config.UploadTTL has passed since their
// upload or the expiry of their latest quote.
//
// A quote may name a verifier contract, which the contract's fulfill calls
// with the proof bytes fulfil carries, reverting unless it accepts. The node
// keeps every quote it signs that names one (node/store, by its EIP-712
// digest, which is the task id; pruned once expired unused or its task is
// over) and fulfils such a task with receiptverifier.EncodeProof(quote,
// composite receipt). A task naming a verifier whose quote the node no
// longer holds fails at publication: no fulfil of it could succeed.
//
// # Segment states
//
//	pending ──► announced(attempt n) ──► awarded(prover, deadline) ──► proven
//	               ▲      │ no bids: re-announce, higher max price (≤ quote)
//	               └──────┴─ missed deadline / invalid receipt: next bidder, else re-announce
//
// # Peers
//
// A node runs the network's Kademlia DHT in server mode (p2p/peering over
// p2p/discovery, in its network stack) and keeps a provider record on the rendezvous "node". It
// dials its bootstrap peers at start; then, at start and every few
// seconds, it redials the bootstrap peers it has lost and connects to every
// node the DHT names. A node told a single bootstrap address so ends up
// connected to every node, which verifier consensus needs: attestation
// requests and attestations travel on gossip topics whose subscriptions
// peers learn over direct connections. Provers find nodes the same way (in
// client mode); requesters ask a quote of every node they find.
//
// Every transition is written to the store (node/store) in one transaction
// before the node acts on it, so that after a crash or kill -9 the node
// resumes each task where it stood, re-awarding what was in flight; a
// segment is paid to exactly the prover whose verified receipt it holds.
package node

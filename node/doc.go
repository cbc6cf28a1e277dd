// Package node is the Aoraki node: it quotes prices, picks tasks up from the
// Aoraki contract, splits them into segments, runs the segment market on
// gossip, collects and verifies receipts, takes part in verifier consensus
// and submits results on chain. It wires the prover, p2p and chain packages
// together; those packages know nothing of it.
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
// natively; segment witnesses are stored as blobs. proving: every segment is
// in the market. aggregated: every segment receipt verified, the composite
// receipt stored by CID. attesting: the attestation request is out; the node
// collects EIP-712 attestations from the verifier set up to the contract's
// quorum. submitting: fulfil is sent, waiting for confirmations.
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
// A node runs the network's Kademlia DHT in server mode (node/peering over
// p2p/discovery) and keeps a provider record on the rendezvous "node". It
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

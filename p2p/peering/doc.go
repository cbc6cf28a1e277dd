// Package peering keeps a process connected to the network's nodes.
//
// A Keeper runs a discovery.Service (p2p/discovery) on a host: a node runs
// it in DHT server mode and advertises the rendezvous name "node"; a prover
// runs it in client mode and only looks. At Start, and then every Interval
// (with jitter), a round redials the bootstrap peers that are not connected
// and connects to every "node" provider the DHT returns. So a node or a
// prover given a single bootstrap address ends up connected to all nodes:
// nodes need that for verifier consensus (the attestation topics), provers
// for the segment announcements, blob fetches and receipt deliveries of
// every node.
//
// Reach connects to one peer by ID, asking the DHT for its addresses when
// the peerstore has none (a prover fetching from, or delivering to, a node
// it has only heard of through gossip).
//
// The Keeper owns its loop and its discovery.Service; Close stops both and
// must run before the host is closed.
package peering

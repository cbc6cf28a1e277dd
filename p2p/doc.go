// Package p2p provides the libp2p side of the network. It imports only
// protocol. The work lives in sub-packages, one concern each:
//
//   - identity: the host key in the data dir (0600).
//   - host: one libp2p host per process, shaped by role (bootstrap/node:
//     public, relay service; prover/requester: port mapping, AutoNAT v2,
//     hole punching, AutoRelay with static relays), TCP and QUIC, resource
//     manager with a "zkpool" service scope and per-protocol limits,
//     connection manager with counted protection of peers mid-transfer.
//   - discovery: Kademlia DHT under /zkpool/<network>, bootstrap from
//     multiaddrs, rendezvous by provider records, reconnect with backoff.
//   - gossip: topics /zkpool/<network>/<name>/1 carrying envelopes signed
//     by Ethereum keys, a validator chain per topic (size, decode,
//     signature, freshness, replay, application check), peer scoring.
//   - stream: /zkpool/<name>/1.0.0 request/response with length-delimited
//     protobuf, a status frame, deadlines, size caps, Reset on error.
//   - blob: a CID-addressed store and the exchange that moves blobs only
//     over direct connections, verifying the hash while reading.
//   - peering: keeps a process connected to the network's nodes (DHT,
//     bootstrap peers); netproto: the market's topics and stream protocols.
//   - netstack: the one network stack every role runs, assembled in order
//     — host, peering, blob store and exchange, gossip router, the role's
//     topics — and closed in reverse, the host last.
//   - service: a process's services, started in order, rolled back on
//     failure, closed in reverse with their errors collected.
//
// The tests in this package run the pieces together: providers found
// through the DHT, and the NAT-shaped scenario (in network namespaces when
// run as root).
package p2p

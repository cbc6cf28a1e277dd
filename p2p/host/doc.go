// Package host builds the one libp2p host of a process, shaped by its role.
//
// Roles:
//
//   - bootstrap and node: publicly reachable machines. Reachability is
//     forced public, they run the circuit-relay v2 service (so home provers
//     behind NAT can be reached for control messages) and the DHT runs in
//     server mode on them (see package discovery).
//   - prover and requester: machines at home. They map ports (UPnP/NAT-PMP),
//     learn their reachability with AutoNAT v2, hole-punch (DCUtR), and keep
//     relay reservations on the static relays from the network file.
//
// Every host listens on TCP and QUIC, keeps its identity key in the data
// dir (package identity), runs a resource manager with a "zkpool" service
// scope and per-protocol limits, and a connection manager; callers protect
// peers with transfers in flight with Protect (a counted tag, so concurrent
// transfers do not unprotect each other).
package host

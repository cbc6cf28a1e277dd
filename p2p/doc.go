// Package p2p provides the libp2p side of the network: hosts per role,
// identity, DHT discovery, gossip topics with validators and peer scoring,
// request/response stream protocols and content exchange by CID.
// It imports only protocol.
package p2p

// Package discovery finds peers: a Kademlia DHT scoped to the network,
// bootstrap from the network file's multiaddrs, rendezvous by provider
// records, and reconnection with backoff when bootstrap peers go away.
//
// The DHT speaks /zkpool/<network>/kad/1.0.0 (ProtocolPrefix
// "/zkpool/<network>"), so networks never mix with each other or with
// IPFS. Bootstrappers and nodes run it in server mode; provers and
// requesters, often behind NAT, in client mode. A bootstrapper is given no
// bootstrap peers.
//
// Rendezvous: a role that wants to be found (Advertise("node")) keeps a
// provider record on the key RendezvousCID(network, name); whoever looks
// for that role (FindPeers) asks the DHT for the key's providers. Provers
// find nodes this way, and nodes find each other.
//
// Start connects to the bootstrap peers and bootstraps the DHT; a
// background loop owned by the Service reconnects, with exponential
// backoff per peer, whenever the host holds no connection to any
// bootstrap peer, and refreshes the routing table after it reconnects.
package discovery

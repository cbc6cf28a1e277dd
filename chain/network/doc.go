// Package network reads and writes the network file (network.json): what a
// node, peer or requester needs to join a network — chain id, JSON-RPC URL,
// the Aoraki contract's address and deploy block, bootstrap peers and the
// CIDs of program artifacts. `zkpool-node deploy` and the testnet write it.
package network

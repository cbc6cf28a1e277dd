// Package chain is the Ethereum side of the network: the Aoraki contract's
// sources, compiled artifacts and Go bindings, an embedded development
// chain, deployment, a transaction manager and a reorg-safe event watcher.
// It imports only protocol.
package chain

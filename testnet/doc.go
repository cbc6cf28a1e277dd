// Package testnet starts a whole local network (chain, bootstrap, nodes and
// provers) as separate processes on loopback, with chaos controls for
// researchers and end-to-end tests.
package testnet

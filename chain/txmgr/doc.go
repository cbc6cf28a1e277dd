// Package txmgr sends transactions for one key: it owns the key's nonce
// (under a lock, re-read from the chain after any send error), prices
// EIP-1559 fees, estimates gas with a margin, replaces (bumps) transactions
// that stay unmined, waits for a number of confirmations, and turns the
// Aoraki contract's custom errors into Go errors carrying its words.
//
// Only one Manager may exist per (chain, address) in a process: a second one
// would race the first for nonces. Close releases the address.
package txmgr
